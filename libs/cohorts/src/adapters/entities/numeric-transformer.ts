import type { ValueTransformer } from 'typeorm';

/** PostgreSQL `numeric` arrives as text (to keep precision); cohort figures fit a double, so read them as numbers. */
export const numericColumn: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
