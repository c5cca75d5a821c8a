import type { Arm, EndReason, IsoDate } from '@cti/domain';

/** Where a course is: the contact period before the move, one of the three phases, or ended. */
export const STAGES = ['contact', 'phase1', 'phase2', 'phase3', 'ended'] as const;
export type Stage = (typeof STAGES)[number];

/** The dates that place a course in the method. */
export interface CourseTimeline {
  arm: Arm;
  contactStart: IsoDate | null;
  /** The transition: start of phase 1 — planned until `phase1Started`, then the actual date. */
  startDate: IsoDate;
  phase1Started: boolean;
  phase2Start: IsoDate | null;
  phase3Start: IsoDate | null;
  endDate: IsoDate | null;
  endReason: EndReason | null;
  handoverPlanDate: IsoDate | null;
}

/** Ended in the contact period: the transition never happened, so the evaluation (which counts from it) leaves it out. */
export function withdrawnBeforeTransition(t: CourseTimeline): boolean {
  return !t.phase1Started && t.endDate !== null;
}

export function stageOf(t: CourseTimeline): Stage {
  if (t.endDate) return 'ended';
  if (t.phase3Start) return 'phase3';
  if (t.phase2Start) return 'phase2';
  return t.phase1Started ? 'phase1' : 'contact';
}

/** The phase a date falls in (a contact belongs to the phase whose date range holds it, as in cohort-format.md). */
export function phaseOn(t: CourseTimeline, date: IsoDate): 'contact' | 'phase1' | 'phase2' | 'phase3' {
  if (!t.phase1Started || date < t.startDate) return 'contact';
  if (t.phase3Start && date >= t.phase3Start) return 'phase3';
  if (t.phase2Start && date >= t.phase2Start) return 'phase2';
  return 'phase1';
}
