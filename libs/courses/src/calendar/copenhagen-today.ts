import type { IsoDate } from '@cti/domain';

/** Danish social services work on Danish calendar days; a deadline falls due at Copenhagen midnight, not UTC's. */
export const TIME_ZONE = 'Europe/Copenhagen';

const FORMATS = new Map<string, Intl.DateTimeFormat>();

/** The calendar date an instant falls on in a time zone (Copenhagen by default), across daylight-saving changes. */
export function calendarDateOf(instant: Date, timeZone: string = TIME_ZONE): IsoDate {
  let format = FORMATS.get(timeZone);
  if (!format) {
    // en-CA formats as YYYY-MM-DD
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    FORMATS.set(timeZone, format);
  }
  return format.format(instant);
}
