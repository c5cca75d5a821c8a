import type { CohortBundle } from '@cti/domain';
import { AnalyticsEngine, type CohortReport } from '@cti/analytics';
import { fixtureSnapshot, readFixtureBundle } from '../../analytics/src/testing/fixture-snapshot';
import { renderReportText } from './report-text';

// Bundles a real evaluation meets: no costs.csv, one arm, few pairs. Every missing figure is null with a reason.
async function reportOf(bundle: CohortBundle, options: Parameters<AnalyticsEngine['report']>[0] = {}): Promise<CohortReport> {
  const engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort', bundle));
  try {
    return await engine.report({ ...options, costEffectiveness: { bootstrapIterations: 200, ...options.costEffectiveness } });
  } finally {
    await engine.close();
  }
}

describe('a report says why figures are missing', () => {
  let full: CohortBundle;
  beforeAll(async () => {
    full = await readFixtureBundle('sample-cohort');
  });

  it('without cost lines: costs and cost-effectiveness unavailable, never "dominates"', async () => {
    const report = await reportOf({ ...full, costs: [] });
    expect(report.costs).toEqual([]);
    expect(report.cost_effectiveness).toBeNull();
    expect(report.unavailable.filter((u) => u.section === 'costs').map((u) => [u.horizon_months, u.reason])).toEqual([
      [9, 'no cost lines for either arm'],
      [21, 'no cost lines for either arm'],
    ]);
    const text = renderReportText(report);
    expect(text).toContain('unavailable (9 months): no cost lines for either arm');
    expect(text).not.toMatch(/dominat|NaN/);
  });

  it('with cost lines for CTI only: the control arm is named', async () => {
    const cti = new Set(full.courses.filter((c) => c.arm === 'cti').map((c) => c.courseId));
    const report = await reportOf({ ...full, costs: full.costs.filter((l) => cti.has(l.courseId)) });
    expect(report.unavailable.find((u) => u.section === 'cost_effectiveness')?.reason).toBe('no cost lines for the control arm');
    expect(renderReportText(report)).not.toMatch(/dominat|NaN/);
  });

  it('with one arm: comparison, MMRM and costs say the control arm is missing', async () => {
    const cti = new Set(full.courses.filter((c) => c.arm === 'cti').map((c) => c.courseId));
    const keep = <T extends { courseId: string }>(rows: T[]) => rows.filter((r) => cti.has(r.courseId));
    const report = await reportOf({ courses: keep(full.courses), measurements: keep(full.measurements), costs: keep(full.costs), contacts: keep(full.contacts), focusAreas: keep(full.focusAreas) });
    expect(report.comparison).toEqual([]);
    const primary = report.unavailable.find((u) => u.section === 'comparison' && u.outcome === 'wemwbs_total' && u.timepoint === 'm9');
    expect(primary).toMatchObject({ value: null, reason: 'no courses in the control arm in scope' });
    expect(report.unavailable.some((u) => u.section === 'mmrm')).toBe(true);
    expect(report.unavailable.find((u) => u.section === 'costs')?.reason).toBe('no courses in the control arm in scope');
    const text = renderReportText(report);
    expect(text).toContain('unavailable (wemwbs_total m9): no courses in the control arm in scope');
    expect(text).not.toMatch(/NaN|dominat/);
  });

  it('with fewer than three control pairs: the comparison gives the count', async () => {
    const controlWithPair = full.courses.filter((c) => c.arm === 'control').map((c) => c.courseId);
    const keepControl = new Set(controlWithPair.slice(0, 4));
    const measurements = full.measurements.filter((m) => full.courses.find((c) => c.courseId === m.courseId)?.arm === 'cti' || keepControl.has(m.courseId));
    const report = await reportOf({ ...full, measurements });
    const gap = report.unavailable.find((u) => u.section === 'comparison' && u.outcome === 'wemwbs_total' && u.timepoint === 'm9');
    const pairs = gap?.n_control ?? -1;
    expect(pairs).toBeLessThan(3);
    expect(gap?.reason).toBe(`fewer than 3 complete pairs in the control arm (${pairs})`);
    expect(report.cost_effectiveness).toBeNull();
    expect(renderReportText(report)).not.toMatch(/NaN/);
  });

  it('a one-arm baseline rule is warned about and the comparison uses the first reading for both arms', async () => {
    const cti = new Set(full.courses.filter((c) => c.arm === 'cti').map((c) => c.courseId));
    const measurements = full.measurements.filter((m) => m.timepoint !== 'm3' || cti.has(m.courseId));
    const first = await reportOf({ ...full, measurements }, { baselineRule: 'first' });
    const lower = await reportOf({ ...full, measurements }, { baselineRule: 'lower_of_first_two' });
    expect(lower.warnings.map((w) => w.code)).toContain('baseline_rule_one_arm');
    const rsMean = (r: CohortReport) => r.comparison.find((c) => c.outcome === 'rs_mean' && c.timepoint === 'm9')!;
    expect(rsMean(lower).ancova_estimate).toBeCloseTo(rsMean(first).ancova_estimate, 9);
    // within-arm change keeps the rule
    const change = (r: CohortReport) => r.change.find((c) => c.outcome === 'rs_mean' && c.arm === 'cti' && c.timepoint === 'm9')!.mean_change;
    expect(change(lower)).not.toBeCloseTo(change(first), 6);
  });
});
