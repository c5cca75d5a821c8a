import type { IsoDate } from '@cti/domain';
import { calendarSpan } from '../calendar/calendar-date';

/**
 * The recorded steps of a course's life. `phase1` is the transition itself (for a control course: start of support);
 * `withdrawn` ends a course in the contact period, before the transition, so no CTI phase ever began.
 */
export const PHASE_EVENTS = ['phase1', 'phase2', 'phase3', 'closed', 'withdrawn'] as const;
export type PhaseEvent = (typeof PHASE_EVENTS)[number];

/** A fidelity rule the data breaks: shown and recorded, never a reason to refuse. */
export interface FidelityWarning {
  /** Stable kind of the warning (phase_length, focus_areas, …). */
  code: string;
  /** The figures the text is made of, for pages that say it in Danish (absent on warnings recorded before they existed). */
  params: Record<string, string | number>;
  /** English text, for API users. */
  message: string;
}

export function eventLabel(event: PhaseEvent): string {
  if (event === 'closed') return 'the end of the course';
  if (event === 'withdrawn') return 'the withdrawal';
  return `the start of phase ${event.slice(-1)}`;
}

export function spanText(from: IsoDate, to: IsoDate): string {
  const { months, days } = calendarSpan(from, to);
  if (months === 0) return `${days} days`;
  return days === 0 ? `${months} months` : `${months} months and ${days} days`;
}

export type DatedEvent = { event: PhaseEvent; date: IsoDate };
