import { AnalyticsEngine } from './analytics-engine';
import type { CohortReport } from '../report/cohort-report';
import { fixtureSnapshot } from '../testing/fixture-snapshot';
import type { ReportOptions } from './report-options';

const withoutTime = (report: CohortReport) => ({ ...report, metadata: { ...report.metadata, generatedAt: null } });

describe('AnalyticsEngine', () => {
  let engine: AnalyticsEngine;
  beforeAll(async () => (engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort'))));
  afterAll(() => engine.close());

  it('runs reports with different filters at the same time, each as if it ran alone', async () => {
    const choices: ReportOptions[] = [
      { costEffectiveness: { bootstrapIterations: 50 } },
      { municipalityCode: 851, costEffectiveness: { bootstrapIterations: 50 } },
      { baselineRule: 'lower_of_first_two', costEffectiveness: { bootstrapIterations: 0 } },
    ];
    const alone: CohortReport[] = [];
    for (const options of choices) alone.push(await engine.report(options));
    const together = await Promise.all(choices.map((options) => engine.report(options)));
    expect(together.map(withoutTime)).toEqual(alone.map(withoutTime));
    expect(alone[1].costs[0].n.cti + alone[1].costs[0].n.control).toBeLessThan(alone[0].costs[0].n.cti + alone[0].costs[0].n.control);
    expect(alone[2].metadata.baselineRule.rule).toBe('lower_of_first_two');
  });

  it('stops a report whose signal fires, with the signal’s reason, and goes on serving others', async () => {
    const gone = new AbortController();
    const abandoned = engine.report({ costEffectiveness: { bootstrapIterations: 20_000 } }, gone.signal);
    gone.abort(new Error('nobody waits'));
    await expect(abandoned).rejects.toThrow('nobody waits');
    const report = await engine.report({ costEffectiveness: { bootstrapIterations: 0 } });
    expect(report.descriptives.length).toBeGreaterThan(10);
  });

  it("stops the views' cells of a disclosure pattern (its workers too) when its signal fires, and leaves no shared table behind", async () => {
    const views = [{}, ...[219, 253].flatMap((municipalityCode) => [{ municipalityCode }, { municipalityCode, targetGroup: 'housing' }])];
    const gone = new AbortController();
    const abandoned = engine.reportCellsOfViews({}, views, gone.signal);
    setTimeout(() => gone.abort(new Error('nobody waits for the pattern')), 150);
    await expect(abandoned).rejects.toThrow('nobody waits for the pattern');
    const cells = await engine.reportCellsOfViews({}, views);
    expect(cells.map((c) => c.attrition.length > 0)).toEqual(views.map(() => true));
    const tables = await engine['instance'].connect().then(async (c) => {
      const rows = (await c.runAndReadAll("SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'view_cells_%'")).getRowsJS();
      c.closeSync();
      return rows;
    });
    expect(tables).toEqual([]);
  });

  it('closes without waiting for the reports still running, which stop', async () => {
    const other = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort'));
    const running = other.report({ costEffectiveness: { bootstrapIterations: 20_000 } });
    await new Promise((resolve) => setImmediate(resolve));
    await other.close();
    await expect(running).rejects.toThrow('the snapshot was closed');
    await expect(other.report()).rejects.toThrow('closed');
  });
});
