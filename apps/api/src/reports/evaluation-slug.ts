import { BadRequestException } from '@nestjs/common';

const SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;

/** The evaluation path parameter, validated. */
export function slugOf(evaluation: string): string {
  if (!SLUG.test(evaluation)) throw new BadRequestException('evaluation must be lower-case letters, digits and hyphens');
  return evaluation;
}
