import type { CsvError, Parser } from 'csv-parse';

/** One record as csv-parse gives it: its cells, untrimmed. */
export type ParsedRecord = string[];

// Records parsed but not yet taken: past this many the parser pauses until the reader catches up.
const QUEUE_RECORDS = 1024;

/**
 * The parser's records in order, taken a batch at a time. Not the stream's async iterator: on a syntax error that drops
 * the records parsed before it in the same slice, and their lines are what locates the error.
 */
export class RecordQueue {
  private records: ParsedRecord[] = [];
  private failure: CsvError | null = null;
  private ended = false;
  private wake: (() => void) | null = null;

  constructor(private readonly parser: Parser) {
    const wake = () => {
      this.wake?.();
      this.wake = null;
    };
    parser.on('data', (record: ParsedRecord) => {
      if (this.records.push(record) >= QUEUE_RECORDS) parser.pause();
      wake();
    });
    parser.on('error', (e: CsvError) => {
      this.failure = e;
      wake();
    });
    parser.on('end', () => {
      this.ended = true;
      wake();
    });
  }

  /** The records parsed so far (waiting for some); null at the end; the parser's error once every record before it is taken. */
  async take(): Promise<ParsedRecord[] | null> {
    while (this.records.length === 0) {
      if (this.failure) throw this.failure;
      if (this.ended) return null;
      this.parser.resume();
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    const taken = this.records;
    this.records = [];
    return taken;
  }

  /** Stops parsing (the reader has what it needs). */
  close(): void {
    this.ended = true;
    this.parser.destroy();
  }
}
