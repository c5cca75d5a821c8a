import { checkTransition, type TransitionFacts } from './check-transition';
import type { CourseTimeline } from './course-timeline';
import { DEFAULT_FIDELITY_NORMS as NORMS } from './fidelity-norms';

const base: CourseTimeline = {
  arm: 'cti', contactStart: '2025-01-10', startDate: '2025-01-31', phase1Started: true, phase2Start: null, phase3Start: null,
  endDate: null, endReason: null, handoverPlanDate: null,
};
const facts: TransitionFacts = { today: '2026-01-01', activeFocusAreas: 3, openChecklistItems: [] };

describe('phase changes and closure: out of order is refused', () => {
  it.each([
    ['phase 3 before phase 2', base, { event: 'phase3' as const, date: '2025-05-01' }, /phase 3 cannot start before phase 2/],
    ['phase 2 on the day phase 1 started', base, { event: 'phase2' as const, date: '2025-01-31' }, /must start after phase 1/],
    ['phase 2 before phase 1 has started', { ...base, phase1Started: false }, { event: 'phase2' as const, date: '2025-05-01' }, /before phase 1/],
    ['phase 1 twice', base, { event: 'phase1' as const, date: '2025-02-01' }, /already started/],
    ['phase 1 before the contact period', { ...base, phase1Started: false }, { event: 'phase1' as const, date: '2025-01-01' }, /before the contact period/],
    ['an end before the start of the current phase', { ...base, phase2Start: '2025-04-30' }, { event: 'closed' as const, date: '2025-04-01', endReason: 'dropped_out' as const }, /cannot be before/],
    ['an end without a reason', base, { event: 'closed' as const, date: '2025-04-01' }, /needs a reason/],
    ['a change in the future', base, { event: 'phase2' as const, date: '2026-02-01' }, /before it happens/],
    ['a second closure', { ...base, endDate: '2025-03-01', endReason: 'moved' as const }, { event: 'closed' as const, date: '2025-04-01', endReason: 'completed' as const }, /ended on 2025-03-01/],
    ['phases on a control course', { ...base, arm: 'control' as const, contactStart: null }, { event: 'phase2' as const, date: '2025-04-30' }, /no CTI phases/],
    ['a handover plan after the end', { ...base, phase2Start: '2025-04-30', phase3Start: '2025-07-31' }, { event: 'closed' as const, date: '2025-10-31', endReason: 'completed' as const, handoverPlanDate: '2025-11-02' }, /between the start/],
  ])('%s', (_name, timeline, request, reason) => {
    const check = checkTransition(timeline, request, facts, NORMS);
    expect(check.allowed).toBe(false);
    if (!check.allowed) expect(check.reason).toMatch(reason);
  });
});

describe('fidelity rules are warnings, not refusals', () => {
  const codes = (t: CourseTimeline, r: Parameters<typeof checkTransition>[1], f = facts) => {
    const check = checkTransition(t, r, f, NORMS);
    if (!check.allowed) throw new Error(check.reason);
    return check.warnings.map((w) => w.code);
  };

  it('phase 2 on time (31 Jan + 3 months = 30 April) warns of nothing', () => {
    expect(codes(base, { event: 'phase2', date: '2025-04-30' })).toEqual([]);
  });
  it('phase 2 after five months breaks "no more, no less"', () => {
    expect(codes(base, { event: 'phase2', date: '2025-06-30' })).toEqual(['phase_length']);
  });
  it('phase 2 with one focus area and open checklist items', () => {
    expect(codes(base, { event: 'phase2', date: '2025-04-30' }, { ...facts, activeFocusAreas: 1, openChecklistItems: ['p2_finances'] })).toEqual(['focus_areas', 'checklist_open']);
  });
  it('completing after ten months without a handover plan', () => {
    const t = { ...base, phase2Start: '2025-04-30', phase3Start: '2025-07-31' };
    expect(codes(t, { event: 'closed', date: '2025-11-30', endReason: 'completed' })).toEqual(['past_nine_months', 'handover_missing']);
  });
  it('completing on time with a handover plan agreed too late', () => {
    const t = { ...base, phase2Start: '2025-04-30', phase3Start: '2025-07-31' };
    expect(codes(t, { event: 'closed', date: '2025-10-31', endReason: 'completed', handoverPlanDate: '2025-10-20' })).toEqual(['handover_late']);
  });
  it('dropping out early is no fidelity breach', () => {
    expect(codes(base, { event: 'closed', date: '2025-03-15', endReason: 'dropped_out' })).toEqual([]);
  });
});

describe('withdrawal in the contact period, before the transition', () => {
  const contact: CourseTimeline = { ...base, phase1Started: false };
  const check = (t: CourseTimeline, r: Parameters<typeof checkTransition>[1]) => checkTransition(t, r, { ...facts, openChecklistItems: ['cp_informed'] }, NORMS);

  it('is allowed with a reason, from the contact period on, even before the planned transition, and warns of nothing', () => {
    expect(check(contact, { event: 'withdrawn', date: '2025-01-20', endReason: 'dropped_out' })).toEqual({ allowed: true, warnings: [] });
    expect(check(contact, { event: 'withdrawn', date: '2025-01-10', endReason: 'died' })).toEqual({ allowed: true, warnings: [] });
    expect(check({ ...contact, contactStart: null }, { event: 'withdrawn', date: '2025-01-31', endReason: 'moved' }).allowed).toBe(true);
  });

  it.each([
    ['before the contact period', contact, { event: 'withdrawn' as const, date: '2025-01-09', endReason: 'moved' as const }, /before the course began \(2025-01-10\)/],
    ['without a reason', contact, { event: 'withdrawn' as const, date: '2025-01-20' }, /needs a reason/],
    ['as completed', contact, { event: 'withdrawn' as const, date: '2025-01-20', endReason: 'completed' as const }, /cannot be completed/],
    ['with a handover plan', contact, { event: 'withdrawn' as const, date: '2025-01-20', endReason: 'other' as const, handoverPlanDate: '2025-01-15' }, /handover plan/],
    ['after phase 1 started', base, { event: 'withdrawn' as const, date: '2025-02-20', endReason: 'moved' as const }, /close the course instead/],
    ['twice', { ...contact, endDate: '2025-01-20', endReason: 'moved' as const }, { event: 'withdrawn' as const, date: '2025-01-21', endReason: 'moved' as const }, /ended on 2025-01-20/],
    ['in the future', contact, { event: 'withdrawn' as const, date: '2026-02-01', endReason: 'moved' as const }, /before it happens/],
    ['as a closure', contact, { event: 'closed' as const, date: '2025-01-20', endReason: 'moved' as const }, /record a withdrawal/],
  ])('is refused %s', (_name, timeline, request, reason) => {
    const result = check(timeline, request);
    expect(result.allowed).toBe(false);
    if (!result.allowed) expect(result.reason).toMatch(reason);
  });
});
