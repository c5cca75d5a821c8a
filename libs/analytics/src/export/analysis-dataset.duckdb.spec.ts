import { DuckDBInstance } from '@duckdb/node-api';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mean } from 'simple-statistics';
import { AnalyticsEngine, datasetFile, type AnalysisDataset, type CohortReport } from '../index';
import { fixtureSnapshot } from '../testing/fixture-snapshot';

// The wide analysis dataset on a sample cohort: one row per course, the codebook's columns exactly, and figures that
// add up to the report's own.
describe('the wide analysis dataset', () => {
  let engine: AnalyticsEngine;
  let dataset: AnalysisDataset;
  let report: CohortReport;

  beforeAll(async () => {
    engine = await AnalyticsEngine.open(await fixtureSnapshot('sample-cohort'));
    dataset = await engine.analysisDataset();
    report = await engine.report({ costEffectiveness: { bootstrapIterations: 0 } });
  });
  afterAll(() => engine.close());

  const armRows = (arm: string) => dataset.rows.filter((r) => r.arm === arm);
  const values = (rows: AnalysisDataset['rows'], column: string) => rows.map((r) => r[column]).filter((v): v is number => typeof v === 'number');

  it('has one row per course and exactly the codebook columns, each described in Danish and English', () => {
    const n = report.table_one.rows.find((r) => r.comparison === 'arm' && r.variable === 'n')!.groups;
    expect(dataset.rows).toHaveLength(n.cti.n + n.control.n);
    expect(new Set(dataset.rows.map((r) => r.course_id)).size).toBe(dataset.rows.length);
    const names = dataset.codebook.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const row of dataset.rows) expect(Object.keys(row)).toEqual(names);
    for (const c of dataset.codebook) {
      expect(c.label_da).not.toBe('');
      expect(c.label_en).not.toBe('');
      expect(['string', 'integer', 'number', 'date']).toContain(c.type);
    }
    expect(names).toEqual(expect.arrayContaining(['wemwbs_total_baseline', 'wemwbs_total_m3', 'wemwbs_total_m18', 'wemwbs_total_change_m9', 'sds_total_m6', 'rs_mean_change_m18', 'cost_9m_total', 'cost_21m_s85_support']));
  });

  it('holds the figures the report is computed from', () => {
    for (const arm of ['cti', 'control'] as const) {
      const d = report.descriptives.find((x) => x.outcome === 'wemwbs_total' && x.arm === arm && x.timepoint === 'baseline')!;
      expect(mean(values(armRows(arm), 'wemwbs_total_baseline'))).toBeCloseTo(d.mean, 9);
      const c = report.change.find((x) => x.outcome === 'sds_total' && x.arm === arm && x.timepoint === 'm9')!;
      expect(values(armRows(arm), 'sds_total_change_m9')).toHaveLength(c.n);
      expect(mean(values(armRows(arm), 'sds_total_change_m9'))).toBeCloseTo(c.mean_change, 9);
      for (const cost of report.costs) {
        expect(mean(values(armRows(arm), `cost_${cost.horizon_months}m_total`))).toBeCloseTo(cost.mean_cost[arm], 6);
      }
    }
  });

  it('writes CSV, Parquet and xlsx with one row per course', async () => {
    const csv = parse(await datasetFile(dataset, 'csv'), { columns: true }) as Record<string, string>[];
    expect(csv).toHaveLength(dataset.rows.length);
    expect(Object.keys(csv[0])).toEqual(dataset.codebook.map((c) => c.name));
    const codebook = parse(await datasetFile(dataset, 'csv', 'codebook'), { columns: true }) as Record<string, string>[];
    expect(codebook.map((c) => c.name)).toEqual(dataset.codebook.map((c) => c.name));

    const file = join(mkdtempSync(join(tmpdir(), 'cti-wide-')), 'data.parquet');
    writeFileSync(file, await datasetFile(dataset, 'parquet'));
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const count = await duck.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(DISTINCT course_id)::INTEGER AS courses FROM read_parquet('${file}')`);
    expect(count.getRowObjectsJS()[0]).toEqual({ n: dataset.rows.length, courses: dataset.rows.length });
    duck.closeSync();

    const workbook = new Workbook();
    await workbook.xlsx.load((await datasetFile(dataset, 'xlsx')) as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('data')!.rowCount).toBe(dataset.rows.length + 1);
    expect(workbook.getWorksheet('codebook')!.rowCount).toBe(dataset.codebook.length + 1);

    // CTI_WRITE_WIDE_DATASET=<dir>: keep the files for `Rscript test/reference/wide-dataset-check.R <dir>` (R's read.csv).
    const keep = process.env.CTI_WRITE_WIDE_DATASET;
    if (keep) {
      writeFileSync(join(keep, 'sample-cohort-analysis-data.csv'), await datasetFile(dataset, 'csv'));
      writeFileSync(join(keep, 'sample-cohort-analysis-codebook.csv'), await datasetFile(dataset, 'csv', 'codebook'));
    }
  });
});
