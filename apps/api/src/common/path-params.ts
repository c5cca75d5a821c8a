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
