import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CohortReport } from '@cti/analytics';
import { CohortImportService } from '@cti/cohorts';
import { SYSTEM_SCOPE, type AccessScope } from '@cti/domain';
import { contextForBlock } from '@cti/testing/block-context';
import { FIXTURES } from '@cti/testing/cohort-context';
import { testDatabases } from '@cti/testing/databases';
import { openReportingContext } from '@cti/testing/reporting-context';
import { ReportService } from './report.service';
import { timepointLabel } from '../charts/chart-frame';
import { ChartService } from './chart.service';
import type { ChartContext, VegaLiteSpec } from '../charts/chart-types';
import { CHARTS } from '../charts/index';
import { renderSvg } from '../charts/render-svg';

const AGENCY: AccessScope = { userId: null, actor: 'chart-test-agency', role: 'agency', municipalityCodes: 'all', evaluationSlugs: 'all', registerReads: [], registerWrites: [], rowLevel: false, suppressSmallCells: true };
type Row = Record<string, unknown>;
const dataOf = (spec: VegaLiteSpec): Row[] => (spec.data as { values: Row[] }).values;
const layerData = (spec: VegaLiteSpec, i: number): Row[] => ((spec.layer as VegaLiteSpec[])[i].data as { values: Row[] }).values;
const subtitle = (spec: VegaLiteSpec): string => ((spec.title as { subtitle: string[] }).subtitle).join('\n');

/** Compiles with vega-lite, failing on any warning, as a reader's browser would. */
async function compileStrictly(spec: VegaLiteSpec): Promise<string[]> {
  const { compile } = await import('vega-lite');
  const warnings: string[] = [];
  const logger = { level: () => logger, error: (...m: unknown[]) => warnings.push(m.join(' ')), warn: (...m: unknown[]) => warnings.push(m.join(' ')), info: () => logger, debug: () => logger };
  compile(spec as never, { logger: logger as never });
  return warnings;
}

/** The sample cohort with two CTI courses of Hillerød (219) moved to København (101): a municipality of two citizens. */
function craftedSmallMunicipality(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cti-small-'));
  cpSync(join(FIXTURES, 'sample-cohort'), dir, { recursive: true });
  let moved = 0;
  const lines = readFileSync(join(dir, 'courses.csv'), 'utf8').split('\n').map((line) =>
    moved < 2 && /^"K219-[^"]*","[^"]*",219,"cti"/.test(line) ? (moved++, line.replace(',219,"cti"', ',101,"cti"')) : line,
  );
  writeFileSync(join(dir, 'courses.csv'), lines.join('\n'));
  return dir;
}

describe.each(testDatabases())('report charts from $name PostgreSQL', ({ url }) => {
  const ctx = contextForBlock(() => openReportingContext(url));
  let charts: ChartService;
  let report: CohortReport;
  let context: ChartContext;

  beforeAll(async () => {
    for (const [evaluation, path] of [['sample-cohort', join(FIXTURES, 'sample-cohort')], ['small-municipality', craftedSmallMunicipality()]]) {
      const r = await ctx.get(CohortImportService).import({ kind: 'path', path }, { actor: 'test', evaluation });
      expect(r.errors).toEqual([]);
    }
    charts = ctx.get(ChartService);
    report = await ctx.get(ReportService).fullReport(SYSTEM_SCOPE, 'sample-cohort', { costEffectiveness: { bootstrapIterations: 200, seed: 3 } });
    context = await charts.context();
  });

  it.each(CHARTS.map((c) => c.name))('%s is valid Vega-Lite: compiles without a warning and renders to SVG', async (name) => {
    const spec = charts.build(name, report, context, {});
    expect(await compileStrictly(spec)).toEqual([]);
    const svg = await renderSvg(spec);
    expect(svg).toMatch(/^<svg[^>]+xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg).toContain('</svg>');
  });

  it('progression: the means are the descriptives, and the intervals mean ± t(0.975, n−1)·sd/√n', () => {
    const spec = charts.build('progression', report, context, {});
    const points = dataOf(spec);
    const rows = report.descriptives.filter((d) => d.outcome === 'wemwbs_total' && ['baseline', 'm9', 'm18'].includes(d.timepoint));
    expect(points.map((p) => p.mean)).toEqual(rows.map((r) => r.mean));
    const cti = rows.find((r) => r.arm === 'cti' && r.timepoint === 'baseline')!;
    expect(cti.n).toBe(87);
    // R 4.2: qt(0.975, 86) = 1.987934
    const half = (1.987934 * cti.sd!) / Math.sqrt(cti.n);
    expect(points.find((p) => p.arm === 'CTI' && p.timepoint === 'Baseline')).toMatchObject({ lower: expect.closeTo(cti.mean - half, 5), upper: expect.closeTo(cti.mean + half, 5) });
    expect(JSON.stringify(charts.build('progression', report, context, { outcome: 'sds_total' }))).toContain('SDS total (higher = more impaired)');
  });

  it('comparison: the forest plot shows ancova_estimate and ancova_ci of every comparison row', () => {
    const points = dataOf(charts.build('comparison', report, context, {}));
    expect(points).toHaveLength(report.comparison.length);
    for (const [i, row] of report.comparison.entries()) {
      expect(points[i]).toMatchObject({ code: row.outcome, estimate: row.ancova_estimate, lower: row.ancova_ci[0], upper: row.ancova_ci[1] });
    }
    expect(new Set(points.map((p) => p.group))).toContain('Recovery Star (Recovery-stjernen) — higher = better');
  });

  it('ce-plane and ceac: the replicates, the point estimate and the acceptability curve of the report', () => {
    const ce = report.cost_effectiveness!;
    const plane = charts.build('ce-plane', report, context, {});
    expect(layerData(plane, 2)).toEqual(ce.bootstrap!.replicates);
    expect(layerData(plane, 3)).toEqual([{ delta_effect: ce.delta_effect, delta_cost: ce.delta_cost }]);
    const ceac = charts.build('ceac', report, context, {});
    expect(dataOf(ceac)).toEqual(ce.bootstrap!.acceptability);
    // both subtitles name the choice, then what the bootstrap shows
    const choice = `at ${timepointLabel(ce.timepoint)}, costs over ${ce.horizon_months} months. `;
    expect(subtitle(plane)).toContain(`${choice}${ce.bootstrap!.replicates.length} bootstrap replicates (seed ${ce.bootstrap!.seed}); red diamond: the point estimate.`);
    expect(subtitle(ceac)).toContain(`${choice}Share of ${ce.bootstrap!.iterations} bootstrap replicates with positive net benefit`);
  });

  it('recovery-star-ladder: the shares of the chosen arm and timepoint', () => {
    const bars = dataOf(charts.build('recovery-star-ladder', report, context, { arm: 'control', timepoint: 'm9' }));
    const rows = report.recovery_star_ladder.filter((r) => r.arm === 'control' && r.timepoint === 'm9');
    expect(bars.map((b) => b.share)).toEqual(rows.map((r) => r.share));
    expect(bars.length).toBeGreaterThan(10);
  });

  it('costs and municipality-costs: category means add up to the arm mean; municipality means are the report’s', () => {
    const bars = dataOf(charts.build('costs', report, context, {}));
    for (const row of report.costs) {
      const cti = bars.filter((b) => b.horizon === `${row.horizon_months} months` && b.arm === 'CTI');
      expect(cti.reduce((sum, b) => sum + (b.mean_cost as number), 0)).toBeCloseTo(row.mean_cost.cti, 6);
    }
    const places = dataOf(charts.build('municipality-costs', report, context, {}));
    const aalborg = report.municipality_costs.find((m) => m.municipality_code === 851 && m.horizon_months === 9)!;
    expect(places.find((p) => p.place === 'Aalborg (851)' && p.horizon === '9 months' && p.arm === 'CTI')!.mean_cost).toBe(aalborg.municipality.cti!.mean_cost);
    expect(places.filter((p) => String(p.place).startsWith('National'))).toHaveLength(4);
  });

  it('phase-lengths and intensity: medians and contact minutes of the fidelity section, expected 4 : 2 : 1', () => {
    const f = report.fidelity;
    expect(layerData(charts.build('phase-lengths', report, context, {}), 2).map((p) => p.median)).toEqual([f.phase_length_days.phase1.median, f.phase_length_days.phase2.median, f.phase_length_days.phase3.median]);
    const bars = dataOf(charts.build('intensity', report, context, {}));
    expect(bars.filter((b) => b.kind === 'Observed').map((b) => b.minutes)).toEqual(['1', '2', '3'].map((p) => f.contact_minutes_by_phase[p]));
    const expected = bars.filter((b) => b.kind !== 'Observed').map((b) => b.minutes as number);
    expect(expected[0] / expected[2]).toBeCloseTo(4, 10);
    expect(expected[1] / expected[2]).toBeCloseTo(2, 10);
  });

  it('refuses an outcome the registry does not know', () => {
    expect(() => charts.build('progression', report, context, { outcome: 'nothing_here' })).toThrow(/unknown outcome 'nothing_here'/);
    expect(() => charts.build('pie', report, context, {})).toThrow(/chart must be one of progression, comparison/);
  });

  it('for the agency, a municipality of two citizens is left out of the chart and the subtitle says so', async () => {
    const spec = await charts.chart(AGENCY, 'small-municipality', 'municipality-costs', { costEffectiveness: { bootstrapIterations: 0 } });
    const places = dataOf(spec).map((p) => `${p.place} ${p.arm} ${p.horizon}`);
    expect(places.some((p) => p.startsWith('København (101) CTI'))).toBe(false);
    expect(subtitle(spec)).toMatch(/Withheld, not drawn \(fewer than 5 citizens\): København \(101\) CTI, 9 months/);
    // the secondary cell (so 101 cannot be worked out from the national total) is named too
    expect(subtitle(spec)).toMatch(/Withheld, not drawn \(could be worked out from a total and the other figures\): \S/);
    expect(await compileStrictly(spec)).toEqual([]);

    const progression = await charts.chart(AGENCY, 'small-municipality', 'progression', { municipalityCode: 101, costEffectiveness: { bootstrapIterations: 0 } });
    expect(dataOf(progression).filter((p) => p.arm === 'CTI')).toEqual([]);
    expect(subtitle(progression)).toMatch(/Withheld, not drawn \(fewer than 5 citizens\): CTI at Baseline/);
  });
});
