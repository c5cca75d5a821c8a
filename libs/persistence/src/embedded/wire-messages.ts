// The few PostgreSQL wire-protocol messages the embedded server writes or recognises itself
// (https://www.postgresql.org/docs/current/protocol-message-formats.html).

const READY_FOR_QUERY_LENGTH = 6; // 'Z', int32 length 5, status byte

/** Remembers the last bytes the backend sent for one message, to tell whether it ended with ReadyForQuery(idle). */
export class ReadyForQueryTail {
  private tail = Buffer.alloc(0);

  push(chunk: Uint8Array): void {
    this.tail = Buffer.concat([this.tail, Buffer.from(chunk)]).subarray(-READY_FOR_QUERY_LENGTH);
  }

  /** True when the answer ended with ReadyForQuery 'I': no transaction block and no unfinished extended-query exchange. */
  sessionIdle(): boolean {
    const t = this.tail;
    return t.length === READY_FOR_QUERY_LENGTH && t[0] === 0x5a && t.readInt32BE(1) === 5 && t[5] === 0x49;
  }
}

/** An ErrorResponse with severity FATAL: the client learns why its connection ends. */
export function fatalError(sqlState: string, message: string): Buffer {
  const field = (code: string, value: string) => Buffer.concat([Buffer.from(code), Buffer.from(value, 'utf8'), Buffer.from([0])]);
  const body = Buffer.concat([field('S', 'FATAL'), field('V', 'FATAL'), field('C', sqlState), field('M', message), Buffer.from([0])]);
  const header = Buffer.alloc(5);
  header.write('E', 0);
  header.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([header, body]);
}
