// A CSV file → a DuckDB table typed by its Arrow schema: DuckDB's own CSV reader, no JavaScript per value. The file is
// what PostgreSQL's COPY … (FORMAT csv, HEADER) writes; the columns are named and typed here, nothing is guessed.
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Schema } from 'apache-arrow';
import { columnLoader } from './arrow-to-duckdb';

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export async function loadCsvTable(connection: DuckDBConnection, name: string, schema: Schema, path: string): Promise<void> {
  const fields = schema.fields;
  const types = fields.map((f) => columnLoader(f).ddlType);
  const columns = fields.map((f, i) => `"${f.name}" ${types[i]}${f.nullable ? '' : ' NOT NULL'}`);
  const reading = fields.map((f, i) => `${literal(f.name)}: ${literal(types[i])}`).join(', ');
  await connection.run(`CREATE OR REPLACE TABLE "${name}" (${columns.join(', ')})`);
  // allow_quoted_nulls = false: "" is the empty string, as PostgreSQL means it; only an unquoted empty field is null
  await connection.run(`INSERT INTO "${name}" SELECT * FROM read_csv(${literal(path)}, header = true, auto_detect = false, delim = ',', quote = '"',
    escape = '"', columns = {${reading}}, allow_quoted_nulls = false, dateformat = '%Y-%m-%d', parallel = false)`);
}
