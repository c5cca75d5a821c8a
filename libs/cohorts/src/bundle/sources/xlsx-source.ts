import { Workbook, type Worksheet } from 'exceljs';
import type { ErrorCollector } from '../error-collector';
import { EXPECTED_CSV_FILES, fileKindOf } from '../table/file-kinds';
import { headerKey, type Table } from '../table/table';
import { emptyLoadedTables, fileInfo, type LoadedTables } from './loaded-tables';
import { unzipCapped } from './unzip-capped';
import { xlsxCellText } from './xlsx-cell-text';

/** Error locations name a sheet as `book.xlsx[courses]`; the file list as `book.xlsx#courses`. */
export const sheetLocation = (book: string, sheet: string) => `${book}[${sheet}]`;
const sheetFileName = (book: string, sheet: string) => `${book}#${sheet}`;

function sheetTable(file: string, sheet: Worksheet, errors: ErrorCollector): Table | null {
  const table: Table = { file, headerLine: 0, columns: [], rows: [], decimalComma: false, complete: true };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const texts = Array.from({ length: row.cellCount }, (_, i) => xlsxCellText(row.getCell(i + 1).value));
    if (texts.every((text) => text === '')) return;
    if (table.headerLine === 0) {
      // Formatted but empty cells to the right of the header are not columns.
      while (texts.at(-1) === '') texts.pop();
      table.headerLine = rowNumber;
      table.columns = texts.map((name) => ({ key: headerKey(name), label: name }));
      return;
    }
    const width = table.columns.length;
    if (texts.slice(width).some((text) => text !== '')) {
      errors.add({ file, row: rowNumber, message: `the row has values beyond the header's ${width} columns` });
      table.complete = false;
      return;
    }
    table.rows.push({ line: rowNumber, cells: Array.from({ length: width }, (_, i) => texts[i] ?? '') });
  });
  if (table.headerLine === 0) {
    errors.add({ file, row: 1, message: 'the sheet is empty: a header row is required' });
    return null;
  }
  return table;
}

/** The sheet's cells as one canonical text, so a sheet's checksum does not change with workbook packaging. */
function canonicalSheetText(table: Table): Uint8Array {
  const lines = [table.columns.map((column) => column.label), ...table.rows.map((row) => row.cells)];
  return new TextEncoder().encode(lines.map((cells) => JSON.stringify(cells)).join('\n'));
}

/** An .xlsx workbook whose sheets are named like the bundle files (`courses`, `measurements`, …). */
export async function loadXlsx(book: string, data: Uint8Array, maxBytes: number, errors: ErrorCollector): Promise<LoadedTables> {
  // An .xlsx is a zip: check what it unpacks to before exceljs inflates it all in memory.
  const unpacked = unzipCapped(data, maxBytes);
  const workbook = new Workbook();
  try {
    if (!unpacked.ok) throw new Error(unpacked.message);
    await workbook.xlsx.load(Buffer.from(data) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch (e) {
    errors.add({ file: book, message: `not a readable .xlsx workbook (${(e as Error).message})` });
    return emptyLoadedTables();
  }
  const loaded = emptyLoadedTables((kind) => sheetLocation(book, kind));
  for (const sheet of workbook.worksheets) {
    const file = sheetLocation(book, sheet.name);
    const kind = fileKindOf(sheet.name);
    if (!kind) errors.add({ file, message: `unknown sheet (sheets are named like the files ${EXPECTED_CSV_FILES}, without .csv)` });
    else if (loaded.present.has(kind)) errors.add({ file, message: `a second ${kind} sheet in the workbook` });
    else {
      loaded.present.add(kind);
      const table = sheetTable(file, sheet, errors);
      loaded.files.push(fileInfo(sheetFileName(book, sheet.name), table ? canonicalSheetText(table) : new Uint8Array(), table));
      if (table) loaded.tables[kind] = table;
    }
  }
  return loaded;
}
