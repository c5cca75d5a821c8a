const QUOTE = 0x22;
const LF = 0x0a;

/**
 * Counts CSV records in bytes as they stream past, without parsing cells: a line feed outside double quotes ends a
 * record (a doubled "" inside a quoted field toggles twice, so it changes nothing). Cheap enough to run while a zip
 * inflates, so a file with millions of rows is refused before it is held whole, let alone parsed.
 */
export class CsvRecordCounter {
  records = 0;
  /** Physical lines seen so far (line feeds + 1). */
  line = 1;
  /** The line where the first record past `maxRecords` starts, once one has been seen whole. */
  passedAtLine: number | null = null;
  private inQuotes = false;
  private lineAfterLast = 1;

  /** `maxRecords` counts the header too. */
  constructor(private readonly maxRecords: number) {}

  push(chunk: Uint8Array): void {
    let quoted = this.inQuotes;
    let records = this.records;
    let line = this.line;
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i];
      if (byte === QUOTE) quoted = !quoted;
      else if (byte === LF) {
        line++;
        if (!quoted) {
          records++;
          if (records === this.maxRecords) this.lineAfterLast = line;
          else if (records === this.maxRecords + 1) this.passedAtLine = this.lineAfterLast;
        }
      }
    }
    this.inQuotes = quoted;
    this.records = records;
    this.line = line;
  }
}

const CR = 0x0d;

/**
 * Whether a CSV file holds at most `max` data records (after its header), without parsing it; if so, how many at most,
 * if not, the line where the first record past the limit starts. A line feed, or a carriage return not followed by
 * one (old Mac files), outside quotes ends a record; blank lines count too: an upper bound, the parser counts exactly.
 */
export function csvRecordsWithin(data: Uint8Array, max: number): { within: true; records: number } | { within: false; line: number } {
  let quoted = false;
  let records = 0;
  let line = 1;
  for (let i = 0; i < data.length; i++) {
    const byte = data[i];
    if (byte === QUOTE) quoted = !quoted;
    else if (byte === LF || (byte === CR && data[i + 1] !== LF)) {
      line++;
      // Record `records` (0 = the header) ended here; a further record starting after it would be data record `records`.
      if (!quoted && ++records > max && i + 1 < data.length) return { within: false, line };
    }
  }
  // the last record need not end in a line break
  const last = data.length > 0 && data[data.length - 1] !== LF && data[data.length - 1] !== CR ? 1 : 0;
  return { within: true, records: Math.max(0, records + last - 1) };
}
