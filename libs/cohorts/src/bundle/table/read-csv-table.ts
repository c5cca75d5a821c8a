import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { ErrorCollector } from '../error-collector';
import { csvRecordsWithin } from '../limits/csv-record-counter';
import type { RowBudget } from '../limits/row-budget';
import { detectDelimiter } from './csv-dialect';
import { decodeCsvText } from './decode-text';
import { headerKey, type Table } from './table';

// csv-parse's own messages can quote cell text (which may be personal data), so each code gets our wording.
const PARSE_MESSAGES: Record<string, string> = {
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed (a " is missing)',
  INVALID_OPENING_QUOTE: 'a " appears inside a field that does not start with one; quote the whole field and double the inner "',
  CSV_INVALID_CLOSING_QUOTE: 'text follows the closing " of a quoted field',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'the row has a different number of fields than the header',
};

const isBlank = (cells: string[]) => cells.every((cell) => cell === '');

// The text goes to the parser in slices, so it never holds more than a slice's records at once and can stop early;
// between slices the event loop runs (a stream alone would parse a whole file in one go, holding up every request).
const SLICE_CHARS = 64 * 1024;

async function* slices(text: string): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += SLICE_CHARS) {
    if (i > 0) await new Promise((resolve) => setImmediate(resolve));
    yield text.slice(i, i + SLICE_CHARS);
  }
}

/**
 * Reads one CSV file into a Table with csv-parse's streaming parser. Encoding and syntax problems become
 * located errors; the table then holds the rows read before the problem and is marked incomplete.
 * Returns null when not even a header could be read.
 */
export async function readCsvTable(file: string, data: Uint8Array, errors: ErrorCollector, rows: RowBudget): Promise<Table | null> {
  // Millions of rows are refused by counting, before a row is parsed.
  const count = csvRecordsWithin(data, rows.remaining());
  if (!count.within) {
    rows.refuse(file, count.line);
    return null;
  }
  const decoded = decodeCsvText(file, data);
  if (!decoded.ok) {
    errors.add(decoded.error);
    return null;
  }
  const delimiter = detectDelimiter(decoded.text);
  const table: Table = { file, headerLine: 0, columns: [], rows: [], decimalComma: delimiter === ';', complete: true };
  let previousEndLine = 0;
  const addRecord = (record: string[], endLine: number) => {
    const line = previousEndLine + 1;
    previousEndLine = endLine;
    const cells = record.map((cell) => cell.trim());
    if (isBlank(cells)) return;
    if (table.headerLine === 0) {
      table.headerLine = line;
      table.columns = cells.map((name) => ({ key: headerKey(name), label: name }));
    } else if (cells.length !== table.columns.length) {
      errors.add({ file, row: line, message: `the row has ${cells.length} fields but the header has ${table.columns.length}` });
      table.complete = false;
    } else if (rows.take(file, line)) {
      table.rows.push({ line, cells });
    } else {
      table.complete = false;
      parser.destroy();
    }
  };
  // 'data' events arrive as each record is parsed, so on a syntax error every record before it has been seen
  // and the broken record starts on the line after the last one.
  const parser = parse({ delimiter, info: true, relax_column_count: true, skip_empty_lines: false });
  const syntaxError = await new Promise<CsvError | null>((resolve) => {
    Readable.from(slices(decoded.text))
      .pipe(parser)
      .on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => addRecord(record, info.lines))
      .on('error', (e: CsvError) => resolve(e))
      .on('close', () => resolve(null))
      .on('end', () => resolve(null));
  });
  if (syntaxError) {
    const reason = PARSE_MESSAGES[syntaxError.code] ?? `the parser stopped (${syntaxError.code ?? 'unknown error'})`;
    errors.add({ file, row: previousEndLine + 1, message: `malformed CSV: ${reason}` });
    table.complete = false;
  }
  if (table.headerLine === 0) {
    if (table.complete) errors.add({ file, row: 1, message: 'the file is empty: a header row is required' });
    return null;
  }
  return table;
}
