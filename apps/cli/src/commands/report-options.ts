import { InvalidArgumentError } from 'commander';
import { TARGET_GROUPS, isOneOf } from '@cti/domain';

// Commander argument parsers: a bad value is refused with a message before any database work starts.
export function municipalityCode(value: string): number {
  if (!/^\d{3}$/.test(value)) throw new InvalidArgumentError('a 3-digit municipality code (kommunekode), e.g. 101');
  return Number(value);
}

export function targetGroup(value: string): string {
  if (!isOneOf(TARGET_GROUPS, value)) throw new InvalidArgumentError(`one of ${TARGET_GROUPS.join(', ')}`);
  return value;
}

export function oneOf<T extends string>(choices: readonly T[]): (value: string) => T {
  return (value) => {
    if (!isOneOf(choices, value)) throw new InvalidArgumentError(`one of ${choices.join(', ')}`);
    return value;
  };
}

export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    return n;
  };
}

/** A calendar date YYYY-MM-DD that exists (2015-02-30 is refused). */
export function calendarDate(value: string): string {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  if (!ok) throw new InvalidArgumentError('a date YYYY-MM-DD, e.g. 2015-01-01');
  return value;
}

export function discountRate(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n > 0.2) throw new InvalidArgumentError('a rate from 0 to 0.2, e.g. 0.035');
  return n;
}
