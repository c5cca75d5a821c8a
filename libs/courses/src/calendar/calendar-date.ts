import type { IsoDate } from '@cti/domain';

// Calendar-date arithmetic on 'YYYY-MM-DD'. Dates are days, not instants: all arithmetic runs in UTC so no local
// time zone or daylight-saving change can move a date by a day. Which day "today" is lives in copenhagen-today.ts.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: IsoDate): Date {
  const m = ISO.exec(date);
  if (!m) throw new RangeError(`not an ISO date: '${date}'`);
  const utc = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (utc.toISOString().slice(0, 10) !== date) throw new RangeError(`no such date: '${date}'`);
  return utc;
}

function fromUtc(utc: Date): IsoDate {
  return utc.toISOString().slice(0, 10);
}

export function isIsoDate(value: string): boolean {
  try {
    toUtc(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * The same day of the month `months` calendar months later; a day the target month lacks becomes its last day
 * (31 January + 1 month = 28 or 29 February), the way a worker counts "three months" on a calendar.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const d = toUtc(date);
  const monthIndex = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return fromUtc(new Date(Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay))));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000);
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

/** A span as a worker says it: whole calendar months, then days ("4 months and 29 days"). */
export function calendarSpan(from: IsoDate, to: IsoDate): { months: number; days: number } {
  let months = 0;
  while (addMonths(from, months + 1) <= to) months++;
  return { months, days: daysBetween(addMonths(from, months), to) };
}
