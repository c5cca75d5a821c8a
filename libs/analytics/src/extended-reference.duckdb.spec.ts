import { AnalyticsEngine, type CohortReport } from './index';
import { compareWithExtendedReference } from './testing/compare-extended';
import { FIXTURE_COHORTS, FIXTURES, fixtureSnapshot } from './testing/fixture-snapshot';

// The evaluation figures beyond analysis-spec.md (MMRM, outcome roles, Holm, Table 1, responders, discounted costs with
// bootstrap intervals) against R (test/reference/extended-reference.R).
describe.each(FIXTURE_COHORTS)('evaluation figures on %s match R', (cohort) => {
  let report: CohortReport;

  beforeAll(async () => {
    const engine = await AnalyticsEngine.open(await fixtureSnapshot(cohort));
    try {
      // Default options: costs discounted at 3.5 % a year, the bootstrap's 1000 replicates with seed 1 (as the R script).
      report = await engine.report();
    } finally {
      await engine.close();
    }
  });

  it('agrees on the MMRM, the Holm-adjusted confirmatory family, Table 1, responders and costs', () => {
    const { compared, mismatches } = compareWithExtendedReference(FIXTURES, cohort, report);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(900);
  });

  it('says why the MMRM of an outcome measured in one arm only is missing', () => {
    const rs = report.unavailable.filter((u) => u.section === 'mmrm' && u.outcome === 'rs_mean');
    if (cohort === 'sample-cohort-b') expect(rs.map((u) => u.reason)).toEqual([expect.stringContaining('control arm (0)'), expect.stringContaining('control arm (0)')]);
    else expect(rs).toEqual([]);
  });
});
