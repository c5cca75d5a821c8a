import type { IsoDate } from '@cti/domain';
import { checklistGating } from '../checklists/checklist-definitions';
import { stageOf, withdrawnBeforeTransition } from '../method/course-timeline';
import type { FidelityNorms } from '../method/fidelity-norms';
import type { PhaseEvent } from '../method/phase-events';
import { aboutCourse, type CourseFacts, type FidelityAlert } from './alert';

/** The CTI plan is made in phase 1 with 2–3 focus areas: from phase 2 on, fewer or more is a breach. */
export function focusAreaAlerts(c: CourseFacts, norms: FidelityNorms): FidelityAlert[] {
  const stage = stageOf(c.timeline);
  if (c.timeline.arm !== 'cti' || (stage !== 'phase2' && stage !== 'phase3')) return [];
  const n = c.activeFocusAreas;
  if (n >= norms.focusAreasMin && n <= norms.focusAreasMax) return [];
  return [{ ...aboutCourse(c), kind: 'focus_areas_outside_range', severity: 'breach', params: { n, min: norms.focusAreasMin, max: norms.focusAreasMax }, message: `The CTI plan has ${n} focus areas; it should have ${norms.focusAreasMin}–${norms.focusAreasMax}.` }];
}

/** Changes already made, with their date, so open items of the checklist that gated them can be named. */
function passedChanges(c: CourseFacts): { event: PhaseEvent; date: IsoDate }[] {
  const t = c.timeline;
  return [
    ...(t.phase1Started ? [{ event: 'phase1' as const, date: t.startDate }] : []),
    ...(t.phase2Start ? [{ event: 'phase2' as const, date: t.phase2Start }] : []),
    ...(t.phase3Start ? [{ event: 'phase3' as const, date: t.phase3Start }] : []),
    ...(t.endDate ? [{ event: withdrawnBeforeTransition(t) ? ('withdrawn' as const) : ('closed' as const), date: t.endDate }] : []),
  ];
}

/** Checklist items still open after the phase change they belong to; ticking them later clears the alert. */
export function checklistAlerts(c: CourseFacts): FidelityAlert[] {
  if (c.timeline.arm !== 'cti') return [];
  return passedChanges(c).flatMap(({ event, date }) => {
    const checklist = checklistGating(event);
    const open = checklist ? (c.openChecklistItems[checklist] ?? 0) : 0;
    if (!checklist || open === 0) return [];
    return [{ ...aboutCourse(c), kind: 'checklist_open' as const, severity: 'breach' as const, date, params: { open, checklist, date }, message: `${open} item(s) of the ${checklist.replace('_', ' ')} checklist still open after the change on ${date}.` }];
  });
}
