import { tableFromIPC } from 'apache-arrow';
import { parse } from 'csv-parse/sync';
import { AnalyticsEngine, exportTable, quadrantOf, type CohortReport } from './index';
import { fixtureSnapshot } from './testing/fixture-snapshot';

let engine: AnalyticsEngine;
let report: CohortReport;

beforeAll(async () => {
  engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort-b'));
  report = await engine.report({ costEffectiveness: { bootstrapIterations: 300, seed: 7 } });
});
afterAll(() => engine.close());

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('cost-effectiveness beyond the ICER', () => {
  it('names the quadrant in words', () => {
    expect(quadrantOf(-100, 2)).toBe('dominant');
    expect(quadrantOf(100, -2)).toBe('dominated');
    expect(quadrantOf(100, 2)).toBe('more_costly_more_effective');
    expect(quadrantOf(-100, -2)).toBe('less_costly_less_effective');
    expect(report.cost_effectiveness).toMatchObject({ quadrant: 'more_costly_more_effective' });
    expect(report.cost_effectiveness!.interpretation).toMatch(/per point gained/);
  });

  it('reproduces the bootstrap exactly with the same seed, and differs with another', async () => {
    const again = await engine.report({ costEffectiveness: { bootstrapIterations: 300, seed: 7 } });
    const other = await engine.report({ costEffectiveness: { bootstrapIterations: 300, seed: 8 } });
    expect(again.cost_effectiveness!.bootstrap).toEqual(report.cost_effectiveness!.bootstrap);
    expect(other.cost_effectiveness!.bootstrap!.replicates).not.toEqual(report.cost_effectiveness!.bootstrap!.replicates);
  });

  it('chooses the CEAC range from the replicates unless one is given', async () => {
    const { bootstrap, delta_cost, delta_effect } = report.cost_effectiveness!;
    const range = bootstrap!.wtp_range;
    expect(range.chosen).toBe('data');
    expect(String(range.max)).toMatch(/^[125]0*$/);
    expect(range.max).toBeGreaterThanOrEqual((2 * delta_cost) / delta_effect);
    const switches = bootstrap!.replicates.filter((r) => r.delta_effect !== null && r.delta_cost / r.delta_effect! > 0).map((r) => r.delta_cost / r.delta_effect!);
    expect(switches.filter((x) => x <= range.max).length / switches.length).toBeGreaterThanOrEqual(0.95);
    expect(bootstrap!.acceptability[100].wtp).toBe(range.max);
    const given = await engine.report({ costEffectiveness: { bootstrapIterations: 50, seed: 7, maxWtp: 100_000 } });
    expect(given.cost_effectiveness!.bootstrap!.wtp_range).toMatchObject({ max: 100_000, chosen: 'option' });
  });

  it('gives a CEAC over 0–100,000 DKK per point and net benefit at the point estimate', async () => {
    const given = await engine.report({ costEffectiveness: { bootstrapIterations: 300, seed: 7, maxWtp: 100_000 } });
    const { bootstrap, delta_cost, delta_effect } = given.cost_effectiveness!;
    expect(bootstrap!.replicates).toHaveLength(300);
    expect(bootstrap!.acceptability).toHaveLength(101);
    expect(bootstrap!.acceptability[0]).toEqual({ wtp: 0, probability_cost_effective: expect.any(Number), inb: -delta_cost });
    const last = bootstrap!.acceptability[100];
    expect(last.wtp).toBe(100_000);
    expect(last.inb).toBeCloseTo(100_000 * delta_effect - delta_cost, 6);
    for (const point of bootstrap!.acceptability) expect(point.probability_cost_effective).toBeGreaterThanOrEqual(0);
    expect(bootstrap!.delta_cost_ci[0]).toBeLessThan(delta_cost);
    expect(bootstrap!.delta_cost_ci[1]).toBeGreaterThan(delta_cost);
  });

  it('lets the outcome, timepoint and horizon be chosen, orienting lower-is-better outcomes', async () => {
    const chosen = await engine.report({ costEffectiveness: { outcome: 'sds_total', timepoint: 'm18', horizonMonths: 21, bootstrapIterations: 0 } });
    const ce = chosen.cost_effectiveness!;
    const sds = chosen.comparison.find((c) => c.outcome === 'sds_total' && c.timepoint === 'm18')!;
    expect(ce.delta_cost).toBe(chosen.costs.find((c) => c.horizon_months === 21)!.diff);
    expect(ce.delta_effect).toBe(-sds.diff_in_change);
    expect(ce.bootstrap).toBeNull();
  });
});

describe('per-municipality costs', () => {
  it('sets each municipality beside the national figure, and the municipalities add up to it', () => {
    for (const horizon of [9, 21]) {
      const rows = report.municipality_costs.filter((m) => m.horizon_months === horizon);
      const national = report.costs.find((c) => c.horizon_months === horizon)!;
      expect(rows[0].national.cti!.mean_cost).toBeCloseTo(national.mean_cost.cti, 6);
      expect(sum(rows.map((m) => m.municipality.cti?.n ?? 0))).toBe(national.n.cti);
      expect(sum(rows.map((m) => (m.municipality.control?.mean_cost ?? 0) * (m.municipality.control?.n ?? 0)))).toBeCloseTo(
        national.mean_cost.control * national.n.control,
        3,
      );
    }
  });

  it('keeps the national figure when the report is filtered to one municipality', async () => {
    const local = await engine.report({ municipalityCode: 147, costEffectiveness: { bootstrapIterations: 0 } });
    expect(local.metadata.filters.municipalityCode).toBe(147);
    expect(local.costs[0].n.cti).toBe(report.municipality_costs.find((m) => m.municipality_code === 147 && m.horizon_months === 9)!.municipality.cti!.n);
    expect(local.municipality_costs.find((m) => m.municipality_code === 147)!.national).toEqual(report.municipality_costs[0].national);
  });
});

describe('Recovery Star ladder of change', () => {
  it('has shares that add up to one per dimension, arm and timepoint, resting on the descriptives n', () => {
    const groups = new Map<string, number>();
    for (const row of report.recovery_star_ladder) groups.set(`${row.dimension}/${row.arm}/${row.timepoint}`, (groups.get(`${row.dimension}/${row.arm}/${row.timepoint}`) ?? 0) + row.share);
    for (const total of groups.values()) expect(total).toBeCloseTo(1, 12);
    const baseline = report.recovery_star_ladder.find((r) => r.dimension === 'rs_work' && r.arm === 'cti' && r.timepoint === 'baseline')!;
    expect(baseline.n).toBe(report.descriptives.find((d) => d.outcome === 'rs_work' && d.arm === 'cti' && d.timepoint === 'baseline')!.n);
    expect(report.recovery_star_ladder.every((r) => r.arm === 'cti')).toBe(true); // cohort b: CTI arm only
  });

  it('applies the lower-of-first-two baseline rule to Recovery Star only, and says so', async () => {
    const lower = await engine.report({ baselineRule: 'lower_of_first_two', costEffectiveness: { bootstrapIterations: 0 } });
    expect(lower.metadata.baselineRule.rule).toBe('lower_of_first_two');
    const mean = (r: CohortReport, outcome: string) => r.descriptives.find((d) => d.outcome === outcome && d.arm === 'cti' && d.timepoint === 'baseline')!.mean;
    expect(mean(lower, 'rs_mean')).toBeLessThan(mean(report, 'rs_mean'));
    expect(mean(lower, 'wemwbs_total')).toBe(mean(report, 'wemwbs_total'));
    const stuck = (r: CohortReport) => r.recovery_star_ladder.find((l) => l.dimension === 'rs_mental_health' && l.timepoint === 'baseline' && l.stage === 'stuck')!;
    expect(stuck(lower).citizens).toBeGreaterThanOrEqual(stuck(report).citizens);
  });
});

describe('fidelity and attrition beyond the reference', () => {
  it('counts caseload per worker-month, focus areas per plan, handover plans and overlong courses', () => {
    const f = report.fidelity;
    expect(f.caseload.n).toBe(f.caseload.by_worker_month.length);
    expect(sum(f.caseload.by_month.map((m) => m.workers))).toBe(f.caseload.n);
    expect(f.caseload.by_worker_month.every((w) => w.active_courses >= 1)).toBe(true);
    expect(sum(f.focus_areas_per_plan.distribution.map((d) => d.courses))).toBe(f.n);
    expect(f.handover_plans.with_handover_plan).toBeLessThanOrEqual(f.handover_plans.n);
    expect(f.ended_after_nine_months.n).toBe(f.handover_plans.n);
  });

  it('follows each arm from allocation to analysis on the primary outcome', () => {
    const cti = report.attrition.filter((a) => a.arm === 'cti');
    expect(cti.map((a) => a.timepoint)).toEqual(['baseline', 'm3', 'm6', 'm9', 'm18']);
    expect(cti[0].allocated).toBe(report.costs[0].n.cti);
    const m9 = cti.find((a) => a.timepoint === 'm9')!;
    expect(m9.analysed).toBe(report.comparison.find((c) => c.outcome === 'wemwbs_total' && c.timepoint === 'm9')!.n_cti);
    expect(m9.analysed!).toBeLessThanOrEqual(m9.measured);
  });
});

describe('exportTable', () => {
  const rows = [
    { outcome: 'wemwbs_total', n: 3, mean: 40.5, ci: [1, 2], ok: true },
    { outcome: 'sds_total', n: 4, mean: null, ci: [3, 4], ok: false },
  ];

  it('writes CSV with a header and nested values as JSON', async () => {
    const parsed = parse((await exportTable(rows, 'csv')).toString('utf8'), { columns: true });
    expect(parsed).toEqual([
      { outcome: 'wemwbs_total', n: '3', mean: '40.5', ci: '[1,2]', ok: '1' },
      { outcome: 'sds_total', n: '4', mean: '', ci: '[3,4]', ok: '' },
    ]);
  });

  it('writes an Arrow IPC file that reads back', async () => {
    const table = tableFromIPC(await exportTable(rows, 'arrow'));
    expect(table.numRows).toBe(2);
    expect(table.getChild('mean')!.toArray()[0]).toBe(40.5);
    expect(table.getChild('outcome')!.get(1)).toBe('sds_total');
  });

  it('writes a Parquet file', async () => {
    const bytes = await exportTable(report.descriptives as unknown as Record<string, unknown>[], 'parquet');
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PAR1');
    expect(bytes.subarray(-4).toString('latin1')).toBe('PAR1');
  });
});
