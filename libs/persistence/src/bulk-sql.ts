import type { EntityManager } from 'typeorm';

// Set-based writes: many rows per statement, within PostgreSQL's 65,535 bind parameters per statement.
const MAX_PARAMS = 60000;

export type Row = readonly unknown[];

function chunks<T>(rows: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

function placeholders(rowCount: number, columns: readonly string[], casts?: readonly string[]): string {
  const rows: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells = columns.map((_, c) => `$${r * columns.length + c + 1}${casts ? `::${casts[c]}` : ''}`);
    rows.push(`(${cells.join(', ')})`);
  }
  return rows.join(', ');
}

/** Multi-row INSERT; returns the `returning` column of every inserted row, in input order. */
export async function insertRows<R = Record<string, unknown>>(
  em: EntityManager,
  table: string,
  columns: readonly string[],
  rows: readonly Row[],
  options: { returning?: string; onConflict?: string } = {},
): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunks(rows, Math.floor(MAX_PARAMS / columns.length))) {
    const sql =
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${placeholders(chunk.length, columns)}` +
      (options.onConflict ? ` ON CONFLICT ${options.onConflict}` : '') +
      (options.returning ? ` RETURNING ${options.returning}` : '');
    const result = (await em.query(sql, chunk.flat())) as R[];
    if (options.returning) out.push(...result);
  }
  return out;
}

/** Multi-row UPDATE by primary key `id` through a VALUES list; `types` are the PostgreSQL types of `columns`. */
export async function updateRowsById(
  em: EntityManager,
  table: string,
  columns: readonly string[],
  types: readonly string[],
  rows: readonly Row[], // [id, ...values in column order]
): Promise<void> {
  const all = ['id', ...columns];
  const casts = ['integer', ...types];
  for (const chunk of chunks(rows, Math.floor(MAX_PARAMS / all.length))) {
    const set = columns.map((c) => `${c} = v.${c}`).join(', ');
    await em.query(`UPDATE ${table} AS t SET ${set} FROM (VALUES ${placeholders(chunk.length, all, casts)}) AS v(${all.join(', ')}) WHERE t.id = v.id`, chunk.flat());
  }
}

/** DELETE … WHERE column = ANY($1) for a list of ids. */
export async function deleteWhereIn(em: EntityManager, table: string, column: string, ids: readonly number[]): Promise<void> {
  for (const chunk of chunks(ids, MAX_PARAMS)) await em.query(`DELETE FROM ${table} WHERE ${column} = ANY($1::integer[])`, [chunk]);
}
