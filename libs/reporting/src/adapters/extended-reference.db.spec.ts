import { join } from 'node:path';
import { CohortImportService } from '@cti/cohorts';
import { SYSTEM_SCOPE } from '@cti/domain';
import { compareWithExtendedReference } from '../../../analytics/src/testing/compare-extended';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { openReportingContext } from '@cti/testing/reporting-context';
import { contextForBlock } from '@cti/testing/block-context';
import { ReportService } from './report.service';

// The evaluation figures (MMRM, roles, Holm, Table 1, responders from the stored registry, discounted costs) through the whole data path: bundle → PostgreSQL → DuckDB, against R.
describe.each(testDatabases())('evaluation figures from $name PostgreSQL', ({ url }) => {
  const ctx = contextForBlock(() => openReportingContext(url));

  beforeAll(async () => {
    const r = await ctx.get(CohortImportService).import({ kind: 'path', path: join(FIXTURES, 'sample-cohort') }, { actor: 'test', evaluation: 'sample-cohort' });
    expect(r.errors).toEqual([]);
  });

  it('sample-cohort agrees with R on the MMRM, the Holm family, Table 1, responders and discounted costs', async () => {
    const report = await ctx.get(ReportService).fullReport(SYSTEM_SCOPE, 'sample-cohort');
    const { compared, mismatches } = compareWithExtendedReference(FIXTURES, 'sample-cohort', report);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(900);
  });
});
