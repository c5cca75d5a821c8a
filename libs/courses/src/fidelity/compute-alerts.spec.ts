import type { IsoDate } from '@cti/domain';
import { DEFAULT_FIDELITY_NORMS as NORMS } from '../method/fidelity-norms';
import type { CourseFacts } from './alert';
import { computeFidelity } from './compute-alerts';
import { phaseIntensities } from './intensity';

function course(id: number, overrides: Partial<CourseFacts['timeline']> = {}, extra: Partial<CourseFacts> = {}): CourseFacts {
  return {
    courseId: id, courseCode: `C${id}`, municipalityCode: 101, worker: 'W1', activeFocusAreas: 2, contacts: [], openChecklistItems: {},
    timeline: { arm: 'cti', contactStart: null, startDate: '2025-01-31', phase1Started: true, phase2Start: null, phase3Start: null, endDate: null, endReason: null, handoverPlanDate: null, ...overrides },
    ...extra,
  };
}
const kinds = (courses: CourseFacts[], today: IsoDate, norms = NORMS) => computeFidelity(courses, today, norms).alerts.map((a) => a.kind);

describe('fidelity alerts', () => {
  it('phase 2 (due 30 April) is announced 14 days ahead, not 15, and is overdue from 1 May', () => {
    expect(kinds([course(1)], '2025-04-15')).toEqual([]);
    expect(kinds([course(1)], '2025-04-16')).toEqual(['phase_change_due']);
    expect(kinds([course(1)], '2025-04-30')).toEqual(['phase_change_due']);
    expect(kinds([course(1)], '2025-05-01')).toEqual(['phase_change_overdue']);
    expect(kinds([course(1, { phase2Start: '2025-04-30' })], '2025-05-01')).toEqual([]);
  });

  it('in phase 3: the end is announced, the handover plan is due a month before, and nine months pass', () => {
    const t = { phase2Start: '2025-04-30', phase3Start: '2025-07-31' };
    expect(kinds([course(1, t)], '2025-09-30')).toEqual([]);
    expect(kinds([course(1, t)], '2025-10-01')).toEqual(['handover_plan_missing']); // 31 Jan + 8 months = 30 Sep
    expect(kinds([course(1, { ...t, handoverPlanDate: '2025-09-20' })], '2025-10-17')).toEqual(['phase_change_due']);
    expect(kinds([course(1, { ...t, handoverPlanDate: '2025-09-20' })], '2025-11-01')).toEqual(['course_past_nine_months']);
  });

  it('weighs phase-1 citizens double in a worker caseload against the norm', () => {
    const seven = Array.from({ length: 7 }, (_, i) => course(i + 1)); // 7 in phase 1: weighted 14
    const picture = computeFidelity(seven, '2025-02-10', NORMS);
    expect(picture.caseloads).toEqual([{ municipalityCode: 101, worker: 'W1', active: 7, inPhase1: 7, weighted: 14 }]);
    expect(picture.alerts.map((a) => a.kind)).toEqual(['caseload_above_norm']);
    expect(kinds(seven, '2025-02-10', { ...NORMS, caseloadNorm: 14 })).toEqual([]);
    const inPhase2 = seven.map((c) => course(c.courseId, { phase2Start: '2025-04-30' }));
    expect(kinds(inPhase2, '2025-05-10')).toEqual([]);
  });

  it('flags focus areas outside 2–3 from phase 2 on', () => {
    expect(kinds([course(1, {}, { activeFocusAreas: 0 })], '2025-02-10')).toEqual([]);
    expect(kinds([course(1, { phase2Start: '2025-04-30' }, { activeFocusAreas: 4 })], '2025-05-10')).toEqual(['focus_areas_outside_range']);
  });

  it('flags contact intensity that does not fall from phase to phase', () => {
    const contacts = [{ date: '2025-02-05', minutes: 120 }, { date: '2025-05-05', minutes: 60 }, { date: '2025-05-20', minutes: 60 }];
    const c = course(1, { phase2Start: '2025-04-30' }, { contacts });
    expect(phaseIntensities(c, '2025-05-20').map((p) => p.minutesPer4Weeks)).toEqual([38, 168]);
    expect(kinds([c], '2025-05-20')).toEqual([]); // phase 2 too young to judge
    expect(kinds([c], '2025-06-01')).toEqual(['intensity_not_falling']);
  });

  it('names open checklist items after the change they gate, until ticked', () => {
    const c = course(1, { phase2Start: '2025-04-30' }, { openChecklistItems: { phase2: 2 } });
    expect(kinds([c], '2025-05-02')).toEqual(['checklist_open']);
    expect(kinds([{ ...c, openChecklistItems: {} }], '2025-05-02')).toEqual([]);
  });

  it('control courses and the contact period raise no phase alerts', () => {
    expect(kinds([course(1, { arm: 'control' })], '2025-12-01')).toEqual([]);
    expect(kinds([course(1, { phase1Started: false })], '2025-12-01')).toEqual([]);
  });

  it('a course withdrawn before the transition raises no alert, whatever its checklists, and weighs on no caseload', () => {
    const withdrawn = course(1, { phase1Started: false, endDate: '2025-01-20', endReason: 'dropped_out' }, { openChecklistItems: { contact_period: 3, closure: 4 } });
    const picture = computeFidelity([withdrawn], '2025-01-25', NORMS);
    expect(picture.alerts).toEqual([]);
    expect(picture.caseloads).toEqual([]);
  });
});
