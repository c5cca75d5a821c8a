import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AnalyticsEngine, type CohortReport } from './index';
import { compareWithReference } from './testing/compare-reference';
import { FIXTURE_COHORTS, FIXTURES, fixtureSnapshot } from './testing/fixture-snapshot';

describe.each(FIXTURE_COHORTS)('report on %s matches the R reference', (cohort) => {
  let report: CohortReport;

  beforeAll(async () => {
    const engine = await AnalyticsEngine.open(await fixtureSnapshot(cohort));
    try {
      // analysis-spec.md's costs are undiscounted: rate 0 gives today's figures (the default discounts beyond month 12).
      report = await engine.report({ economics: { discountRate: 0 } });
    } finally {
      await engine.close();
    }
  });

  it('agrees on every figure, with no entry missing or extra', () => {
    const reference = JSON.parse(readFileSync(join(FIXTURES, cohort, 'reference.json'), 'utf8'));
    const { compared, mismatches } = compareWithReference(reference, report as unknown as Record<string, unknown>);
    expect(mismatches).toEqual([]);
    console.log(`${cohort}: ${compared} figures compared`);
    expect(compared).toBeGreaterThan(1000);
  });
});
