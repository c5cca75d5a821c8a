// Box-plot quantiles against R's quantile(type = 7) (test/reference/distributions-reference.R), on both fixture cohorts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalyticsEngine } from '../index';
import { FIXTURE_COHORTS, FIXTURES, fixtureSnapshot } from '../testing/fixture-snapshot';

interface Row { outcome: string; arm: string; timepoint: string; n: number; p10: number; q1: number; median: number; q3: number; p90: number }

describe.each(FIXTURE_COHORTS)('distributions of %s', (cohort) => {
  const reference = (JSON.parse(readFileSync(join(FIXTURES, cohort, 'reference-distributions.json'), 'utf8')) as { distributions: Row[] }).distributions;

  it('equal R for every score, arm and timepoint, and for nothing else', async () => {
    const engine = await AnalyticsEngine.open(await fixtureSnapshot(cohort));
    try {
      const report = await engine.report({ costEffectiveness: { bootstrapIterations: 0 } });
      const outcomes = new Set(reference.map((r) => r.outcome));
      const rows = report.distributions.filter((d) => outcomes.has(d.outcome));
      expect(rows).toHaveLength(reference.length);
      for (const r of reference) {
        const d = rows.find((x) => x.outcome === r.outcome && x.arm === r.arm && x.timepoint === r.timepoint);
        expect(d).toBeDefined();
        expect(d!.n).toBe(r.n);
        for (const key of ['p10', 'q1', 'median', 'q3', 'p90'] as const) expect(d![key]).toBeCloseTo(r[key], 9);
      }
      // the same n as the descriptives they sit beside
      for (const d of report.distributions) expect(d.n).toBe(report.descriptives.find((x) => x.outcome === d.outcome && x.arm === d.arm && x.timepoint === d.timepoint)!.n);
    } finally {
      await engine.close();
    }
  });
});
