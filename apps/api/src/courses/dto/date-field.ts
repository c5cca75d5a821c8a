import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Validate, ValidatorConstraint, type ValidatorConstraintInterface } from 'class-validator';
import { isIsoDate } from '@cti/courses';

@ValidatorConstraint({ name: 'isoDate' })
class IsoDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isIsoDate(value);
  }

  defaultMessage(): string {
    return '$property must be a real calendar date as YYYY-MM-DD';
  }
}

/** A calendar date field, YYYY-MM-DD, that must exist (no 29 February 2025). */
export const DateField = (description: string, optional = false) =>
  applyDecorators(
    ...(optional ? [IsOptional(), ApiPropertyOptional({ description, example: '2026-01-31', format: 'date' })] : [ApiProperty({ description, example: '2026-01-31', format: 'date' })]),
    Validate(IsoDateConstraint),
  );
