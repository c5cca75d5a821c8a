import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches } from 'class-validator';
import { SafeText } from './safe-text';

/** A pseudonym: never a name or CPR number; the services refuse CPR-shaped values as well. */
export const PseudonymField = (description: string, optional = false) =>
  applyDecorators(
    ...(optional ? [IsOptional(), ApiPropertyOptional({ description, example: 'W-ANNA' })] : [ApiProperty({ description, example: 'B-0042' })]),
    IsString(),
    Length(1, 100),
    SafeText(),
    Matches(/^[\p{L}\p{N}][\p{L}\p{N} ._-]*$/u, { message: '$property must be letters, digits, spaces, dots, hyphens or underscores' }),
  );
