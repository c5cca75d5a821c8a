import { Workbook, type Worksheet } from 'exceljs';
import type { ErrorCollector } from '../error-collector';
import type { BundleLimits } from '../limits/bundle-limits';
import type { RowBudget } from '../limits/row-budget';
import { tooManyRowsMessage } from '../limits/row-budget';
import { XmlTagCounter } from '../limits/xml-tag-counter';
import { EXPECTED_CSV_FILES, fileKindOf } from '../table/file-kinds';
import { headerKey, rowsFrom, type Table, type TableRow } from '../table/table';
import { emptyLoadedTables, fileInfo, readerOf, type LoadedTables } from './loaded-tables';
import { unzipCapped, type MemberWatcher, type UnzipLimits } from './unzip-capped';
import { xlsxCellText } from './xlsx-cell-text';

/** Error locations name a sheet as `book.xlsx[courses]`; the file list as `book.xlsx#courses`. */
export const sheetLocation = (book: string, sheet: string) => `${book}[${sheet}]`;
const sheetFileName = (book: string, sheet: string) => `${book}#${sheet}`;

/** A sheet's table and its rows (exceljs has read the whole workbook already). */
function sheetTable(file: string, sheet: Worksheet, errors: ErrorCollector, rows: RowBudget): { table: Table; cells: TableRow[] } | null {
  const cells: TableRow[] = [];
  const table: Table = { file, headerLine: 0, columns: [], rows: rowsFrom(cells), decimalComma: false, complete: true };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rows.exceeded) return;
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
    if (rows.take(file, rowNumber)) cells.push({ line: rowNumber, cells: Array.from({ length: width }, (_, i) => texts[i] ?? '') });
    else table.complete = false;
  });
  if (table.headerLine === 0) {
    errors.add({ file, row: 1, message: 'the sheet is empty: a header row is required' });
    return null;
  }
  return { table, cells };
}

/** The sheet's cells as one canonical text, so a sheet's checksum does not change with workbook packaging. */
function canonicalSheetText(table: Table, rows: TableRow[]): Uint8Array {
  const lines = [table.columns.map((column) => column.label), ...rows.map((row) => row.cells)];
  return new TextEncoder().encode(lines.map((cells) => JSON.stringify(cells)).join('\n'));
}

/**
 * What an .xlsx may unpack to, checked in its XML parts as they inflate, before ExcelJS builds an object for every
 * shared string and cell: the shared strings (count and bytes), and the rows and cells of all sheets.
 */
function xlsxUnzipLimits(limits: BundleLimits): UnzipLimits {
  const sheets = { rows: 0, cells: 0 };
  const watch = (path: string): MemberWatcher | undefined => {
    if (/^xl\/sharedStrings\.xml$/i.test(path)) {
      const counter = new XmlTagCounter(['<si>', '<si ']);
      let bytes = 0;
      return (chunk) => {
        bytes += chunk.length;
        counter.push(chunk);
        const strings = counter.counts[0] + counter.counts[1];
        if (bytes > limits.maxSharedStringBytes) return { message: `its shared strings take more than ${limits.maxSharedStringBytes} bytes` };
        if (strings > limits.maxSharedStrings) return { message: `it holds more than ${limits.maxSharedStrings} distinct texts (shared strings)` };
        return null;
      };
    }
    if (/^xl\/worksheets\/[^/]+\.xml$/i.test(path)) {
      const counter = new XmlTagCounter(['<row ', '<row>', '<c ', '<c>']);
      let [rowsBefore, cellsBefore] = [sheets.rows, sheets.cells];
      return (chunk, final) => {
        counter.push(chunk);
        const [rows, cells] = [counter.counts[0] + counter.counts[1], counter.counts[2] + counter.counts[3]];
        // One row per sheet is its header.
        if (rowsBefore + Math.max(0, rows - 1) > limits.rows.max) return { row: rows, message: tooManyRowsMessage(limits.rows.max) };
        if (cellsBefore + cells > limits.maxCells) return { message: `its sheets hold more than ${limits.maxCells} cells` };
        if (final) {
          [sheets.rows, sheets.cells] = [rowsBefore + Math.max(0, rows - 1), cellsBefore + cells];
          [rowsBefore, cellsBefore] = [sheets.rows, sheets.cells];
        }
        return null;
      };
    }
    return undefined;
  };
  return { maxBytes: limits.maxBytes, maxEntryBytes: limits.maxEntryBytes, watch };
}

/** An .xlsx workbook whose sheets are named like the bundle files (`courses`, `measurements`, …). */
export async function loadXlsx(book: string, data: Uint8Array, limits: BundleLimits, errors: ErrorCollector): Promise<LoadedTables> {
  // An .xlsx is a zip: check what it unpacks to before exceljs inflates it all in memory.
  const unpacked = unzipCapped(data, xlsxUnzipLimits(limits));
  if (!unpacked.ok) {
    errors.add({ file: book, message: unpacked.limit ? `refused: ${unpacked.message}` : `not a readable .xlsx workbook (${unpacked.message})` });
    if (unpacked.row !== undefined) limits.rows.exceeded = true;
    return emptyLoadedTables();
  }
  const workbook = new Workbook();
  try {
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
      const sheetRead = sheetTable(file, sheet, errors, limits.rows);
      const text = sheetRead ? canonicalSheetText(sheetRead.table, sheetRead.cells) : new Uint8Array();
      loaded.files.push({ ...fileInfo(sheetFileName(book, sheet.name), text), rows: sheetRead?.cells.length ?? 0 });
      if (sheetRead) loaded.readers[kind] = readerOf(sheetRead.table);
    }
  }
  return loaded;
}
