import type { DuckDBConnection } from '@duckdb/node-api';
import { buildReportCells, type ReportCells } from '../report/report-cells';

/** A view of the report: national or one municipality, all target groups or one. */
export interface CellsView {
  municipalityCode?: number;
  targetGroup?: string;
}

// The relations analysis/01–05 create, by how a view's relate to the national view's (all target groups).
/** Rows of the courses in scope only: a view's are the national view's rows of the view's courses. */
const OF_COURSES_IN_SCOPE = ['courses_in_scope', 'measured_outcome_values', 'outcome_values', 'change_pairs', 'course_costs', 'cti_phase_lengths', 'cti_contacts_by_phase'];
/** Every municipality's courses of the view's target group: the national picture a municipality is set against. */
const OF_TARGET_GROUP = ['national_course_costs'];
/** Not filtered by the report's scope at all. */
const WHOLE = ['discounted_cost_lines'];
/** Snapshot tables the cell sections read only joined to the courses in scope: a view reads its courses' rows of them. */
const READ_BY_COURSE = ['measurements', 'cost_lines'];
/**
 * Relations no cell section reads: not copied in view order (at 100k courses the copy of the measured values takes
 * 5 s and hundreds of MB), but filtered through the courses as they are read. Only speed rests on this list.
 */
const UNREAD = new Set(['measured_outcome_values']);

/** A further connection to the same database, and how to give it back. */
export interface Worker {
  connection: DuckDBConnection;
  release(): void;
}

let batches = 0;

/**
 * The cells of many views, from the relations analysis/01–05 made on `connection` for the national view over all
 * target groups: each other view's relations are the national ones' rows of its courses (kept sorted by target group
 * and municipality, so a view reads only its own part), instead of every view running 01–05 over the whole
 * snapshot. Those rows are shared tables, and `workers` more connections compute views beside this one (DuckDB runs
 * each query on one thread; a view's cells are the same whichever connection computes them). The cells' counts are
 * those of the views' own reports (the disclosure pattern rests on them; `differencing-attack.duckdb.spec.ts` checks
 * it); their means may differ in the last bit, as rows are summed in another order.
 */
export async function cellsOfViews(
  connection: DuckDBConnection, views: readonly CellsView[], cells: (view: CellsView, cells: ReportCells) => void,
  worker: () => Promise<Worker>, workers: number,
): Promise<void> {
  await assertRelationsKnown(connection);
  cells({}, await buildReportCells(connection));
  const others = views.filter((v) => v.municipalityCode !== undefined || v.targetGroup !== undefined);
  if (others.length === 0) return;
  const shared = `view_cells_${++batches}_`; // tables every worker reads; dropped at the end
  const made: string[] = [];
  const create = async (name: string, select: string) => {
    made.push(`${shared}${name}`);
    await connection.run(`CREATE TABLE ${shared}${name} AS ${select}`);
  };
  try {
    await create('view_course', 'SELECT course_id, target_group AS view_target_group, municipality_code AS view_municipality FROM courses_in_scope');
    await create('report_scope', 'SELECT * FROM report_scope');
    for (const relation of [...OF_COURSES_IN_SCOPE, ...OF_TARGET_GROUP]) {
      let outside: number; // rows of courses outside the national view's scope: the relation is in the wrong list above
      if (UNREAD.has(relation)) {
        outside = await count(connection, `${relation} r ANTI JOIN ${shared}view_course v ON v.course_id = r.course_id`);
        await create(relation, `SELECT * FROM ${relation}`);
      } else {
        const before = await count(connection, relation);
        await create(relation, sortedByView(relation, `${shared}view_course`));
        outside = before - (await count(connection, `${shared}${relation}`));
      }
      if (outside !== 0) throw new Error(`report relation ${relation} holds courses outside the report's scope`);
    }
    for (const table of READ_BY_COURSE) await create(table, sortedByView(table, `${shared}view_course`));
    for (const relation of WHOLE) await create(relation, `SELECT * FROM ${relation}`);
    // this connection computes views too, through views of those names
    for (const relation of [...OF_COURSES_IN_SCOPE, ...OF_TARGET_GROUP, ...WHOLE]) await connection.run(`DROP TABLE ${relation}`);
    const queue = [...others];
    const work = async (on: DuckDBConnection) => {
      await on.run(`CREATE OR REPLACE TEMP TABLE report_scope AS SELECT * FROM ${shared}report_scope`);
      for (const relation of WHOLE) await on.run(`CREATE OR REPLACE TEMP VIEW ${relation} AS SELECT * FROM ${shared}${relation}`);
      for (let view = queue.shift(); view; view = queue.shift()) cells(view, await cellsOfView(on, view, shared));
    };
    const helpers = await Promise.all(Array.from({ length: Math.max(0, Math.min(workers, others.length - 1)) }, worker));
    const ran = await Promise.allSettled([connection, ...helpers.map((h) => h.connection)].map((on) => work(on).catch((error: unknown) => {
      queue.length = 0; // the others stop after the view they are on
      throw error;
    })));
    for (const h of helpers) h.release();
    const failed = ran.find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  } finally {
    for (const table of made) await connection.run(`DROP TABLE IF EXISTS ${table}`);
  }
}

/** One view's cells on a worker's connection: its scope, its rows of the shared relations under their own names. */
async function cellsOfView(connection: DuckDBConnection, view: CellsView, shared: string): Promise<ReportCells> {
  const tg = view.targetGroup === undefined ? [] : [`view_target_group = ${sqlString(view.targetGroup)}`];
  const m = view.municipalityCode === undefined ? [] : [`view_municipality = ${sqlInteger(view.municipalityCode)}`];
  const where = (conditions: string[]) => (conditions.length ? `WHERE ${conditions.join(' AND ')}` : '');
  await connection.run('UPDATE report_scope SET target_group = $tg::VARCHAR, municipality_code = $m::INTEGER', { tg: view.targetGroup ?? null, m: view.municipalityCode ?? null });
  // views, not tables: a relation no section reads costs nothing, and each read scans only the view's part
  // (a TEMP view shadows the snapshot table of the same name)
  for (const relation of [...OF_COURSES_IN_SCOPE, ...READ_BY_COURSE, ...OF_TARGET_GROUP]) {
    const conditions = where(OF_TARGET_GROUP.includes(relation) ? tg : [...tg, ...m]);
    await connection.run(UNREAD.has(relation)
      ? `CREATE OR REPLACE TEMP VIEW ${relation} AS SELECT r.* FROM ${shared}${relation} r JOIN ${shared}view_course v ON v.course_id = r.course_id ${conditions}`
      : `CREATE OR REPLACE TEMP VIEW ${relation} AS SELECT * EXCLUDE (view_target_group, view_municipality) FROM ${shared}${relation} ${conditions}`);
  }
  return buildReportCells(connection);
}

/** A relation's rows with their course's target group and municipality, sorted by them. */
function sortedByView(relation: string, viewCourse: string): string {
  return `SELECT r.*, v.view_target_group, v.view_municipality FROM ${relation} r JOIN ${viewCourse} v ON v.course_id = r.course_id
          ORDER BY v.view_target_group, v.view_municipality`;
}

async function count(connection: DuckDBConnection, from: string): Promise<number> {
  return Number((await connection.runAndReadAll(`SELECT count(*) FROM ${from}`)).getRowsJS()[0][0]);
}

// a view's definition takes no parameters: its values are written in, checked and quoted
const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;
function sqlInteger(value: number): string {
  if (!Number.isSafeInteger(value)) throw new Error(`municipality code ${value} is not an integer`);
  return String(value);
}

/** A relation added to 01–05 must be placed in one of the lists above, or the views' cells would be wrong. */
async function assertRelationsKnown(connection: DuckDBConnection): Promise<void> {
  const reader = await connection.runAndReadAll(
    `SELECT t.table_name, bool_or(c.column_name = 'course_id') AS per_course
     FROM duckdb_tables() t JOIN duckdb_columns() c ON c.table_oid = t.table_oid
     WHERE t.temporary AND t.table_name <> 'report_scope' GROUP BY t.table_name`,
  );
  const filtered = new Set([...OF_COURSES_IN_SCOPE, ...OF_TARGET_GROUP]);
  for (const [name, perCourse] of reader.getRowsJS() as [string, boolean][]) {
    if (!(filtered.has(name) && perCourse) && !WHOLE.includes(name)) {
      throw new Error(`report relation ${name}: say in view-cells.ts how a view's rows of it relate to the national view's`);
    }
  }
}
