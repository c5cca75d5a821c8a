import type { DuckDBConnection } from '@duckdb/node-api';
import { readSqlFile } from './analysis-dir';

export type SqlRow = Record<string, string | number | boolean | null | SqlRowValue[]>;
type SqlRowValue = string | number | boolean | null;

/** DuckDB returns counts and date differences as BigInt; every figure here fits a double. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

export type SqlParameters = Record<string, string | number | null>;

// A report's connection carries its report's AbortSignal, so every query (and the bootstrap) stops at it
// without each section passing it along.
const reportSignals = new WeakMap<DuckDBConnection, AbortSignal>();

export function bindReportSignal(connection: DuckDBConnection, signal: AbortSignal): void {
  reportSignals.set(connection, signal);
}

/** The AbortSignal of the report running on this connection (none outside a report). */
export function reportSignal(connection: DuckDBConnection): AbortSignal | undefined {
  return reportSignals.get(connection);
}

/** Runs analysis/<name>.sql (one SELECT, `$name` parameters) and returns its rows as plain objects. */
export async function queryFile<T extends object = SqlRow>(connection: DuckDBConnection, name: string, parameters?: SqlParameters): Promise<T[]> {
  reportSignal(connection)?.throwIfAborted();
  const reader = await connection.runAndReadAll(readSqlFile(name), parameters);
  // read by column, then one object per row: half the time of getRowObjectsJS + a map (1.46M rows: 4.2 s → 2.1 s)
  const names = reader.columnNames();
  const columns = reader.getColumnsJS();
  const rows: T[] = new Array(reader.currentRowCount);
  for (let r = 0; r < rows.length; r++) {
    const row: Record<string, unknown> = {};
    for (let c = 0; c < names.length; c++) row[names[c]] = plain(columns[c][r]);
    rows[r] = row as T;
  }
  return rows;
}
