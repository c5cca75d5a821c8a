import { findUnsafeCharacter, restoreNeutralised, unsafeCharacterMessage } from '@cti/domain';
import type { ErrorCollector } from '../error-collector';
import type { Table, TableRow } from '../table/table';

/**
 * Every cell of a row, before its fields are read: a cell neutralised by an export ('=…) stands for its text again,
 * and no cell (ids, pseudonyms, free text, any other) may hold control, bidirectional or zero-width characters.
 */
export function checkSafeCells(table: Table, row: TableRow, errors: ErrorCollector): void {
  row.cells.forEach((cell, i) => {
    const found = findUnsafeCharacter(cell);
    if (found) errors.add({ file: table.file, row: row.line, column: table.columns[i]?.label, message: unsafeCharacterMessage(found) });
    else row.cells[i] = restoreNeutralised(cell);
  });
}
