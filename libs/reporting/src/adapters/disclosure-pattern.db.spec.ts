import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { CohortImportService } from '@cti/cohorts';
import type { AccessScope } from '@cti/domain';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { contextForBlock } from '@cti/testing/block-context';
import { openReportingContext } from '@cti/testing/reporting-context';
import { computeDisclosurePattern, smallCellK } from '../disclosure';
import { gridOfEvaluation } from './grid-of-evaluation';
import { ReportService } from './report.service';

const AGENCY: AccessScope = { userId: null, actor: 'pattern-test-agency', role: 'agency', municipalityCodes: 'all', evaluationSlugs: 'all', registerReads: [], registerWrites: [], rowLevel: false, suppressSmallCells: true };

describe.each(testDatabases())('the disclosure pattern from $name PostgreSQL', ({ name, url }) => {
  const ctx = contextForBlock(() => openReportingContext(url));
  beforeAll(async () => {
    const r = await ctx.get(CohortImportService).import({ kind: 'path', path: join(FIXTURES, 'sample-cohort') }, { actor: 'test', evaluation: 'sample-cohort' });
    expect(r.outcome).toBe('imported');
  }, 180_000);

  it("is the pattern of the views' whole reports, though the service computes it from their cells", async () => {
    const service = ctx.get(ReportService);
    const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
      const started = performance.now();
      return [await run(), Math.round(performance.now() - started)];
    };
    // records, not assertions: the machine is shared (docs/performance.md, "The disclosure pattern")
    const [, evaluatorMs] = await timed(() => service.report({ ...AGENCY, role: 'evaluator', suppressSmallCells: false }, 'sample-cohort'));
    // the national report is cached now: what the agency waits for beyond it is the pattern, from the views' cells
    const [, agencyMs] = await timed(() => service.report(AGENCY, 'sample-cohort'));
    const source = await service.source('sample-cohort');
    const grid = await gridOfEvaluation(ctx.get(DataSource), source.evaluationId);
    const [ofReports, ofReportsMs] = await timed(() => computeDisclosurePattern(grid, (view) => service.cachedReport(source, { ...view, costEffectiveness: { bootstrapIterations: 0 } }), smallCellK()));
    console.log(`${name}: evaluator's first report ${evaluatorMs} ms; the agency's beyond it ${agencyMs} ms; the pattern from whole reports ${ofReportsMs} ms; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    expect(ofReports.counts.primary).toBeGreaterThan(0);
    expect(await service.disclosurePattern(source, {})).toEqual(ofReports);
  }, 300_000);
});
