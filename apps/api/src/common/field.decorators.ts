import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';

// Request fields that many DTOs declare alike, each documented and validated by one definition.

const documented = (doc: ApiPropertyOptions, optional: boolean) => (optional ? [IsOptional(), ApiPropertyOptional(doc)] : [ApiProperty(doc)]);

/**
 * A whole number from min to max; text (a query string) is converted first. The checks are listed as stacked
 * decorators apply (last first), so a value failing several gets the messages in the order it always has.
 */
export const WholeNumberField = (min: number, max: number, doc: ApiPropertyOptions = {}, optional = false) =>
  applyDecorators(...documented(doc, optional), Max(max), Min(min), IsInt(), Type(() => Number));

/** An optional 3-digit municipality code (kommunekode), in a query string or a body. */
export const MunicipalityField = (description: string, example = 851) => WholeNumberField(100, 999, { description, example }, true);

/** One of a fixed list of values, documented as that enum and checked against the same list. */
export const OneOfField = (values: readonly (string | number)[], doc: ApiPropertyOptions = {}, optional = false) =>
  applyDecorators(...documented({ enum: values, ...doc }, optional), IsIn(values));

/** An optional yes/no in a query string: `true` or `1` is yes, anything else no. */
export const BooleanQuery = (description: string) =>
  applyDecorators(
    ApiPropertyOptional({ description, default: false }),
    IsOptional(),
    Transform(({ value }) => value === true || value === 'true' || value === '1'),
    IsBoolean(),
  );
