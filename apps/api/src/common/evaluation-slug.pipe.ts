import { BadRequestException, Injectable, type PipeTransform } from '@nestjs/common';

/** An evaluation slug in a path: lower-case letters, digits and hyphens, as the database allows. */
@Injectable()
export class EvaluationSlugPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(value)) throw new BadRequestException('evaluation must be lower-case letters, digits and hyphens');
    return value;
  }
}
