import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { ErrorCollector } from '../error-collector';
import type { RowBudget } from '../limits/row-budget';
import { detectDelimiter } from './csv-dialect';
import { checkCsvText } from './check-text';
import { RecordQueue, type ParsedRecord } from './record-queue';
import { headerKey, type Table, type TableRow } from './table';

// csv-parse's own messages can quote cell text (which may be personal data), so each code gets our wording.
const PARSE_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a " is missing)',
  INVALID_OPENING_QUOTE: 'a " appears inside a field that does not start with one; quote the whole field and double the inner "',
  CSV_INVALID_CLOSING_QUOTE: 'text follows the closing " of a quoted field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of fields than the header',
};

const isBlank = (cells: string[]) => cells.every((cell) => cell === '');

// The bytes go to the parser in slices, so it never holds more than a slice's records at once and can stop early;
// between slices the event loop runs (a stream alone would parse a whole file in one go, holding up every request).
// A slice ends after a line feed where there is one, so no UTF-8 character is cut in two.
const SLICE_BYTES = 64 * 1024;
const LF = 0x0a;

async function* slices(data: Buffer): AsyncGenerator<Buffer> {
  for (let i = 0; i < data.length;) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    const lastLineFeed = data.lastIndexOf(LF, i + SLICE_BYTES - 1);
    const end = i + SLICE_BYTES >= data.length ? data.length : lastLineFeed >= i ? lastLineFeed + 1 : i + SLICE_BYTES;
    yield data.subarray(i, end);
    i = end;
  }
}

/**
 * The line breaks inside a record's quoted cells (LF, CRLF or a lone CR), so its last line is known without csv-parse's
 * `info` (which builds an object per record: a sixth of the parse).
 */
function breaksInside(record: string[]): number {
  let breaks = 0;
  for (const cell of record) {
    if (cell.length === 0 || (!cell.includes('\n') && !cell.includes('\r'))) continue;
    for (let i = 0; i < cell.length; i++) {
      const c = cell.charCodeAt(i);
      if (c === 0x0a || (c === 0x0d && cell.charCodeAt(i + 1) !== 0x0a)) breaks++;
    }
  }
  return breaks;
}

/**
 * Opens one CSV file as a Table with csv-parse's streaming parser: the header is read now, the data rows (in batches
 * as they are parsed) as the table's `rows` are iterated, so a file is never held as cells. Encoding and syntax problems become located errors;
 * the rows then stop before the problem and the table is marked incomplete. Null when not even a header could be read.
 * `onRow` counts each data row handed out; `rows` (the row limit) was checked on the file's bytes before (csv-files.ts),
 * the exact count here is a safety net.
 */
export async function readCsvTable(
  file: string, data: Uint8Array, errors: ErrorCollector, rows: RowBudget, onRow: () => void = () => undefined,
): Promise<Table | null> {
  const checked = checkCsvText(file, data);
  if (!checked.ok) {
    errors.add(checked.error);
    return null;
  }
  const text = Buffer.from(data.buffer, data.byteOffset + checked.start, data.byteLength - checked.start);
  const delimiter = detectDelimiter(text.subarray(0, SLICE_BYTES).toString('utf8'));
  const parser = parse({ delimiter, relax_column_count: true, skip_empty_lines: false });
  const records = new RecordQueue(parser);
  Readable.from(slices(text)).pipe(parser);
  let previousEndLine = 0;
  const table: Table = { file, headerLine: 0, columns: [], rows: dataRows(), decimalComma: delimiter === ';', complete: true };
  /** The next records with their first lines, blank ones left out; null at the end or at a syntax error (reported). */
  const nextRecords = async (): Promise<TableRow[] | null> => {
    let batch: ParsedRecord[] | null;
    try {
      batch = await records.take();
    } catch (e) {
      // every record before the error has been taken, so the broken one starts on the line after the last
      const code = (e as CsvError).code;
      errors.add({ file, row: previousEndLine + 1, message: `malformed CSV: ${PARSE_MESSAGES[code] ?? `the parser stopped (${code ?? 'unknown error'})`}` });
      table.complete = false;
      return null;
    }
    if (!batch) return null;
    const out: TableRow[] = [];
    for (const record of batch) {
      const line = previousEndLine + 1;
      previousEndLine = line + breaksInside(record);
      for (let i = 0; i < record.length; i++) record[i] = record[i].trim();
      if (!isBlank(record)) out.push({ line, cells: record });
    }
    return out;
  };
  let pending: TableRow[] = [];
  let header: TableRow | undefined;
  while (!header) {
    const batch = await nextRecords();
    if (!batch) {
      if (table.complete) errors.add({ file, row: 1, message: 'the file is empty: a header row is required' });
      records.close();
      return null;
    }
    [header, ...pending] = batch;
  }
  async function* dataRows(): AsyncGenerator<TableRow[]> {
    try {
      for (let batch: TableRow[] | null = pending; batch; batch = await nextRecords()) {
        const out: TableRow[] = [];
        for (const row of batch) {
          if (row.cells.length !== table.columns.length) {
            errors.add({ file, row: row.line, message: `the row has ${row.cells.length} fields but the header has ${table.columns.length}` });
            table.complete = false;
          } else if (rows.take(file, row.line)) {
            onRow();
            out.push(row);
          } else {
            table.complete = false;
            break;
          }
        }
        if (out.length > 0) yield out;
        if (!table.complete && rows.exceeded) return;
      }
    } finally {
      records.close();
    }
  }
  table.headerLine = header.line;
  table.columns = header.cells.map((name) => ({ key: headerKey(name), label: name }));
  return table;
}
