// Arrow tables → DuckDB tables through the appender, a data chunk (2,048 rows, column by column) at a time:
// DuckDB cannot download its Arrow extension on this machine, and row-by-row appends are several times slower.
import { BOOLEAN, DATE, DOUBLE, DuckDBDataChunk, DuckDBDateValue, INTEGER, VARCHAR, type DuckDBConnection, type DuckDBType, type DuckDBValue } from '@duckdb/node-api';
import { DataType, type Field, type Table, type Vector } from 'apache-arrow';

const MS_PER_DAY = 86_400_000;
const CHUNK_ROWS = 2048; // DuckDB's standard vector size

export interface ColumnLoader {
  ddlType: string;
  duckdbType: DuckDBType;
  /** Arrow value (never null) → DuckDB value. */
  convert(value: unknown): DuckDBValue;
}

export function columnLoader(field: Field): ColumnLoader {
  const type = field.type;
  if (DataType.isUtf8(type)) return { ddlType: 'VARCHAR', duckdbType: VARCHAR, convert: (v) => String(v) };
  if (DataType.isBool(type)) return { ddlType: 'BOOLEAN', duckdbType: BOOLEAN, convert: (v) => Boolean(v) };
  if (DataType.isFloat(type)) return { ddlType: 'DOUBLE', duckdbType: DOUBLE, convert: (v) => Number(v) };
  if (DataType.isInt(type) && type.bitWidth <= 32) return { ddlType: 'INTEGER', duckdbType: INTEGER, convert: (v) => Number(v) };
  // Arrow's Date32<DAY> reads back as milliseconds since the epoch; DuckDB wants whole days.
  if (DataType.isDate(type)) return { ddlType: 'DATE', duckdbType: DATE, convert: (v) => new DuckDBDateValue(Math.round(Number(v) / MS_PER_DAY)) };
  throw new Error(`unsupported Arrow type ${type} for column ${field.name}`);
}

function columnValues(vector: Vector, loader: ColumnLoader, from: number, to: number): DuckDBValue[] {
  const values: DuckDBValue[] = new Array(to - from);
  for (let row = from; row < to; row++) {
    const value = vector.get(row);
    values[row - from] = value === null || value === undefined ? null : loader.convert(value);
  }
  return values;
}

export async function loadArrowTable(connection: DuckDBConnection, name: string, table: Table): Promise<void> {
  const fields = table.schema.fields;
  const loaders = fields.map(columnLoader);
  const columns = fields.map((f, i) => `"${f.name}" ${loaders[i].ddlType}${f.nullable ? '' : ' NOT NULL'}`);
  await connection.run(`CREATE OR REPLACE TABLE "${name}" (${columns.join(', ')})`);
  const vectors = fields.map((_, i) => table.getChildAt(i)!);
  const appender = await connection.createAppender(name);
  try {
    for (let from = 0; from < table.numRows; from += CHUNK_ROWS) {
      const to = Math.min(from + CHUNK_ROWS, table.numRows);
      const chunk = DuckDBDataChunk.create(loaders.map((l) => l.duckdbType), to - from);
      chunk.setColumns(vectors.map((vector, col) => columnValues(vector, loaders[col], from, to)));
      appender.appendDataChunk(chunk);
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
