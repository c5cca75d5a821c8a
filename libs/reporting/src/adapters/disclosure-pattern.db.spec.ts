import { loadavg } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AnalyticsEngine, resolveReportOptions } from '@cti/analytics';
import { CohortImportService } from '@cti/cohorts';
import type { AccessScope } from '@cti/domain';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { contextForBlock } from '@cti/testing/block-context';
import { openReportingContext } from '@cti/testing/reporting-context';
import { computeDisclosurePattern, smallCellK, viewByView } from '../disclosure';
import { fixtureSnapshot } from '../../../analytics/src/testing/fixture-snapshot';
import { gridOfEvaluation } from './grid-of-evaluation';
import { ReportService } from './report.service';

const AGENCY: AccessScope = { userId: null, actor: 'pattern-test-agency', role: 'agency', municipalityCodes: 'all', evaluationSlugs: 'all', registerReads: [], registerWrites: [], rowLevel: false, suppressSmallCells: true };

describe.each(testDatabases())('the disclosure pattern from $name PostgreSQL', ({ name, url }) => {
  const ctx = contextForBlock(() => openReportingContext(url));
  beforeAll(async () => {
    const r = await ctx.get(CohortImportService).import({ kind: 'path', path: join(FIXTURES, 'sample-cohort') }, { actor: 'test', evaluation: 'sample-cohort' });
    expect(r.outcome).toBe('imported');
  }, 180_000);

  // The cells equal those of whole reports (libs/reporting/src/disclosure/differencing-attack.duckdb.spec.ts, per view
  // and as a pattern); here: the service's pattern, through this database's snapshot, is the one the cohort's files give.
  it("is the pattern of the cohort's own cells, computed in DuckDB from the files", async () => {
    const service = ctx.get(ReportService);
    const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
      const started = performance.now();
      return [await run(), Math.round(performance.now() - started)];
    };
    // records, not assertions: the machine is shared (docs/performance.md, "The disclosure pattern")
    const [, evaluatorMs] = await timed(() => service.report({ ...AGENCY, role: 'evaluator', suppressSmallCells: false }, 'sample-cohort'));
    // the national report is cached now: what the agency waits for beyond it is the pattern, from the views' cells
    const [, agencyMs] = await timed(() => service.report(AGENCY, 'sample-cohort'));
    console.log(`${name}: evaluator's first report ${evaluatorMs} ms; the agency's beyond it ${agencyMs} ms; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
    const source = await service.source('sample-cohort');
    const grid = await gridOfEvaluation(ctx.get(DataSource), source.evaluationId);
    const engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort'));
    try {
      const base = resolveReportOptions({ costEffectiveness: { bootstrapIterations: 0 } });
      const ofFiles = await computeDisclosurePattern(grid, viewByView((view) => engine.reportCells({ ...base, ...view })), smallCellK());
      expect(ofFiles.counts.primary).toBeGreaterThan(0);
      expect(await service.disclosurePattern(source, {})).toEqual(ofFiles);
    } finally {
      await engine.close();
    }
  }, 300_000);
});
