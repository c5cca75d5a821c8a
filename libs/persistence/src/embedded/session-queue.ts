import { ReadyForQueryTail } from './wire-messages';

/** What the queue needs of PGlite (a single PostgreSQL session). */
export interface EmbeddedSession {
  runExclusive<T>(fn: () => Promise<T>): Promise<T>;
  execProtocolRawStream(message: Uint8Array, options: { onRawData: (data: Uint8Array) => void }): Promise<void>;
  exec(sql: string): Promise<unknown>;
}

interface Job {
  handlerId: number;
  run(): Promise<void>;
  /** Its connection went before it ran. */
  drop(): void;
  release?: true;
}

export interface SessionQueueOptions {
  /**
   * How long one connection may hold the session without sending anything (an open transaction, or an unfinished
   * extended-query exchange) while others wait. Then it is ended, as PostgreSQL's idle_in_transaction_session_timeout
   * does: on one shared session an idle holder stops every other connection, and one that waits for another
   * connection (a pooled write inside a transaction) would wait for ever.
   */
  idleHoldMs: number;
  /** Ends a client connection (tell it why, close the socket). */
  terminate(handlerId: number, reason: string): void;
  /**
   * After a transaction that others waited for, how long the session stays with the others between their statements
   * before the same connection may begin its next one (default YIELD_MS). A request makes several round trips (token,
   * scope, its own transaction); without this, a connection that runs transaction after transaction (an import's
   * chunks) would get in before each of them.
   */
  yieldMs?: number;
}

export const YIELD_MS = 25;
// The others' window ends at the latest this long after the transaction they waited for: a steady stream of requests
// must not starve the connection that yields.
const MAX_YIELD_MS = 1_000;

export interface SessionState {
  /** The connection holding the session (transaction open or exchange unfinished), if any. */
  holder: number | null;
  /** Messages waiting for the session. */
  waiting: number;
}

/**
 * Serialises the wire-protocol messages of every client connection onto PGlite's one session. A connection that
 * starts a transaction or an extended-query exchange (Parse … Sync) holds the session until the backend reports it
 * idle again (ReadyForQuery 'I'), so no other connection's statement runs inside its transaction or between its Parse
 * and its Sync. Takes the place of pglite-socket's own queue (the handler's `queryQueue`), which let other clients in
 * between Parse and Sync, stalled for ever after one failed message, and had no way out of a holder that waits.
 */
export class SessionQueue {
  private jobs: Job[] = [];
  private holder: number | null = null;
  private running = false;
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly releasing = new Set<number>();
  /** Some other connection's message waited while the current holder held the session. */
  private othersWaited = false;
  /** The connection that yields the session, until when, and the latest its window may be extended to. */
  private yielding: { handlerId: number; until: number; latest: number } | null = null;
  private yieldTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly db: EmbeddedSession,
    private readonly options: SessionQueueOptions,
  ) {}

  state(): SessionState {
    return { holder: this.holder, waiting: this.jobs.length };
  }

  /** Called by the socket handler for each complete message of a connection; resolves with the bytes answered. */
  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.jobs.push({
        handlerId,
        run: async () => {
          const tail = new ReadyForQueryTail();
          let bytes = 0;
          try {
            await this.db.runExclusive(() => this.db.execProtocolRawStream(message, { onRawData: (data) => {
              bytes += data.length;
              tail.push(data);
              onData(data);
            } }));
          } catch (e) {
            // The handler closes the connection on a rejection, and its release rolls back what it held.
            this.setHolder(handlerId);
            reject(e as Error);
            return;
          }
          this.setHolder(tail.sessionIdle() ? null : handlerId);
          this.extendYield(handlerId);
          resolve(bytes);
        },
        drop: () => reject(new Error('Handler disconnected')),
      });
      if (handlerId === this.holder) this.stopIdleTimer();
      else if (this.holder !== null) this.othersWaited = true;
      void this.pump();
    });
  }

  /** The handler's pending messages are dropped when its connection goes. */
  clearQueueForHandler(handlerId: number): void {
    const gone = this.jobs.filter((j) => j.handlerId === handlerId && !j.release);
    this.jobs = this.jobs.filter((j) => !gone.includes(j));
    for (const job of gone) job.drop();
  }

  /** A connection that goes while holding the session leaves it as PostgreSQL would: rolled back. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    await this.release(handlerId);
  }

  getQueueLength(): number {
    return this.jobs.length;
  }

  private release(handlerId: number): Promise<void> {
    if (this.holder !== handlerId || this.releasing.has(handlerId)) return Promise.resolve();
    this.releasing.add(handlerId);
    this.stopIdleTimer();
    return new Promise((resolve) => {
      // First in line: the session is this connection's until the rollback is done.
      this.jobs.unshift({
        handlerId,
        run: async () => {
          // A simple-query ROLLBACK ends a transaction block and an unfinished implicit one alike (PostgreSQL only warns
          // when there is none).
          await this.db.exec('ROLLBACK').catch(() => undefined);
          this.setHolder(null);
          this.releasing.delete(handlerId);
          resolve();
        },
        drop: () => undefined,
        release: true,
      });
      void this.pump();
    });
  }

  /** The idle clock is per holder: a new holder starts with none. */
  private setHolder(holder: number | null): void {
    if (holder !== this.holder) {
      this.stopIdleTimer();
      const now = Date.now();
      const windowOpen = this.yielding !== null && now < this.yielding.until;
      // (a connection that ran in another's window leaves that window as it is)
      if (this.holder !== null && holder === null && this.othersWaited && !windowOpen) {
        // a transaction others waited for has ended: they go first, statement after statement
        const yieldMs = this.options.yieldMs ?? YIELD_MS;
        this.yielding = { handlerId: this.holder, until: now + yieldMs, latest: now + MAX_YIELD_MS };
      }
      if (holder !== null) this.othersWaited = this.jobs.some((j) => j.handlerId !== holder);
    }
    this.holder = holder;
  }

  /** Another connection's statement ran within the window: its next one gets the same chance. */
  private extendYield(handlerId: number): void {
    const y = this.yielding;
    if (!y || handlerId === y.handlerId) return;
    y.until = Math.min(y.latest, Date.now() + (this.options.yieldMs ?? YIELD_MS));
  }

  private next(): Job | undefined {
    if (this.jobs.length === 0) return undefined;
    if (this.holder !== null) {
      const i = this.jobs.findIndex((j) => j.handlerId === this.holder);
      return i < 0 ? undefined : this.jobs.splice(i, 1)[0];
    }
    const y = this.yielding;
    if (y && Date.now() >= y.until) this.yielding = null;
    if (!this.yielding) return this.jobs.shift();
    const i = this.jobs.findIndex((j) => j.handlerId !== y!.handlerId || j.release);
    if (i >= 0) return this.jobs.splice(i, 1)[0];
    // only the yielding connection waits: it goes on when the window closes
    if (!this.yieldTimer) {
      this.yieldTimer = setTimeout(() => {
        this.yieldTimer = undefined;
        void this.pump();
      }, Math.max(0, y!.until - Date.now()));
      this.yieldTimer.unref();
    }
    return undefined;
  }

  private async pump(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.next(); job; job = this.next()) await job.run();
    } finally {
      this.running = false;
    }
    this.watchIdleHolder();
  }

  private watchIdleHolder(): void {
    if (this.holder === null || this.jobs.length === 0 || this.idleTimer) return;
    const holder = this.holder;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.holder !== holder || this.jobs.length === 0 || this.running) return;
      this.options.terminate(holder, `terminating connection: it held the embedded database's only session idle for more than ${this.options.idleHoldMs} ms while other connections waited (is it waiting for one of them?)`);
      void this.release(holder);
    }, this.options.idleHoldMs);
    this.idleTimer.unref();
  }

  private stopIdleTimer(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
