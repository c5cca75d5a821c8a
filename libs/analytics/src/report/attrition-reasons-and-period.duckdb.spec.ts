// The CONSORT "lost with reasons" and the start-date period, checked against the sample cohort's CSVs counted here
// without the engine (and, for a few cells, against counts made by hand from the files).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AnalyticsEngine, type CohortReport } from '../index';
import { FIXTURES, fixtureSnapshot } from '../testing/fixture-snapshot';

type Row = Record<string, string>;
const csv = (file: string): Row[] => parse(readFileSync(join(FIXTURES, 'sample-cohort', file)), { columns: true }) as Row[];
const courses = csv('courses.csv');
const measured = new Set(csv('measurements.csv').map((m) => `${m.course_id}|${m.timepoint}`));

let engine: AnalyticsEngine;
let report: CohortReport;
beforeAll(async () => {
  engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort'));
  report = await engine.report({ costEffectiveness: { bootstrapIterations: 0 } });
});
afterAll(() => engine.close());

function lostByReason(arm: string, timepoint: string, inPeriod: (c: Row) => boolean = () => true): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of courses.filter((x) => x.arm === arm && inPeriod(x) && !measured.has(`${x.course_id}|${timepoint}`))) {
    const reason = c.end_reason || 'not_ended';
    out[reason] = (out[reason] ?? 0) + 1;
  }
  return out;
}
const asRecord = (rows: { reason: string; courses: number }[]) => Object.fromEntries(rows.map((r) => [r.reason, r.courses]));

describe('CONSORT: not measured, by end reason', () => {
  it('counts each arm and timepoint as the CSVs do, adding up to allocated − measured', () => {
    for (const row of report.attrition) {
      expect(asRecord(row.not_measured_by_reason)).toEqual(lostByReason(row.arm, row.timepoint));
      expect(row.not_measured_by_reason.reduce((s, r) => s + r.courses, 0)).toBe(row.allocated - row.measured);
    }
  });

  it('matches the counts made by hand from the sample cohort', () => {
    const at = (arm: string, tp: string) => asRecord(report.attrition.find((a) => a.arm === arm && a.timepoint === tp)!.not_measured_by_reason);
    expect(at('cti', 'm9')).toEqual({ completed: 14, dropped_out: 2, moved: 1, other: 1 });
    expect(at('control', 'm9')).toEqual({ completed: 7, dropped_out: 2, moved: 3, died: 1 });
    expect(at('cti', 'm18')).toEqual({ completed: 24, dropped_out: 2 });
    expect(at('control', 'baseline')).toEqual({});
  });
});

describe('start-date period', () => {
  const in2016 = (c: Row) => c.start_date >= '2016-01-01' && c.start_date <= '2016-12-31';
  let period: CohortReport;
  beforeAll(async () => {
    period = await engine.report({ startFrom: '2016-01-01', startTo: '2016-12-31', costEffectiveness: { bootstrapIterations: 0 } });
  });

  it('keeps only courses started in the period, in every section built on the scope', () => {
    const allocated = (r: CohortReport, arm: string) => r.attrition.find((a) => a.arm === arm && a.timepoint === 'baseline')!.allocated;
    expect(allocated(period, 'cti')).toBe(32); // counted by hand in courses.csv
    expect(allocated(period, 'control')).toBe(17);
    expect(allocated(period, 'cti')).toBe(courses.filter((c) => c.arm === 'cti' && in2016(c)).length);
    expect(period.costs[0].n).toEqual({ cti: 32, control: 17 });
    for (const row of period.attrition) expect(asRecord(row.not_measured_by_reason)).toEqual(lostByReason(row.arm, row.timepoint, in2016));
    expect(period.metadata.filters).toMatchObject({ startFrom: '2016-01-01', startTo: '2016-12-31' });
  });

  it('has open ends: from alone, to alone, both inclusive', async () => {
    const from = await engine.report({ startFrom: '2016-06-24', costEffectiveness: { bootstrapIterations: 0 } });
    const lastDay = courses.filter((c) => c.start_date >= '2016-06-24');
    expect(from.attrition.filter((a) => a.timepoint === 'baseline').reduce((s, a) => s + a.allocated, 0)).toBe(lastDay.length);
    const to = await engine.report({ startTo: '2015-01-05', costEffectiveness: { bootstrapIterations: 0 } });
    expect(to.attrition.filter((a) => a.timepoint === 'baseline').reduce((s, a) => s + a.allocated, 0)).toBe(courses.filter((c) => c.start_date <= '2015-01-05').length);
  });
});
