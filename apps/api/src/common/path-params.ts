import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';
import { USERNAME_PATTERN } from '@cti/access';
import { EVALUATION_SLUG } from '@cti/domain';

function patternPipe(pattern: RegExp, message: string): new () => PipeTransform<string, string> {
  @Injectable()
  class PatternPipe implements PipeTransform<string, string> {
    transform(value: string): string {
      if (!pattern.test(value)) throw new BadRequestException(message);
      return value;
    }
  }
  return PatternPipe;
}

/** An evaluation slug in a path: lower-case letters, digits and hyphens. */
export const SlugPipe = patternPipe(EVALUATION_SLUG, 'evaluation must be lower-case letters, digits and hyphens');
/** A user name in a path. */
export const UsernamePipe = patternPipe(USERNAME_PATTERN, 'username must be 2–63 lower-case letters, digits, dots, hyphens or underscores');

/** The largest id a PostgreSQL `integer` column holds; a larger one in a path is a bad request, not a database error. */
export const MAX_ID = 2_147_483_647;

/** A row id in a path: a positive integer that fits the database's integer (400 otherwise, never 500). */
@Injectable()
export class IdPipe implements PipeTransform<string | number, number> {
  // the global ValidationPipe may already have turned the text into a number (transform: true)
  transform(value: string | number): number {
    const id = typeof value === 'number' ? value : /^[0-9]{1,10}$/.test(value) ? Number(value) : NaN;
    if (!Number.isInteger(id) || id < 1 || id > MAX_ID) throw new BadRequestException(`an id must be a whole number from 1 to ${MAX_ID}`);
    return id;
  }
}
