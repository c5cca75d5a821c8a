import type { ErrorCollector } from '../error-collector';
import type { Table } from './table';

export interface TableSchema {
  /** Columns that must be in the header (their cells are required too). */
  required: readonly string[];
  /** Every other column the file may have. */
  optional: readonly string[];
  /** Extra columns a file accepts beyond the fixed ones (measurement item columns). */
  isExtraColumn?: (key: string) => boolean;
}

/**
 * Reports unknown, duplicate, unnamed and missing columns. Returns whether the header is usable:
 * without a required column no row can be read meaningfully.
 */
export function checkHeader(table: Table, schema: TableSchema, errors: ErrorCollector): boolean {
  const known = new Set([...schema.required, ...schema.optional]);
  const seen = new Set<string>();
  let usable = true;
  table.columns.forEach((column, index) => {
    const at = { file: table.file, row: table.headerLine, column: column.label };
    if (column.key === '') {
      errors.add({ ...at, column: undefined, message: `column ${index + 1} has no name` });
      usable = false;
    } else if (seen.has(column.key)) {
      errors.add({ ...at, message: 'column appears twice in the header' });
      usable = false;
    } else if (!known.has(column.key) && !schema.isExtraColumn?.(column.key)) {
      errors.add({ ...at, message: `unknown column (expected ${[...known].join(', ')}${schema.isExtraColumn ? ' or <instrument>_<item>' : ''})` });
    }
    seen.add(column.key);
  });
  for (const required of schema.required) {
    if (!seen.has(required)) {
      errors.add({ file: table.file, row: table.headerLine, column: required, message: 'required column is missing' });
      usable = false;
    }
  }
  return usable;
}
