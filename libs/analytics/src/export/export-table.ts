// Result tables as files: CSV (csv-stringify), Arrow IPC (apache-arrow) and Parquet (DuckDB's built-in COPY).
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Bool, Field, Float64, Schema, tableToIPC, Utf8, type DataType, type Table } from 'apache-arrow';
import { stringify } from 'csv-stringify/sync';
import { neutraliseFormula } from '@cti/domain';
import { loadArrowTable } from '../engine/arrow-to-duckdb';
import { tableFromRows, type ArrowCell } from '../snapshot/arrow-table';

export type ExportFormat = 'csv' | 'arrow' | 'parquet';
export type ExportRow = Record<string, unknown>;

/** One flat result table (e.g. report.descriptives) as a file's bytes. Nested values are written as JSON text. */
export async function exportTable(rows: readonly ExportRow[], format: ExportFormat): Promise<Buffer> {
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  // a table needs at least one column in Parquet (DuckDB refuses none): an empty section is one empty column, no rows
  if (columns.length === 0) columns.push('no_rows');
  const flat = rows.map((r) => Object.fromEntries(columns.map((c) => [c, flatCell(r[c])])));
  switch (format) {
    case 'csv':
      // Text a spreadsheet would evaluate (=, +, -, @ …) is neutralised; numbers, negative ones too, stay numbers.
      return Buffer.from(stringify(flat.map(neutraliseTextCells), { header: true, columns: columns.map((c) => ({ key: c, header: neutraliseFormula(c) })) }), 'utf8');
    case 'arrow':
      return Buffer.from(tableToIPC(arrowTable(columns, flat), 'file'));
    case 'parquet':
      return parquetOf(arrowTable(columns, flat));
  }
}

function neutraliseTextCells(row: Record<string, ArrowCell>): Record<string, ArrowCell> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'string' ? neutraliseFormula(v) : v]));
}

function flatCell(value: unknown): ArrowCell {
  if (value === undefined || value === null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** Column types from the values: all numbers → Float64, all booleans → Bool, anything else → Utf8. */
function arrowTable(columns: string[], rows: Record<string, ArrowCell>[]): Table {
  const typeOf = (column: string): DataType => {
    const values = rows.map((r) => r[column]).filter((v) => v !== null);
    if (values.length && values.every((v) => typeof v === 'number')) return new Float64();
    if (values.length && values.every((v) => typeof v === 'boolean')) return new Bool();
    return new Utf8();
  };
  const schema = new Schema(columns.map((c) => new Field(c, typeOf(c), true)));
  const asText = (v: ArrowCell) => (v === null || typeof v === 'string' ? v : String(v));
  return tableFromRows(
    schema,
    rows.map((r) => Object.fromEntries(schema.fields.map((f) => [f.name, f.type instanceof Utf8 ? asText(r[f.name]) : r[f.name]]))),
  );
}

async function parquetOf(table: Table): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'cti-export-'));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await loadArrowTable(connection, 'result', table);
    const file = join(dir, 'result.parquet');
    await connection.run(`COPY result TO '${file.replaceAll("'", "''")}' (FORMAT parquet)`);
    return await readFile(file);
  } finally {
    connection.closeSync();
    instance.closeSync();
    await rm(dir, { recursive: true, force: true });
  }
}
