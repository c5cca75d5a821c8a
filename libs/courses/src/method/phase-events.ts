import type { IsoDate } from '@cti/domain';

/** The recorded steps of a course's life. `phase1` is the transition itself (for a control course: start of support). */
export const PHASE_EVENTS = ['phase1', 'phase2', 'phase3', 'closed'] as const;
export type PhaseEvent = (typeof PHASE_EVENTS)[number];

/** A fidelity rule the data breaks: shown and recorded, never a reason to refuse. */
export interface FidelityWarning {
  code: string;
  message: string;
}

export function eventLabel(event: PhaseEvent): string {
  return event === 'closed' ? 'the end of the course' : `the start of phase ${event.slice(-1)}`;
}

export function monthsAndDays(days: number): string {
  const months = Math.floor(days / 30.44);
  const rest = Math.round(days - months * 30.44);
  return months > 0 ? `${months} months and ${rest} days` : `${days} days`;
}

export type DatedEvent = { event: PhaseEvent; date: IsoDate };
