import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadInstrumentSeeds } from '../../cohorts/src/registry/seed-files';
import { AnalyticsEngine, snapshotFromBundle, type CohortReport } from './index';
import { compareWithReference } from './testing/compare-reference';
import { readFixtureBundle } from './testing/fixture-bundle';

const FIXTURES = join(__dirname, '../../../test/fixtures');

describe.each(['sample-cohort', 'sample-cohort-b'])('report on %s matches the R reference', (cohort) => {
  let report: CohortReport;

  beforeAll(async () => {
    const instruments = loadInstrumentSeeds();
    const bundle = readFixtureBundle(join(FIXTURES, cohort), instruments);
    const engine = await AnalyticsEngine.open(snapshotFromBundle(bundle, instruments, { id: cohort, createdAt: '2024-01-01T00:00:00Z', source: `fixture ${cohort}` }));
    try {
      report = await engine.report();
    } finally {
      await engine.close();
    }
  });

  it('agrees on every figure, with no entry missing or extra', () => {
    const reference = JSON.parse(readFileSync(join(FIXTURES, cohort, 'reference.json'), 'utf8'));
    const { compared, mismatches } = compareWithReference(reference, report as unknown as Record<string, unknown>);
    expect(mismatches).toEqual([]);
    console.log(`${cohort}: ${compared} figures compared`);
    expect(compared).toBeGreaterThan(500);
  });
});
