import { Readable } from 'node:stream';
import { parse, type CsvError } from 'csv-parse';
import type { ErrorCollector } from '../error-collector';
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

/**
 * Reads one CSV file into a Table with csv-parse's streaming parser. Encoding and syntax problems become
 * located errors; the table then holds the rows read before the problem and is marked incomplete.
 * Returns null when not even a header could be read.
 */
export async function readCsvTable(file: string, data: Uint8Array, errors: ErrorCollector): Promise<Table | null> {
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
    } else {
      table.rows.push({ line, cells });
    }
  };
  // 'data' events arrive as each record is parsed, so on a syntax error every record before it has been seen
  // and the broken record starts on the line after the last one.
  const syntaxError = await new Promise<CsvError | null>((resolve) => {
    Readable.from([decoded.text])
      .pipe(parse({ delimiter, info: true, relax_column_count: true, skip_empty_lines: false }))
      .on('data', ({ record, info }: { record: string[]; info: { lines: number } }) => addRecord(record, info.lines))
      .on('error', (e: CsvError) => resolve(e))
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
