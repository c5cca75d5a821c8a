import type { IsoDate } from '@cti/domain';
import { calendarDateOf } from './copenhagen-today';

/** The one source of "now": alerts, due dates and record stamps read it, so tests can move time by replacing it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** Today's calendar date in Copenhagen. */
export function todayOf(clock: Clock): IsoDate {
  return calendarDateOf(clock.now());
}
