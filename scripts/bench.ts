// Benchmark: import, re-import and reports on a generated cohort (default 10,000 courses; BENCH_COURSES=100000),
// on the embedded database and on PostgreSQL when one listens on 127.0.0.1:5432, each figure beside its floor.
// It asserts nothing. Run: `npm run build && npm run bench`. Each database runs in a child process of its own, so
// peak RSS is that database's run; for the embedded one, PGlite's own process is given beside it on the import rows.
import 'reflect-metadata';
import { fork, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, createReadStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { DuckDBInstance } from '@duckdb/node-api';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { from as copyFrom } from 'pg-copy-streams';
import { AccessTokenService, UsersService } from '@cti/access';
import { snapshotFromBundle } from '@cti/analytics';
import { CohortImportService, generateCohort, loadInstrumentSeeds, loadMunicipalitySeeds, writeBundle } from '@cti/cohorts';
import { SYSTEM_SCOPE, type AccessScope } from '@cti/domain';
import { startEmbeddedPostgres } from '@cti/persistence';
import { ReportService, snapshotSourcesFromPostgres } from '@cti/reporting';
import { AnalyticsEngine } from '@cti/analytics';
import { readSqlFile, reportSqlFiles, snapshotSqlFiles, analysisDir } from '../libs/analytics/src/engine/analysis-dir';
import { createReportScope } from '../libs/analytics/src/engine/report-scope';
import { BASELINE_RULE_INSTRUMENT } from '../libs/analytics/src/engine/report-options';
import { loadArrowTable } from '../libs/analytics/src/engine/arrow-to-duckdb';
import { createApp } from '../apps/api/src/app.factory';
import { loadRoute } from './route-load';

const COURSES = Number(process.env.BENCH_COURSES ?? 10_000);
// 0 skips the load test
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const SERVER = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
// BENCH_STEPS=import stops after the import and its floor (the re-imports and reports take minutes more)
const IMPORT_ONLY = process.env.BENCH_STEPS === 'import';

interface Figure {
  label: string;
  seconds?: number;
  rows?: number;
  rssMb?: number;
  note?: string;
}

const RESULT = 'bench-result ';
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
/** Peak RSS of another process (the embedded database's), from /proc. */
function peakRssMb(pid: number): number | undefined {
  const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Math.round(Number(m[1]) / 1024) : undefined;
}

/** The national agency: every view, small cells withheld (its first report waits for the disclosure pattern). */
const BENCH_AGENCY: AccessScope = { ...SYSTEM_SCOPE, actor: 'bench-agency', role: 'agency', registerReads: [], registerWrites: [], rowLevel: false, suppressSmallCells: true };

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return [result, Number(process.hrtime.bigint() - start) / 1e9];
}

/** Progress on stderr, so a long run shows where it is. */
const progress = (what: string) => process.stderr.write(`  … ${what} (${new Date().toISOString().slice(11, 19)})\n`);

/** COPY of the bundle's CSV files into plain text tables (no keys, no checks): what the server itself can take. */
async function copyFloor(url: string, dir: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const [, seconds] = await timed(async () => {
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
        const header = (await readFirstLine(join(dir, file))).split(',').map((h) => h.replace(/"/g, ''));
        const table = `floor_${file.replace('.csv', '')}`;
        await client.query(`DROP TABLE IF EXISTS ${table}; CREATE UNLOGGED TABLE ${table} (${header.map((h) => `"${h}" text`).join(', ')})`);
        await pipeline(createReadStream(join(dir, file)), client.query(copyFrom(`COPY ${table} FROM STDIN WITH (FORMAT csv, HEADER true)`)));
      }
    });
    return seconds;
  } finally {
    await client.end();
  }
}

async function readFirstLine(path: string): Promise<string> {
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 })) return (chunk as string).split('\n')[0];
  return '';
}

/** DuckDB reading the same CSVs and running the project's SQL (analysis/*.sql): the report's SQL without the platform. */
async function duckdbFloor(dir: string): Promise<{ seconds: number; failed: string[] }> {
  const instruments = loadInstrumentSeeds();
  const registry = snapshotFromBundle({ courses: [], measurements: [], costs: [], contacts: [], focusAreas: [] }, instruments, {} as never);
  const failed: string[] = [];
  const [, seconds] = await timed(async () => {
    const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
    const db = await instance.connect();
    for (const t of ['instruments', 'instrument_items', 'instrument_scores', 'score_conversions'] as const) await loadArrowTable(db, t, registry.tables[t]);
    const csv = (f: string) => `read_csv('${join(dir, f)}', header = true, all_varchar = true)`;
    await db.run(`CREATE TABLE courses AS SELECT course_id, citizen_id, municipality_code::INTEGER AS municipality_code, arm, target_group, worker_id, sex,
      birth_year::INTEGER AS birth_year, contact_start::DATE AS contact_start, start_date::DATE AS start_date, phase2_start::DATE AS phase2_start,
      phase3_start::DATE AS phase3_start, end_date::DATE AS end_date, end_reason, handover_plan_date::DATE AS handover_plan_date FROM ${csv('courses.csv')}`);
    await db.run(`CREATE TABLE measurements AS SELECT course_id, timepoint, date::DATE AS date FROM ${csv('measurements.csv')}`);
    await db.run(`CREATE TABLE measurement_values AS SELECT u.course_id, u.timepoint, u.date::DATE AS date, i.instrument, i.item, u.value::DOUBLE AS value
      FROM (UNPIVOT ${csv('measurements.csv')} ON COLUMNS(* EXCLUDE (course_id, timepoint, date)) INTO NAME col VALUE value) u
      JOIN instrument_items i ON i.instrument || '_' || i.item = u.col`);
    await db.run(`CREATE TABLE cost_lines AS SELECT course_id, category, from_month::INTEGER AS from_month, to_month::INTEGER AS to_month, quantity::DOUBLE AS quantity,
      unit, unit_cost_dkk::DOUBLE AS unit_cost_dkk, amount_dkk::DOUBLE AS amount_dkk FROM ${csv('costs.csv')}`);
    await db.run(`CREATE TABLE contacts AS SELECT course_id, date::DATE AS date, minutes::INTEGER AS minutes, mode, worker_id FROM ${csv('contacts.csv')}`);
    await db.run(`CREATE TABLE focus_areas AS SELECT course_id, domain, set_date::DATE AS set_date, status FROM ${csv('focus_areas.csv')}`);
    // as the engine does: the snapshot's own files once, then a national report's scope and its numbered files
    for (const file of snapshotSqlFiles()) await db.run(readSqlFile(file.replace(/\.sql$/, '')));
    await createReportScope(db, {});
    for (const file of reportSqlFiles()) await db.run(readSqlFile(file.replace(/\.sql$/, '')));
    // the parameters the report passes for a national report with the defaults
    const params: Record<string, string | number> = { primary_outcome: 'rs_mean', outcome: 'rs_mean', timepoint: 'm9', horizon_months: 9, instrument: BASELINE_RULE_INSTRUMENT };
    // the report's files: not the snapshot's (run above) nor the wide export's (`wide_*`, not part of a report)
    for (const file of readdirSync(analysisDir()).filter((f) => /^[a-z].*\.sql$/.test(f) && !f.startsWith('snapshot_') && !f.startsWith('wide_'))) {
      const sql = readSqlFile(file.replace(/\.sql$/, ''));
      const used = Object.fromEntries(Object.entries(params).filter(([k]) => sql.includes(`$${k}`)));
      try {
        await (await db.runAndReadAll(sql, used)).getRows();
      } catch (e) {
        failed.push(`${file} (${(e as Error).message.split('\n')[0]})`);
      }
    }
    db.closeSync();
    instance.closeSync();
  });
  return { seconds, failed };
}

async function createBenchDatabase(): Promise<string | null> {
  const admin = new Client({ connectionString: SERVER, connectionTimeoutMillis: 2000 });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `cti_bench_${process.pid}`;
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(SERVER);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropBenchDatabase(url: string): Promise<void> {
  const admin = new Client({ connectionString: SERVER });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${new URL(url).pathname.slice(1)} WITH (FORCE)`);
  await admin.end();
}

/** A copy of the bundle with the first course's sex changed: only courses.csv differs from the bundle's files. */
function oneCourseChanged(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'cti-bench-changed-'));
  cpSync(dir, copy, { recursive: true });
  const lines = readFileSync(join(copy, 'courses.csv'), 'utf8').split('\n');
  // csv-stringify quotes only where needed, so the sex cell is a bare f or m
  const changed = lines[1].replace(/,"?([fm])"?,(\d{4}),/, (_, sex: string, year: string) => `,${sex === 'f' ? 'm' : 'f'},${year},`);
  if (changed === lines[1]) throw new Error(`no sex cell to change in: ${lines[1]}`);
  lines[1] = changed;
  writeFileSync(join(copy, 'courses.csv'), lines.join('\n'));
  return copy;
}

/**
 * A copy of the bundle whose files all differ from the last batch's by a blank line at their end (blank lines carry
 * nothing): a re-import has to compare every table, and finds the one course changed back.
 */
function everyFileTouched(dir: string): string {
  const copy = mkdtempSync(join(tmpdir(), 'cti-bench-touched-'));
  cpSync(dir, copy, { recursive: true });
  for (const file of readdirSync(copy).filter((f) => f.endsWith('.csv') && f !== 'courses.csv')) appendFileSync(join(copy, file), '\n');
  return copy;
}

/** One database's run, in a child process: prints its figures as one JSON line. */
async function child(kind: 'embedded' | 'postgres', dir: string, rows: number): Promise<void> {
  const figures: Figure[] = [];
  const embedded = kind === 'embedded' ? await startEmbeddedPostgres(mkdtempSync(join(tmpdir(), 'cti-bench-db-'))) : null;
  const url = embedded?.url ?? (await createBenchDatabase())!;
  // cold figures: nothing computed ahead of the first report it times
  const app = await createApp({ demoData: false, warmReports: false, jwtSecret: randomBytes(32).toString('hex'), databaseUrl: url }, false);
  await app.init();
  try {
    const imports = app.get(CohortImportService);
    const slug = 'bench';
    const source = { kind: 'path' as const, path: dir };
    progress('import');
    const [first, t1] = await timed(() => imports.import(source, { actor: 'bench', evaluation: slug }));
    if (first.outcome !== 'imported') throw new Error(`import ${first.outcome}: ${first.errors.slice(0, 3).join('; ')}`);
    const dbNote = () => (embedded && embedded.pid !== process.pid ? `PGlite process peak ${peakRssMb(embedded.pid)} MB` : undefined);
    figures.push({ label: 'import', seconds: t1, rows, rssMb: rssMb(), note: dbNote() });
    if (kind === 'postgres') figures.push({ label: 'COPY floor (same CSVs, plain tables)', seconds: await copyFloor(url, dir), rows });
    else figures.push({ label: 'COPY floor (same CSVs, plain tables)', note: 'n/a: pglite-socket refuses COPY FROM STDIN' });
    if (IMPORT_ONLY) return void process.stdout.write(`${RESULT}${JSON.stringify(figures)}\n`);
    progress('re-imports');
    const [again, t2] = await timed(() => imports.import(source, { actor: 'bench', evaluation: slug }));
    figures.push({ label: `re-import, same files (${again.outcome})`, seconds: t2, rows, rssMb: rssMb(), note: dbNote() });
    const changed = oneCourseChanged(dir);
    const [diffed, t2b] = await timed(() => imports.import({ kind: 'path', path: changed }, { actor: 'bench', evaluation: slug }));
    figures.push({ label: `re-import, one value changed in courses.csv (other files as stored: ${diffed.counts.courses.updated} updated)`, seconds: t2b, rows, rssMb: rssMb(), note: dbNote() });
    rmSync(changed, { recursive: true, force: true });
    const touched = everyFileTouched(dir);
    const [full, t2c] = await timed(() => imports.import({ kind: 'path', path: touched }, { actor: 'bench', evaluation: slug }));
    figures.push({ label: `re-import, one value changed back, every file compared (full diff: ${full.counts.courses.updated} updated)`, seconds: t2c, rows, rssMb: rssMb(), note: dbNote() });
    rmSync(touched, { recursive: true, force: true });
    progress('reports');
    const reports = app.get(ReportService);
    figures.push(...(await snapshotStages(app, reports, slug)));
    const [, t3] = await timed(() => reports.report(SYSTEM_SCOPE, slug));
    figures.push({ label: 'first report (snapshot build + analysis)', seconds: t3, rssMb: rssMb() });
    const [, t4] = await timed(() => reports.report(SYSTEM_SCOPE, slug));
    figures.push({ label: 'same report again', seconds: t4, rssMb: rssMb() });
    // beyond the national report (cached now): the joint disclosure pattern over every view, then the agency's slice
    const [pattern, t5] = await timed(async () => {
      await reports.report(BENCH_AGENCY, slug);
      return reports.disclosurePattern(await reports.source(slug), {});
    });
    figures.push({ label: "agency's first report, beyond the national", seconds: t5, rssMb: rssMb(), note: `pattern over ${(pattern.grid.municipalities.length + 1) * (pattern.grid.targetGroups.length + 1)} views, ${pattern.counts.cells} cells` });
    progress('DuckDB floor');
    const floor = await duckdbFloor(dir);
    figures.push({ label: 'DuckDB floor (same CSVs, project SQL)', seconds: floor.seconds, note: floor.failed.length ? `skipped: ${floor.failed.join(' ')}` : undefined });
    progress('R floor');
    figures.push(rFloor(dir));
    if (LOAD_SECONDS > 0) {
      progress('50 clients');
      figures.push(await loadTest(app, slug));
    }
  } finally {
    await app.close();
    if (embedded) await embedded.stop();
    else await dropBenchDatabase(url);
  }
  process.stdout.write(`${RESULT}${JSON.stringify(figures)}\n`);
}

/** R on the same CSVs (scripts/report-floor.R): the evaluation's analyses as an evaluator runs them, when Rscript is installed. */
function rFloor(dir: string): Figure {
  const label = 'R floor (same CSVs, scripts/report-floor.R)';
  const run = spawnSync('Rscript', [join(__dirname, '../../scripts/report-floor.R'), dir], { encoding: 'utf8' });
  if (run.error) return { label, note: 'not run: no Rscript (apt-get install r-base-core r-recommended)' };
  const total = /^R floor\s+([\d.]+) s$/m.exec(run.stdout);
  if (run.status !== 0 || !total) return { label, note: `failed: ${run.stderr.trim().split('\n').slice(-2).join(' | ')}` };
  // the stages R spent longest on, so the row says what limits it
  const stages = [...run.stdout.matchAll(/^(.+?)\s+([\d.]+) s$/gm)].filter((m) => m[1] !== 'R floor').sort((a, b) => Number(b[2]) - Number(a[2]));
  return { label, seconds: Number(total[1]), note: stages.slice(0, 3).map((m) => `${m[1]} ${m[2]} s`).join(', ') };
}

/** The snapshot build apart, in its two stages (the first report below builds its own). */
async function snapshotStages(app: Awaited<ReturnType<typeof createApp>>, reports: ReportService, slug: string): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cti-bench-snapshot-'));
  try {
    const source = await reports.source(slug);
    const [snapshot, read] = await timed(() => app.get(DataSource).transaction('REPEATABLE READ', (em) => snapshotSourcesFromPostgres(em, source, dir)));
    const [engine, load] = await timed(() => AnalyticsEngine.open(snapshot));
    await engine.close();
    const how = Object.values(snapshot.tables).some((t) => 'csvPath' in t) ? 'COPY to CSV files' : 'rows to Arrow';
    return [
      { label: `snapshot: read from the database (${how})`, seconds: read, rssMb: rssMb() },
      { label: 'snapshot: DuckDB load + snapshot SQL', seconds: load, rssMb: rssMb() },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The report route under 50 concurrent clients for LOAD_SECONDS, against the app listening on loopback. */
async function loadTest(app: Awaited<ReturnType<typeof createApp>>, slug: string): Promise<Figure> {
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  // an evaluator who is a member of the evaluation: the role the report route is for
  const user = await app.get(UsersService).create({ username: 'bench-evaluator', role: 'evaluator', password: randomBytes(18).toString('base64url') });
  await app.get(DataSource).query('INSERT INTO evaluation_member (evaluation_id, user_id) SELECT id, $2 FROM evaluation WHERE slug = $1', [slug, user.id]);
  const token = await app.get(AccessTokenService).sign(user);
  const probe = await fetch(`http://127.0.0.1:${address.port}/api/reports/${slug}`, { headers: { authorization: `Bearer ${token}` } });
  if (!probe.ok) return { label: '50 clients, GET /api/reports/:evaluation', note: `not run: the route answered ${probe.status} ${(await probe.text()).slice(0, 120)}` };
  const size = `${((await probe.arrayBuffer()).byteLength / 1e6).toFixed(2)} MB`;
  // as a browser asks: the report is sent compressed (compressed once per data version, not per response)
  const r = await loadRoute({ url: `http://127.0.0.1:${address.port}/api/reports/${slug}`, connections: 50, seconds: LOAD_SECONDS, headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' } });
  const generator = r.generator === 'wrk' ? 'wrk in its own process' : 'autocannon in a worker thread: its CPU, not the API, sets the figure (apt-get install wrk)';
  return {
    label: '50 clients, GET /api/reports/:evaluation',
    note: `report ${size} of JSON, gzip; ${r.requestsPerSecond.toFixed(1)} req/s ok, p50 ${r.p50Ms.toFixed(1)} ms, p99 ${r.p99Ms.toFixed(1)} ms, ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} time-outs (${LOAD_SECONDS} s; ${generator}; this process ${r.serverCpuMsPerRequest.toFixed(2)} ms CPU per response)`,
  };
}

function runChild(kind: string, dir: string, rows: number): Promise<Figure[] | string> {
  return new Promise((resolve) => {
    const proc = fork(__filename, ['--child', kind, dir, String(rows)], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    let out = '';
    let err = '';
    proc.stdout!.on('data', (d) => (out += d));
    proc.stderr!.on('data', (d: Buffer) => {
      err += d;
      for (const line of d.toString().split('\n')) if (line.startsWith('  … ')) process.stderr.write(`${line}\n`);
    });
    proc.on('exit', () => {
      const line = out.split('\n').find((l) => l.startsWith(RESULT)) ?? '';
      try {
        resolve(JSON.parse(line.slice(RESULT.length)) as Figure[]);
      } catch {
        resolve(`failed: ${(err || out).trim().split('\n').slice(-3).join(' | ')}`);
      }
    });
  });
}

function print(kind: string, figures: Figure[] | string): void {
  process.stdout.write(`\n${kind}\n`);
  if (typeof figures === 'string') return void process.stdout.write(`  ${figures}\n`);
  process.stdout.write(`  ${'step'.padEnd(44)}${'wall s'.padStart(9)}${'rows/s'.padStart(11)}${'peak RSS MB'.padStart(13)}  note\n`);
  for (const f of figures) {
    const s = f.seconds === undefined ? '' : f.seconds.toFixed(2);
    const r = f.seconds && f.rows ? String(Math.round(f.rows / f.seconds)) : '';
    process.stdout.write(`  ${f.label.padEnd(44)}${s.padStart(9)}${r.padStart(11)}${(f.rssMb ? String(f.rssMb) : '').padStart(13)}  ${f.note ?? ''}\n`);
  }
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return child(process.argv[3] as 'embedded' | 'postgres', process.argv[4], Number(process.argv[5]));
  const instruments = loadInstrumentSeeds();
  const dir = mkdtempSync(join(tmpdir(), 'cti-bench-bundle-'));
  const [bundle, tg] = await timed(async () => generateCohort({ courses: COURSES, seed: 1, instruments, municipalityCodes: loadMunicipalitySeeds().map((m) => m.code) }));
  await writeBundle(bundle, instruments, dir);
  const values = bundle.measurements.reduce((n, m) => n + m.values.length, 0);
  const rows = bundle.courses.length + bundle.measurements.length + values + bundle.costs.length + bundle.contacts.length + bundle.focusAreas.length;
  const bytes = readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);
  process.stdout.write(`generated ${COURSES} courses in ${tg.toFixed(1)} s: ${bundle.measurements.length} readings, ${values} item values, ${bundle.contacts.length} contacts, `
    + `${bundle.costs.length} cost lines, ${bundle.focusAreas.length} focus areas; ${rows} rows (item values counted one by one), ${(bytes / 1e6).toFixed(1)} MB of CSV\n`);
  const kinds = process.env.BENCH_DATABASES?.split(',') ?? ['embedded', 'postgres'];
  for (const kind of kinds) {
    if (kind === 'postgres' && !(await createBenchDatabase().then(async (u) => (u ? (await dropBenchDatabase(u), true) : false)))) {
      print('PostgreSQL', `skipped: no server at ${new URL(SERVER).host}`);
      continue;
    }
    print(kind === 'postgres' ? 'PostgreSQL (127.0.0.1:5432)' : 'embedded (PGlite via pglite-socket)', await runChild(kind, dir, rows));
  }
  rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  process.stderr.write(`bench failed: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
