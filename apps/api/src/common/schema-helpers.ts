import type { Type } from '@nestjs/common';
import { getSchemaPath, type ApiPropertyOptions } from '@nestjs/swagger';

/** A date as the API writes it (YYYY-MM-DD), possibly null. */
export const isoDate = (nullable = false, description?: string) => ({ type: 'string' as const, format: 'date', nullable, ...(description ? { description } : {}) });

/** The figures a text is made of (`params` of alerts, warnings and errors): names to strings or numbers. */
export const textParams = (description: string) => ({
  type: 'object' as const,
  additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
  description,
});

/** An object with one property per word of a vocabulary (counts per stage, per alert kind), each of the same schema. */
export const keyedBy = (keys: readonly string[], value: ApiPropertyOptions, description: string): ApiPropertyOptions => ({
  type: 'object',
  properties: Object.fromEntries(keys.map((key) => [key, value])),
  required: [...keys],
  selfRequired: true,
  description,
});

/** A count, or the marker that withholds it (the model named must be registered with @ApiExtraModels). */
export const countOrWithheld = (withheld: Type<unknown>, description?: string): ApiPropertyOptions => ({
  oneOf: [{ type: 'integer' }, { $ref: getSchemaPath(withheld) }],
  ...(description ? { description } : {}),
});
