// Arrow tables → DuckDB tables through the appender: DuckDB cannot download its Arrow extension on this machine.
import { DuckDBDateValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { DataType, type Field, type Table } from 'apache-arrow';

const MS_PER_DAY = 86_400_000;

interface ColumnLoader {
  ddlType: string;
  append(appender: DuckDBAppender, value: unknown): void;
}

function columnLoader(field: Field): ColumnLoader {
  const type = field.type;
  if (DataType.isUtf8(type)) return { ddlType: 'VARCHAR', append: (a, v) => a.appendVarchar(String(v)) };
  if (DataType.isBool(type)) return { ddlType: 'BOOLEAN', append: (a, v) => a.appendBoolean(Boolean(v)) };
  if (DataType.isFloat(type)) return { ddlType: 'DOUBLE', append: (a, v) => a.appendDouble(Number(v)) };
  if (DataType.isInt(type) && type.bitWidth <= 32) return { ddlType: 'INTEGER', append: (a, v) => a.appendInteger(Number(v)) };
  // Arrow's Date32<DAY> reads back as milliseconds since the epoch; DuckDB wants whole days.
  if (DataType.isDate(type)) return { ddlType: 'DATE', append: (a, v) => a.appendDate(new DuckDBDateValue(Math.round(Number(v) / MS_PER_DAY))) };
  throw new Error(`unsupported Arrow type ${type} for column ${field.name}`);
}

export async function loadArrowTable(connection: DuckDBConnection, name: string, table: Table): Promise<void> {
  const fields = table.schema.fields;
  const loaders = fields.map(columnLoader);
  const columns = fields.map((f, i) => `"${f.name}" ${loaders[i].ddlType}${f.nullable ? '' : ' NOT NULL'}`);
  await connection.run(`CREATE OR REPLACE TABLE "${name}" (${columns.join(', ')})`);
  const vectors = fields.map((_, i) => table.getChildAt(i)!);
  const appender = await connection.createAppender(name);
  try {
    for (let row = 0; row < table.numRows; row++) {
      for (let col = 0; col < fields.length; col++) {
        const value = vectors[col].get(row);
        if (value === null || value === undefined) appender.appendNull();
        else loaders[col].append(appender, value);
      }
      appender.endRow();
    }
    appender.flushSync();
  } finally {
    appender.closeSync();
  }
}
