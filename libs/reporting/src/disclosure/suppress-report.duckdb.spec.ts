import { AnalyticsEngine, type CohortReport } from '@cti/analytics';
import { fixtureSnapshot, readFixtureBundle } from '../../../analytics/src/testing/fixture-snapshot';
import { suppressSmallCells, type PublishedReport } from './suppress-report';
import { DERIVABLE, isWithheld } from './withheld';

// The rules on whole reports computed in DuckDB; the partition rule and k alone are in suppress-report.spec.ts.
const K = 5;

/** Every object in the published report whose n-like field is below k has no published figure beside it. */
function publishedFiguresOnFewCitizens(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => publishedFiguresOnFewCitizens(v, `${path}[${i}]`));
  if (typeof value !== 'object' || value === null || isWithheld(value)) return [];
  const row = value as Record<string, unknown>;
  const few = (key: string) => typeof row[key] === 'number' && (row[key] as number) < K;
  const own
    = (few('n') && ['mean', 'mean_change', 'p_ttest', 'cohen_dz'].some((f) => typeof row[f] === 'number'))
      || ((few('n_cti') || few('n_control')) && ['estimate', 'hedges_g', 'p', 'ancova_estimate'].some((f) => typeof row[f] === 'number'))
    // a reason that names a small count publishes it
      || (typeof row.reason === 'string' && [...row.reason.matchAll(/\((\d+)\)/g)].some((m) => Number(m[1]) > 0 && Number(m[1]) < K))
      ? [path]
      : [];
  return [...own, ...Object.entries(row).flatMap(([k, v]) => publishedFiguresOnFewCitizens(v, `${path}.${k}`))];
}

// A crafted cohort: two CTI courses of municipality 219 moved to 101, a municipality of two citizens.
describe('a report with small groups', () => {
  let report: CohortReport;
  let published: PublishedReport;
  beforeAll(async () => {
    const bundle = await readFixtureBundle('sample-cohort');
    let moved = 0;
    for (const course of bundle.courses) {
      if (course.municipalityCode !== 219 || course.arm !== 'cti' || moved >= 2) continue;
      course.municipalityCode = 101;
      moved++;
    }
    const engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort', bundle));
    report = await engine.report({ costEffectiveness: { bootstrapIterations: 0 } });
    await engine.close();
    published = suppressSmallCells(report, K);
  });

  it('withholds the municipality of two, and a second municipality so the first cannot be worked out from the national total', () => {
    const rows = published.municipality_costs as unknown as { municipality_code: number; horizon_months: number; municipality: { cti: Record<string, unknown> | null }; diff: unknown }[];
    for (const horizon of [9, 21]) {
      const atHorizon = rows.filter((r) => r.horizon_months === horizon && r.municipality.cti);
      const small = atHorizon.find((r) => r.municipality_code === 101)!;
      expect(small.municipality.cti).toMatchObject({ n: { suppressed: true }, mean_cost: { suppressed: true } });
      const secondary = atHorizon.filter((r) => r.municipality_code !== 101 && isWithheld(r.municipality.cti!.mean_cost));
      expect(secondary).toHaveLength(1);
      expect(secondary[0].municipality.cti!.n).toEqual(DERIVABLE);
      expect(secondary[0].diff).toMatchObject({ suppressed: true });
    }
  });

  it('publishes no mean or test that rests on fewer than k citizens, anywhere', () => {
    expect(publishedFiguresOnFewCitizens(published)).toEqual([]);
    // while the unsuppressed report had some (the municipality of two), so the check is not vacuous
    expect(report.municipality_costs.some((r) => r.municipality_code === 101 && r.municipality.cti!.n === 2)).toBe(true);
  });

  it('withholds CONSORT counts whose difference from the allocated number is small', () => {
    const rows = published.attrition as unknown as Record<string, unknown>[];
    report.attrition.forEach((r, i) => {
      const lost = r.allocated - r.measured;
      if (lost > 0 && lost < K) expect(rows[i].measured).toMatchObject({ suppressed: true });
      if (r.measured >= K && (lost === 0 || lost >= K)) expect(rows[i].measured).toBe(r.measured);
    });
  });

  it('drops row-level caseload per worker, marks k, and leaves the input untouched', () => {
    expect(published.fidelity).toMatchObject({ caseload: { by_worker_month: { suppressed: true } } });
    expect(published.metadata.suppression).toEqual({ k: K });
    expect(Array.isArray(report.fidelity.caseload.by_worker_month)).toBe(true);
  });

  it('keeps the figures of large groups as they were', () => {
    const big = report.descriptives.findIndex((r) => r.n >= 20);
    expect((published.descriptives as unknown as Record<string, unknown>[])[big]).toEqual(report.descriptives[big]);
  });
});

describe('a municipality × target group view (3–5 citizens per arm)', () => {
  let report: CohortReport;
  let published: PublishedReport;
  beforeAll(async () => {
    const engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort', await readFixtureBundle('sample-cohort')));
    report = await engine.report({ municipalityCode: 219, targetGroup: 'psychiatric_discharge', costEffectiveness: { bootstrapIterations: 0 } });
    await engine.close();
    published = suppressSmallCells(report, K);
  });

  it('withholds the models, effect sizes, interim means and the counts in the reasons of what is missing, not only the classic sections', () => {
    // the unsuppressed view has such figures, so the check is not vacuous
    expect(report.sensitivity.some((r) => r.n_control < K)).toBe(true);
    expect(report.descriptives_interim.some((r) => r.n < K)).toBe(true);
    expect(report.unavailable.some((g) => /\([1-4]\)/.test(g.reason))).toBe(true);
    expect(publishedFiguresOnFewCitizens(published)).toEqual([]);
  });

  it('withholds the difference of costs with both its intervals where an arm rests on fewer than k citizens', () => {
    const costs = published.costs as unknown as Record<string, unknown>[];
    report.costs.forEach((r, i) => {
      if (r.n.cti >= K && r.n.control >= K) return;
      expect(costs[i]).toMatchObject({ diff: { suppressed: true }, welch_ci: { suppressed: true }, bootstrap_ci: { suppressed: true } });
    });
    expect(report.costs.some((r) => r.n.control < K && 'bootstrap_ci' in r)).toBe(true);
  });

  it('withholds whole any part of a report that has no rule (a section added without one)', () => {
    const withNewSection = { ...report, responders: [{ arm: 'cti', n: 2, share: 0.5 }] } as unknown as CohortReport;
    expect((suppressSmallCells(withNewSection, K) as unknown as Record<string, unknown>).responders).toMatchObject({ suppressed: true });
  });
});
