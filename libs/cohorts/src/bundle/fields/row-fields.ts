import type { IsoDate } from '@cti/domain';
import type { ErrorCollector } from '../error-collector';
import type { Table, TableRow } from '../table/table';
import { parseDate } from './date-field';
import type { FieldResult } from './field-result';
import { parseDecimal, parseInteger } from './number-fields';
import type { StringPool } from './string-pool';
import { parseVocabulary } from './vocabulary-field';

/**
 * The cells of one row by column name, parsed, with every problem reported at `file:line:column`.
 * A getter returns null for an empty or invalid cell; `required` adds an error for an empty one.
 */
export class RowFields {
  constructor(
    private readonly table: Table,
    readonly row: TableRow,
    private readonly errors: ErrorCollector,
    /** The table's column index and the bundle's pool, shared by every row (rowsOf). */
    private readonly indexByKey: Map<string, number>,
    private readonly pool: StringPool,
  ) {}

  get line(): number {
    return this.row.line;
  }

  /** The trimmed cell text, '' when the column is absent or the cell empty. */
  raw(key: string): string {
    const index = this.indexByKey.get(key);
    return index === undefined ? '' : (this.row.cells[index] ?? '');
  }

  error(key: string, message: string): void {
    const index = this.indexByKey.get(key);
    const column = index === undefined ? key : this.table.columns[index].label;
    this.errors.add({ file: this.table.file, row: this.row.line, column, message });
  }

  /** Texts and dates come from the pool: records keep one copy of a repeated value. */
  text(key: string, required = false): string | null {
    return this.parsed(key, required, (text) => ({ ok: true, value: this.pool.intern(text) }));
  }

  integer(key: string, required = false): number | null {
    return this.parsed(key, required, parseInteger);
  }

  decimal(key: string, required = false): number | null {
    return this.parsed(key, required, (text) => parseDecimal(text, this.table.decimalComma));
  }

  date(key: string, required = false): IsoDate | null {
    const date = this.parsed(key, required, parseDate);
    return date === null ? null : this.pool.intern(date);
  }

  vocabulary<T extends string>(key: string, allowed: readonly T[], required = false): T | null {
    return this.parsed(key, required, (text) => parseVocabulary(text, allowed));
  }

  private parsed<T>(key: string, required: boolean, parse: (text: string) => FieldResult<T>): T | null {
    const text = this.raw(key);
    if (text === '') {
      if (required) this.error(key, 'a value is required');
      return null;
    }
    const result = parse(text);
    if (result.ok) return result.value;
    this.error(key, result.message);
    return null;
  }
}

export function columnIndex(table: Table): Map<string, number> {
  return new Map(table.columns.map((column, index) => [column.key, index]));
}

/** A table's rows as they are read, in batches. */
export type RowBatches = AsyncIterable<RowFields[]>;

/** RowFields for every row of a table as it is read, sharing one column index and the bundle's pool of texts. */
export async function* rowsOf(table: Table, rows: AsyncIterable<TableRow[]>, errors: ErrorCollector, pool: StringPool): RowBatches {
  const index = columnIndex(table);
  for await (const batch of rows) yield batch.map((row) => new RowFields(table, row, errors, index, pool));
}
