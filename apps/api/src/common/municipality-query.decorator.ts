import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** An optional 3-digit municipality code (kommunekode) in a query string, validated. */
export const MunicipalityQuery = (description: string) =>
  applyDecorators(ApiPropertyOptional({ description, example: 851 }), IsOptional(), Type(() => Number), IsInt(), Min(100), Max(999));
