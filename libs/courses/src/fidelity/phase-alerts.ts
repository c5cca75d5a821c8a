import type { IsoDate } from '@cti/domain';
import { addDays, daysBetween } from '../calendar/calendar-date';
import { stageOf } from '../method/course-timeline';
import type { FidelityNorms } from '../method/fidelity-norms';
import { phaseSchedule } from '../method/phase-schedule';
import { aboutCourse, type CourseFacts, type FidelityAlert } from './alert';

/** Phase changes coming within the window or overdue, courses past nine months, and a handover plan missing near the end. */
export function phaseAlerts(c: CourseFacts, today: IsoDate, norms: FidelityNorms): FidelityAlert[] {
  const stage = stageOf(c.timeline);
  if (c.timeline.arm !== 'cti' || stage === 'contact' || stage === 'ended') return [];
  const plan = phaseSchedule(c.timeline.startDate, norms);
  const out: FidelityAlert[] = [];
  const next = stage === 'phase1' ? { event: 'phase2', label: 'Phase 2', due: plan.phase2Due } : stage === 'phase2' ? { event: 'phase3', label: 'Phase 3', due: plan.phase3Due } : { event: 'closed', label: 'The end of the course', due: plan.endDue };
  const windowEnd = addDays(today, norms.dueSoonDays);
  if (next.due >= today && next.due <= windowEnd) {
    out.push({ ...aboutCourse(c), kind: 'phase_change_due', severity: 'due', date: next.due, params: { next: next.event, due: next.due, days: daysBetween(today, next.due) }, message: `${next.label} is due on ${next.due} (in ${daysBetween(today, next.due)} days).` });
  } else if (next.due < today && stage !== 'phase3') {
    out.push({ ...aboutCourse(c), kind: 'phase_change_overdue', severity: 'breach', date: next.due, params: { next: next.event, due: next.due, days: daysBetween(next.due, today), phaseMonths: norms.phaseMonths }, message: `${next.label} was due on ${next.due}, ${daysBetween(next.due, today)} days ago: each phase lasts ${norms.phaseMonths} months.` });
  }
  if (plan.endDue < today) {
    out.push({ ...aboutCourse(c), kind: 'course_past_nine_months', severity: 'breach', date: plan.endDue, params: { months: norms.courseMonths, endDue: plan.endDue }, message: `The course passed ${norms.courseMonths} months on ${plan.endDue} and is still open; it ends after ${norms.courseMonths} months.` });
  }
  if (!c.timeline.handoverPlanDate && plan.handoverDue < today) {
    out.push({ ...aboutCourse(c), kind: 'handover_plan_missing', severity: 'breach', date: plan.handoverDue, params: { handoverDue: plan.handoverDue, endDue: plan.endDue }, message: `No handover plan, due a month before the end (${plan.handoverDue}); the course ends ${plan.endDue}.` });
  }
  return out;
}
