import type { IsoDate } from '@cti/domain';
import { addMonths } from '../calendar/calendar-date';
import type { FidelityNorms } from '../method/fidelity-norms';
import type { CourseFacts, FidelityAlert } from './alert';
import { caseloadAlerts, workerCaseloads, type WorkerCaseload } from './caseload';
import { intensityAlerts } from './intensity';
import { phaseAlerts } from './phase-alerts';
import { checklistAlerts, focusAreaAlerts } from './plan-alerts';

export interface FidelityPicture {
  asOf: IsoDate;
  norms: FidelityNorms;
  alerts: FidelityAlert[];
  caseloads: WorkerCaseload[];
}

/** A closed course still shows its open closure checklist for a month, then drops off the team's list. */
const CLOSED_VISIBLE_MONTHS = 1;

/** Every fidelity alert for a set of courses on a given day. Pure: the same facts and day give the same alerts. */
export function computeFidelity(courses: CourseFacts[], today: IsoDate, norms: FidelityNorms): FidelityPicture {
  const recentlyClosed = addMonths(today, -CLOSED_VISIBLE_MONTHS);
  const perCourse = courses.flatMap((c) => {
    if (c.timeline.endDate) return c.timeline.endDate >= recentlyClosed ? checklistAlerts(c) : [];
    return [...phaseAlerts(c, today, norms), ...focusAreaAlerts(c, norms), ...intensityAlerts(c, today, norms), ...checklistAlerts(c)];
  });
  const caseloads = workerCaseloads(courses, norms);
  const alerts = [...perCourse, ...caseloadAlerts(caseloads, norms)].sort(
    (a, b) => a.municipalityCode - b.municipalityCode || (a.worker ?? '').localeCompare(b.worker ?? '') || (a.date ?? '').localeCompare(b.date ?? '') || a.kind.localeCompare(b.kind),
  );
  return { asOf: today, norms, alerts, caseloads };
}
