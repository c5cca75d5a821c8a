// Benchmarks: import and report speed on a synthetic cohort N times the sample (default 20× = 3,020 courses).
// Prints each figure beside its floor; it asserts nothing. Run: `npm run bench` (DATABASE_URL, else embedded
// PostgreSQL in a throw-away data dir). `BENCH_SCALE=50 npm run bench` for a larger cohort.
import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { SYSTEM_SCOPE, type CohortBundle } from '@cti/domain';
import { CohortImportService, loadInstrumentSeeds, loadMunicipalitySeeds, readBundleFromPath, writeBundle } from '@cti/cohorts';
import { ReportService } from '@cti/reporting';
import { CliModule } from '../apps/cli/src/cli.module';

const SCALE = Number(process.env.BENCH_SCALE ?? 20);
const FLOORS = { importRowsPerSecond: 5_000, reimportRowsPerSecond: 10_000, firstReportSeconds: 15, cachedReportSeconds: 5 };

/** The sample cohort repeated `scale` times under new course and citizen ids. */
function scaled(bundle: CohortBundle, scale: number): CohortBundle {
  const copies = Array.from({ length: scale }, (_, i) => i);
  const id = (courseId: string, i: number) => `${courseId}-x${i}`;
  return {
    courses: copies.flatMap((i) => bundle.courses.map((c) => ({ ...c, courseId: id(c.courseId, i), citizenId: `${c.citizenId}x${i}` }))),
    measurements: copies.flatMap((i) => bundle.measurements.map((m) => ({ ...m, courseId: id(m.courseId, i) }))),
    costs: copies.flatMap((i) => bundle.costs.map((l) => ({ ...l, courseId: id(l.courseId, i) }))),
    contacts: copies.flatMap((i) => bundle.contacts.map((k) => ({ ...k, courseId: id(k.courseId, i) }))),
    focusAreas: copies.flatMap((i) => bundle.focusAreas.map((f) => ({ ...f, courseId: id(f.courseId, i) }))),
  };
}

function line(label: string, value: string, floor: string, ok: boolean): void {
  process.stdout.write(`${label.padEnd(34)}${value.padStart(14)}   floor ${floor.padEnd(15)}${ok ? 'ok' : 'BELOW FLOOR'}\n`);
}

async function seconds<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

async function main(): Promise<void> {
  if (!process.env.DATABASE_URL) process.env.CTI_DATA_DIR = mkdtempSync(join(tmpdir(), 'cti-bench-'));
  const root = resolve(__dirname, '../..');
  const instruments = loadInstrumentSeeds();
  const municipalityCodes = new Set(loadMunicipalitySeeds().map((m) => m.code));
  const sample = await readBundleFromPath(join(root, 'test/fixtures/sample-cohort'), { instruments, municipalityCodes });
  if (!sample.ok) throw new Error('sample cohort did not read');
  const bundle = scaled(sample.bundle, SCALE);
  const dir = mkdtempSync(join(tmpdir(), 'cti-bench-bundle-'));
  await writeBundle(bundle, instruments, dir);
  const rows = bundle.courses.length + bundle.measurements.length + bundle.costs.length + bundle.contacts.length + bundle.focusAreas.length;
  process.stdout.write(`synthetic cohort: ${SCALE}× the sample = ${bundle.courses.length} courses, ${rows} rows in all; database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'embedded'}\n\n`);

  const ctx = await NestFactory.createApplicationContext(CliModule, { logger: ['error'] });
  try {
    const imports = ctx.get(CohortImportService);
    const slug = `bench-${Date.now()}`;
    const [first, t1] = await seconds(() => imports.import({ kind: 'path', path: dir }, { actor: 'bench', evaluation: slug }));
    if (first.outcome !== 'imported') throw new Error(`import ${first.outcome}: ${first.errors.slice(0, 3).join('; ')}`);
    line('import (parse + validate + write)', `${Math.round(rows / t1)} rows/s`, `${FLOORS.importRowsPerSecond} rows/s`, rows / t1 >= FLOORS.importRowsPerSecond);
    const [, t2] = await seconds(() => imports.import({ kind: 'path', path: dir }, { actor: 'bench', evaluation: slug }));
    line('re-import (no change)', `${Math.round(rows / t2)} rows/s`, `${FLOORS.reimportRowsPerSecond} rows/s`, rows / t2 >= FLOORS.reimportRowsPerSecond);
    const reports = ctx.get(ReportService);
    const [, t3] = await seconds(() => reports.report(SYSTEM_SCOPE, slug));
    line('first report (snapshot + analysis)', `${t3.toFixed(2)} s`, `≤ ${FLOORS.firstReportSeconds} s`, t3 <= FLOORS.firstReportSeconds);
    const [, t4] = await seconds(() => reports.report(SYSTEM_SCOPE, slug, { municipalityCode: 851 }));
    line('cached snapshot, filtered report', `${t4.toFixed(2)} s`, `≤ ${FLOORS.cachedReportSeconds} s`, t4 <= FLOORS.cachedReportSeconds);
  } finally {
    await ctx.close();
  }
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
