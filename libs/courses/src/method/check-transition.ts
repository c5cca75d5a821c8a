import type { EndReason, IsoDate } from '@cti/domain';
import { calendarSpan, daysBetween } from '../calendar/calendar-date';
import { stageOf, type CourseTimeline, type Stage } from './course-timeline';
import type { FidelityNorms } from './fidelity-norms';
import { eventLabel, spanText, type FidelityWarning, type PhaseEvent } from './phase-events';
import { phaseSchedule } from './phase-schedule';

export interface TransitionRequest {
  event: PhaseEvent;
  date: IsoDate;
  endReason?: EndReason;
  /** At closure: the date the handover plan was agreed, if not recorded before. */
  handoverPlanDate?: IsoDate | null;
}

/** What else the rules look at: the CTI plan and the checklist that gates this change. */
export interface TransitionFacts {
  today: IsoDate;
  activeFocusAreas: number;
  openChecklistItems: string[];
}

export type TransitionCheck = { allowed: false; reason: string } | { allowed: true; warnings: FidelityWarning[] };

const refuse = (reason: string): TransitionCheck => ({ allowed: false, reason });

/** A withdrawal ends a course in the contact period: with a reason other than completion, not before the course began. */
function withdrawalProblem(t: CourseTimeline, r: TransitionRequest, stage: Stage): string | null {
  if (stage !== 'contact') return 'a withdrawal is for the contact period; once phase 1 has started, close the course instead';
  if (!r.endReason) return 'a withdrawal needs a reason';
  if (r.endReason === 'completed') return 'a course cannot be completed before phase 1 started';
  if (r.handoverPlanDate) return 'a handover plan belongs to phase 3, not to the contact period';
  const begins = t.contactStart ?? t.startDate;
  if (r.date < begins) return `the withdrawal (${r.date}) cannot be before the course began (${begins})`;
  return null;
}

/** Out of order is refused: the data would contradict itself. Returns null when the order is right. */
function orderProblem(t: CourseTimeline, r: TransitionRequest, today: IsoDate): string | null {
  const stage = stageOf(t);
  if (r.date > today) return `${eventLabel(r.event)} cannot be recorded before it happens (${r.date} is after today, ${today})`;
  if (stage === 'ended') return `the course ended on ${t.endDate}; it cannot change phase or close again`;
  if (t.arm === 'control' && (r.event === 'phase2' || r.event === 'phase3')) return 'a control-group course has no CTI phases';
  switch (r.event) {
    case 'phase1':
      if (stage !== 'contact') return 'phase 1 has already started';
      if (t.contactStart && r.date < t.contactStart) return `phase 1 cannot start (${r.date}) before the contact period (${t.contactStart})`;
      return null;
    case 'phase2':
      if (stage !== 'phase1') return stage === 'contact' ? 'phase 2 cannot start before phase 1' : `the course is already in ${stage.replace('phase', 'phase ')}`;
      if (r.date <= t.startDate) return `phase 2 must start after phase 1 (${t.startDate})`;
      return null;
    case 'phase3':
      if (stage !== 'phase2') return stage === 'phase3' ? 'the course is already in phase 3' : 'phase 3 cannot start before phase 2';
      if (r.date <= t.phase2Start!) return `phase 3 must start after phase 2 (${t.phase2Start})`;
      return null;
    case 'withdrawn':
      return withdrawalProblem(t, r, stage);
    case 'closed': {
      if (stage === 'contact') return 'a course closes after phase 1 has started; in the contact period record a withdrawal (event \'withdrawn\') instead';
      if (!r.endReason) return 'an end needs a reason';
      const phaseStart = t.phase3Start ?? t.phase2Start ?? t.startDate;
      if (r.date < phaseStart) return `the end (${r.date}) cannot be before the start of the current phase (${phaseStart})`;
      const handover = r.handoverPlanDate ?? t.handoverPlanDate;
      if (handover && t.arm === 'control') return 'a control-group course has no handover plan';
      if (handover && (handover < t.startDate || handover > r.date)) return `the handover plan (${handover}) must be agreed between the start (${t.startDate}) and the end (${r.date})`;
      return null;
    }
  }
}

function phaseLengthWarning(event: 'phase2' | 'phase3', date: IsoDate, due: IsoDate, from: IsoDate, norms: FidelityNorms): FidelityWarning[] {
  const off = daysBetween(due, date);
  if (Math.abs(off) <= norms.phaseToleranceDays) return [];
  const previous = event === 'phase2' ? 'Phase 1' : 'Phase 2';
  return [{
    code: 'phase_length',
    params: { phase: event === 'phase2' ? 1 : 2, ...calendarSpan(from, date), phaseMonths: norms.phaseMonths, due },
    message: `${previous} lasted ${spanText(from, date)}; each phase lasts ${norms.phaseMonths} months, no more, no less (due ${due}).`,
  }];
}

function closureWarnings(t: CourseTimeline, r: TransitionRequest, norms: FidelityNorms): FidelityWarning[] {
  const plan = phaseSchedule(t.startDate, norms);
  const out: FidelityWarning[] = [];
  const off = daysBetween(plan.endDue, r.date);
  if (off > norms.phaseToleranceDays) out.push({ code: 'past_nine_months', params: { days: off, months: norms.courseMonths, endDue: plan.endDue }, message: `The course ran ${off} days past ${norms.courseMonths} months (due to end ${plan.endDue}); it ends after ${norms.courseMonths} months even if someone wants it extended.` });
  if (t.arm !== 'cti' || r.endReason !== 'completed') return out;
  if (off < -norms.phaseToleranceDays) out.push({ code: 'ended_early', params: { days: -off, endDue: plan.endDue, months: norms.courseMonths }, message: `Completed ${-off} days before the planned end (${plan.endDue}); a course runs ${norms.courseMonths} months.` });
  if (!t.phase3Start) out.push({ code: 'completed_without_phase3', params: {}, message: 'Completed without a phase 3, where responsibility is handed over to the citizen and the network.' });
  const handover = r.handoverPlanDate ?? t.handoverPlanDate;
  if (!handover) out.push({ code: 'handover_missing', params: {}, message: 'Completed without a handover plan (overdragelsesplan) agreed with the network.' });
  else if (handover > plan.handoverDue) out.push({ code: 'handover_late', params: { agreed: handover, due: plan.handoverDue }, message: `The handover plan was agreed ${handover}, later than a month before the end (${plan.handoverDue}).` });
  return out;
}

/** Decides whether a phase change or closure may be recorded, and which fidelity rules it breaks. */
export function checkTransition(t: CourseTimeline, r: TransitionRequest, facts: TransitionFacts, norms: FidelityNorms): TransitionCheck {
  const problem = orderProblem(t, r, facts.today);
  if (problem) return refuse(problem);
  // Nothing of the method was reached, so no fidelity rule can be broken by leaving before the transition.
  if (r.event === 'withdrawn') return { allowed: true, warnings: [] };
  const warnings: FidelityWarning[] = [];
  const plan = phaseSchedule(t.startDate, norms);
  if (r.event === 'phase2') warnings.push(...phaseLengthWarning('phase2', r.date, plan.phase2Due, t.startDate, norms));
  if (r.event === 'phase3') warnings.push(...phaseLengthWarning('phase3', r.date, plan.phase3Due, t.phase2Start!, norms));
  if (r.event === 'closed') warnings.push(...closureWarnings(t, r, norms));
  if (t.arm === 'cti' && r.event === 'phase2' && (facts.activeFocusAreas < norms.focusAreasMin || facts.activeFocusAreas > norms.focusAreasMax)) {
    warnings.push({ code: 'focus_areas', params: { n: facts.activeFocusAreas, min: norms.focusAreasMin, max: norms.focusAreasMax }, message: `The CTI plan has ${facts.activeFocusAreas} focus areas; it should have ${norms.focusAreasMin}–${norms.focusAreasMax}, chosen by the citizen.` });
  }
  if (t.arm === 'cti' && facts.openChecklistItems.length > 0) {
    warnings.push({ code: 'checklist_open', params: { open: facts.openChecklistItems.length, items: facts.openChecklistItems.join(', ') }, message: `${facts.openChecklistItems.length} checklist item(s) still open: ${facts.openChecklistItems.join(', ')}.` });
  }
  return { allowed: true, warnings };
}
