/**
 * What a cached computation depends on: one evaluation at one data version, and the options that change its result.
 * `kind` keeps different computations of the same data apart (a report, a disclosure pattern, …).
 */
export interface CacheKey {
  kind: string;
  evaluation: string;
  dataVersion: number;
  /** Already normalised: two requests meaning the same thing must give equal options (see stableKey). */
  options: unknown;
}

export interface CacheStats {
  /** Finished values held. */
  entries: number;
  /** Their approximate size. */
  bytes: number;
  maxBytes: number;
  /** Computations running now. */
  computing: number;
}

interface Running<T> {
  promise: Promise<T>;
  controller: AbortController;
  /** Callers still waiting; a caller without a signal can never leave, so it is counted as Infinity. */
  waiters: number;
}

interface Stored {
  value: unknown;
  bytes: number;
}

/**
 * Values computed once per (kind, evaluation, data version, options), served from memory afterwards.
 * - Single flight: concurrent requests for one key await one computation.
 * - When every waiting caller has given up (its AbortSignal fired), the computation is aborted and forgotten.
 * - Bounded: least recently used values are evicted once their approximate size exceeds maxBytes.
 * - Seeing a newer data version of an evaluation drops everything of its older versions.
 */
export class ComputationCache {
  private readonly stored = new Map<string, Stored>(); // in least-recently-used-first order
  private readonly running = new Map<string, Running<unknown>>();
  private readonly latestVersion = new Map<string, number>();
  private bytes = 0;

  constructor(readonly maxBytes: number) {}

  /**
   * The value for the key: from memory, from a computation already running, or computed now.
   * `compute` gets a signal that fires when nobody waits any more (or at shutdown) and should stop at it.
   * `waiter` is this caller's own signal (e.g. its HTTP client went away): it stops waiting, with the signal's reason.
   */
  getOrCompute<T>(key: CacheKey, compute: (signal: AbortSignal) => Promise<T>, sizeOf: (value: T) => number, waiter?: AbortSignal): Promise<T> {
    if (waiter?.aborted) return Promise.reject(waiter.reason);
    const id = stableKey(key);
    const hit = this.stored.get(id);
    if (hit) {
      this.stored.delete(id); // re-insert: now the most recently used
      this.stored.set(id, hit);
      return Promise.resolve(hit.value as T);
    }
    const storable = this.noteVersion(key);
    let run = this.running.get(id) as Running<T> | undefined;
    if (!run) {
      const controller = new AbortController();
      const promise = (async () => compute(controller.signal))().then((value) => {
        if (this.running.get(id) === run && storable && this.isCurrent(key)) this.store(id, value, sizeOf(value));
        return value;
      });
      run = { promise, controller, waiters: 0 };
      const started = run;
      void promise.then(
        () => this.forgetRun(id, started),
        () => this.forgetRun(id, started),
      );
      this.running.set(id, run);
    }
    return this.await(id, run, waiter);
  }

  /** Whether a finished value for the key is held (no effect on its recency). */
  has(key: CacheKey): boolean {
    return this.stored.has(stableKey(key));
  }

  /** Whether a computation for the key is running. */
  isComputing(key: CacheKey): boolean {
    return this.running.has(stableKey(key));
  }

  stats(): CacheStats {
    return { entries: this.stored.size, bytes: this.bytes, maxBytes: this.maxBytes, computing: this.running.size };
  }

  /** Aborts every running computation (shutdown): their callers get the reason. */
  abortAll(reason: unknown = new Error('shutting down')): void {
    for (const [id, run] of this.running) {
      this.running.delete(id);
      run.controller.abort(reason);
    }
  }

  /** Drops every value and computation of an evaluation older than dataVersion. */
  dropOlderThan(evaluation: string, dataVersion: number): void {
    for (const id of [...this.stored.keys()]) {
      const version = versionIn(id, evaluation);
      if (version !== null && version < dataVersion) this.evict(id);
    }
    // Running computations of older versions finish for their callers but are not stored (isCurrent).
  }

  private await<T>(id: string, run: Running<T>, waiter?: AbortSignal): Promise<T> {
    if (!waiter) {
      run.waiters = Infinity;
      return run.promise;
    }
    run.waiters++;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        reject(waiter.reason);
        run.waiters--;
        if (run.waiters === 0 && this.running.get(id) === run) {
          this.running.delete(id);
          run.controller.abort(waiter.reason);
        }
      };
      waiter.addEventListener('abort', leave, { once: true });
      run.promise.then(
        (value) => {
          waiter.removeEventListener('abort', leave);
          resolve(value);
        },
        (error: unknown) => {
          waiter.removeEventListener('abort', leave);
          reject(error);
        },
      );
    });
  }

  /** Records the data version seen; false when the key is of an older version than one already seen. */
  private noteVersion(key: CacheKey): boolean {
    const latest = this.latestVersion.get(key.evaluation);
    if (latest !== undefined && key.dataVersion < latest) return false;
    if (latest === undefined || key.dataVersion > latest) {
      this.latestVersion.set(key.evaluation, key.dataVersion);
      if (latest !== undefined) this.dropOlderThan(key.evaluation, key.dataVersion);
    }
    return true;
  }

  private isCurrent(key: CacheKey): boolean {
    return this.latestVersion.get(key.evaluation) === key.dataVersion;
  }

  private store(id: string, value: unknown, bytes: number): void {
    if (bytes > this.maxBytes) return; // would evict everything else and still not fit
    this.stored.set(id, { value, bytes });
    this.bytes += bytes;
    for (const oldest of this.stored.keys()) {
      if (this.bytes <= this.maxBytes) break;
      this.evict(oldest);
    }
  }

  private evict(id: string): void {
    const entry = this.stored.get(id);
    if (!entry) return;
    this.stored.delete(id);
    this.bytes -= entry.bytes;
  }

  private forgetRun(id: string, run: Running<unknown>): void {
    if (this.running.get(id) === run) this.running.delete(id);
  }
}

/** The key as one string: object keys sorted, undefined members left out, so equal options give equal keys. */
export function stableKey(key: CacheKey): string {
  return `${key.kind}\u0000${key.evaluation}\u0000${key.dataVersion}\u0000${stableJson(key.options)}`;
}

function versionIn(id: string, evaluation: string): number | null {
  const [, slug, version] = id.split('\u0000');
  return slug === evaluation ? Number(version) : null;
}

function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
}

/** An approximate in-memory size: the JSON text in UTF-16 (a lower bound of what the objects take). */
export function approximateBytes(value: unknown): number {
  return 2 * (JSON.stringify(value)?.length ?? 0);
}
