import type { EntityManager } from 'typeorm';
import type { CountedTable, TableCounts } from './import-summary';
import type { OptionalFile } from './staging';

interface ChildTable {
  file: OptionalFile;
  counted: CountedTable;
  table: string;
  /** Columns written, and the staged expression of each (`x` is the staged row). */
  columns: [string, string][];
  /** A stored row (`t`) as the string staging computed for the bundle's rows (staging.ts describe*). */
  described: string;
  /** Joined to the stored rows when describing them (`t`). */
  join?: string;
  /** Joined to the staged rows when inserting them (`x`); `$1` is the evaluation. */
  insertJoin?: string;
}

const part = (e: string) => `coalesce(${e}, '')`;

const CHILD_TABLES: ChildTable[] = [
  {
    file: 'costs', counted: 'cost_lines', table: 'cost_line',
    columns: ['category', 'from_month', 'to_month', 'quantity', 'unit', 'unit_cost_dkk', 'amount_dkk'].map((c) => [c, `x.${c}`]),
    described: ['t.category', 't.from_month::text', 't.to_month::text', 'trim_scale(t.quantity)::text', 't.unit', 'trim_scale(t.unit_cost_dkk)::text', 'trim_scale(t.amount_dkk)::text'].map(part).join(` || '|' || `),
  },
  {
    file: 'contacts', counted: 'contacts', table: 'contact',
    columns: [['contact_date', 'x.contact_date'], ['minutes', 'x.minutes'], ['mode', 'x.mode'], ['worker_id', 'iw.id']],
    described: ['t.contact_date::text', 't.minutes::text', 't.mode', 'w.pseudonym'].map(part).join(` || '|' || `),
    join: 'LEFT JOIN worker w ON w.id = t.worker_id',
    // a join, not a sub-select per row (116,018 contacts at 10,000 courses: 2.2 s → 1.5 s)
    insertJoin: 'LEFT JOIN worker iw ON iw.evaluation_id = $1 AND iw.pseudonym = x.worker',
  },
  {
    file: 'focus_areas', counted: 'focus_areas', table: 'focus_area',
    columns: ['domain', 'set_date', 'status'].map((c) => [c, `x.${c}`]),
    described: ['t.domain', 't.set_date::text', 't.status'].map(part).join(` || '|' || `),
  },
];

/**
 * One optional table: a course whose rows (as a multiset) differ from the stored ones has them replaced as a whole,
 * with the rows gone and the rows come recorded as one change; courses whose rows are equal are left alone.
 */
async function replaceTable(em: EntityManager, evaluationId: number, spec: ChildTable, counts: TableCounts): Promise<void> {
  const staging = `s_${spec.table}`;
  const columns = spec.columns.map(([c]) => c).join(', ');
  const expressions = spec.columns.map(([, e]) => e).join(', ');
  const insert = (where: string) =>
    em.query(
      `INSERT INTO ${spec.table} (course_id, ${columns}) SELECT c.course_id, ${expressions} FROM ${staging} x JOIN s_course c USING (course_code) ${spec.insertJoin ?? ''} ${where} ORDER BY x.ord`,
      spec.insertJoin ? [evaluationId] : [],
    );
  const [{ n: inBundle }] = (await em.query(`SELECT count(*)::int AS n FROM ${staging}`)) as { n: number }[];
  counts.inBundle = inBundle;
  const [{ stored }] = (await em.query(`SELECT EXISTS (SELECT 1 FROM ${spec.table} t JOIN s_course c ON c.course_id = t.course_id) AS stored`)) as { stored: boolean }[];
  if (!stored) {
    // nothing stored for these courses: every row is new
    await insert('');
    counts.inserted = inBundle;
    return;
  }
  // both sides' rows of the bundle's courses: staged (next) and stored
  const both = (where: string) => `
       SELECT c.course_id, x.described, x.ord, true AS next FROM ${staging} x JOIN s_course c USING (course_code) ${where}
       UNION ALL
       SELECT t.course_id, ${spec.described}, t.id, false FROM ${spec.table} t ${spec.join ?? ''} JOIN s_course c ON c.course_id = t.course_id ${where}`;
  const rows = `s_${spec.table}_rows`;
  const differs = `s_${spec.table}_differs`;
  // courses compared as sorted lists first; only the courses that differ are numbered row by row below (numbering every
  // row of a national bundle sorted 2.3 million contacts by their text and spilled to disk)
  await em.query(
    `CREATE TEMP TABLE ${differs} ON COMMIT DROP AS
     SELECT course_id, count(*) FILTER (WHERE next)::int AS n_next, count(*) FILTER (WHERE NOT next)::int AS n_prev,
            array_agg(described ORDER BY described COLLATE "C") FILTER (WHERE next) IS NOT DISTINCT FROM
            array_agg(described ORDER BY described COLLATE "C") FILTER (WHERE NOT next) AS same
     FROM (${both('')}) u GROUP BY course_id`,
  );
  await em.query(
    `CREATE TEMP TABLE ${rows} ON COMMIT DROP AS
     SELECT u.*, row_number() OVER (PARTITION BY course_id, described, next ORDER BY ord) AS k
     FROM (${both(`WHERE c.course_id IN (SELECT course_id FROM ${differs} WHERE NOT same AND n_prev > 0)`)}) u`,
  );
  // rows of one side not matched one-for-one on the other: the k-th copy of a string is matched by the k-th copy
  await em.query(
    `INSERT INTO s_change (table_name, record_key, field, old_value, new_value)
     SELECT '${spec.table}', c.course_code, '(rows)',
            string_agg(r.described, E'\\n' ORDER BY r.ord) FILTER (WHERE NOT r.next),
            string_agg(r.described, E'\\n' ORDER BY r.ord) FILTER (WHERE r.next)
     FROM ${differs} d JOIN s_course c ON c.course_id = d.course_id
     LEFT JOIN ${rows} r ON r.course_id = d.course_id
       AND NOT EXISTS (SELECT 1 FROM ${rows} o WHERE o.course_id = r.course_id AND o.described = r.described AND o.next <> r.next AND o.k = r.k)
     WHERE NOT d.same AND d.n_prev > 0
     GROUP BY c.course_code, c.ord ORDER BY c.ord`,
  );
  await em.query(`DELETE FROM ${spec.table} WHERE course_id IN (SELECT course_id FROM ${differs} WHERE NOT same)`);
  await insert(`WHERE c.course_id IN (SELECT course_id FROM ${differs} WHERE NOT same)`);
  const [c] = (await em.query(
    `SELECT coalesce(sum(n_next) FILTER (WHERE same), 0)::int AS unchanged, coalesce(sum(n_next) FILTER (WHERE NOT same), 0)::int AS inserted,
            coalesce(sum(n_prev) FILTER (WHERE NOT same), 0)::int AS deleted FROM ${differs}`,
  )) as { unchanged: number; inserted: number; deleted: number }[];
  Object.assign(counts, c);
}

/** Optional files absent from the bundle were not provided: their stored rows are left as they are, not emptied. */
export async function replaceChildRows(em: EntityManager, evaluationId: number, counts: Record<CountedTable, TableCounts>, provided: ReadonlySet<OptionalFile>): Promise<void> {
  for (const spec of CHILD_TABLES) if (provided.has(spec.file)) await replaceTable(em, evaluationId, spec, counts[spec.counted]);
}
