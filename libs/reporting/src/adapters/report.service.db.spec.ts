import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CohortImportService } from '@cti/cohorts';
import { SYSTEM_SCOPE } from '@cti/domain';
import { compareWithReference } from '../../../analytics/src/testing/compare-reference';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { openReportingContext } from '@cti/testing/reporting-context';
import { contextForBlock } from '@cti/testing/block-context';
import { ReportService } from './report.service';

// The whole data path: bundle → PostgreSQL → Arrow → DuckDB → report, checked against R.
describe.each(testDatabases())('reports from $name PostgreSQL', ({ url }) => {
  const ctx = contextForBlock(() => openReportingContext(url));

  beforeAll(async () => {
    for (const cohort of ['sample-cohort', 'sample-cohort-b']) {
      const r = await ctx.get(CohortImportService).import({ kind: 'path', path: join(FIXTURES, cohort) }, { actor: 'test', evaluation: cohort });
      expect(r.errors).toEqual([]);
    }
  });

  it.each(['sample-cohort', 'sample-cohort-b'])('%s agrees with the R reference in every figure', async (cohort) => {
    // reference.json's costs are undiscounted (analysis-spec.md): rate 0.
    const report = await ctx.get(ReportService).fullReport(SYSTEM_SCOPE, cohort, { economics: { discountRate: 0 } });
    const reference = JSON.parse(readFileSync(join(FIXTURES, cohort, 'reference.json'), 'utf8'));
    const { compared, mismatches } = compareWithReference(reference, report as unknown as Record<string, unknown>);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(1000);
    expect(report.metadata.snapshot.id).toBe(`${cohort}@v1`);
  });

  it('refreshes the snapshot when the data changes', async () => {
    const service = ctx.get(ReportService);
    const before = await service.fullReport(SYSTEM_SCOPE, 'sample-cohort');
    const again = await service.fullReport(SYSTEM_SCOPE, 'sample-cohort');
    expect(again.metadata.snapshot.createdAt).toBe(before.metadata.snapshot.createdAt);
    // importing cohort b's courses file into this evaluation adds courses: a new data version, a new snapshot
    const r = await ctx.get(CohortImportService).import({ kind: 'path', path: join(FIXTURES, 'sample-cohort-b') }, { actor: 'test', evaluation: 'sample-cohort' });
    expect(r.outcome).toBe('imported');
    const after = await service.fullReport(SYSTEM_SCOPE, 'sample-cohort');
    expect(after.metadata.snapshot.id).toBe('sample-cohort@v2');
    expect(after.costs[0].n.cti + after.costs[0].n.control).toBeGreaterThan(before.costs[0].n.cti + before.costs[0].n.control);
  });
});
