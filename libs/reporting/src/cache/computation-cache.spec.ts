import { ComputationCache, stableKey, type CacheKey } from './computation-cache';

const key = (options: unknown = {}, dataVersion = 1, evaluation = 'e'): CacheKey => ({ kind: 'report', evaluation, dataVersion, options });

/** A computation the test finishes by hand, recording the signal it was given. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const calls: AbortSignal[] = [];
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  const compute = (signal: AbortSignal) => {
    calls.push(signal);
    return promise;
  };
  return { compute, resolve, reject, calls };
}

describe('ComputationCache', () => {
  it('computes once for concurrent callers of one key, then serves from memory', async () => {
    const cache = new ComputationCache(1000);
    const work = deferred<string>();
    const a = cache.getOrCompute(key({ seed: 1 }), work.compute, () => 10);
    const b = cache.getOrCompute(key({ seed: 1 }), work.compute, () => 10);
    await Promise.resolve();
    expect(cache.stats().computing).toBe(1);
    work.resolve('report');
    expect(await Promise.all([a, b])).toEqual(['report', 'report']);
    expect(await cache.getOrCompute(key({ seed: 1 }), () => Promise.resolve('again'), () => 10)).toBe('report');
    expect(work.calls).toHaveLength(1);
    expect(cache.stats()).toMatchObject({ entries: 1, bytes: 10, computing: 0 });
  });

  it('treats options that mean the same as one key, whatever their member order or undefined members', () => {
    expect(stableKey(key({ a: 1, b: { c: 2, d: undefined } }))).toBe(stableKey(key({ b: { c: 2 }, a: 1 })));
    expect(stableKey(key({ a: 1 }))).not.toBe(stableKey(key({ a: 2 })));
    expect(stableKey(key({}, 1))).not.toBe(stableKey(key({}, 2)));
  });

  it('evicts the least recently used values beyond its size bound, and never stores one larger than the bound', async () => {
    const cache = new ComputationCache(25);
    for (const n of [1, 2]) await cache.getOrCompute(key({ n }), async () => n, () => 10);
    await cache.getOrCompute(key({ n: 1 }), async () => -1, () => 10); // touch 1: now 2 is the oldest
    await cache.getOrCompute(key({ n: 3 }), async () => 3, () => 10);
    expect([1, 2, 3].map((n) => cache.has(key({ n })))).toEqual([true, false, true]);
    expect(cache.stats().bytes).toBe(20);
    await cache.getOrCompute(key({ n: 4 }), async () => 4, () => 26);
    expect(cache.has(key({ n: 4 }))).toBe(false);
    expect(cache.stats().entries).toBe(2);
  });

  it('drops the values of older data versions once a newer one is seen, and does not store an older one again', async () => {
    const cache = new ComputationCache(1000);
    await cache.getOrCompute(key({}, 1), async () => 'v1', () => 1);
    await cache.getOrCompute(key({}, 1, 'other'), async () => 'o1', () => 1);
    await cache.getOrCompute(key({ x: 1 }, 2), async () => 'v2', () => 1);
    expect(cache.has(key({}, 1))).toBe(false);
    expect(cache.has(key({}, 1, 'other'))).toBe(true);
    expect(await cache.getOrCompute(key({}, 1), async () => 'late v1', () => 1)).toBe('late v1');
    expect(cache.has(key({}, 1))).toBe(false);
  });

  it('does not keep a failed computation', async () => {
    const cache = new ComputationCache(1000);
    await expect(cache.getOrCompute(key(), async () => Promise.reject(new Error('boom')), () => 1)).rejects.toThrow('boom');
    expect(await cache.getOrCompute(key(), async () => 'ok', () => 1)).toBe('ok');
  });

  it('aborts a computation when every waiting caller has gone, but not while one still waits', async () => {
    const cache = new ComputationCache(1000);
    const work = deferred<string>();
    const first = new AbortController();
    const second = new AbortController();
    const a = cache.getOrCompute(key(), work.compute, () => 1, first.signal);
    const b = cache.getOrCompute(key(), work.compute, () => 1, second.signal);
    await Promise.resolve();
    first.abort(new Error('first client gone'));
    await expect(a).rejects.toThrow('first client gone');
    expect(work.calls[0].aborted).toBe(false);
    second.abort(new Error('second client gone'));
    await expect(b).rejects.toThrow('second client gone');
    expect(work.calls[0].aborted).toBe(true);
    expect(cache.isComputing(key())).toBe(false);
    work.resolve('finished anyway');
    await new Promise((resolve) => setImmediate(resolve));
    expect(cache.has(key())).toBe(false);
  });

  it('never aborts for a caller without a signal', async () => {
    const cache = new ComputationCache(1000);
    const work = deferred<string>();
    const client = new AbortController();
    const a = cache.getOrCompute(key(), work.compute, () => 1, client.signal);
    const cli = cache.getOrCompute(key(), work.compute, () => 1);
    await Promise.resolve();
    client.abort(new Error('gone'));
    await expect(a).rejects.toThrow('gone');
    expect(work.calls[0].aborted).toBe(false);
    work.resolve('done');
    expect(await cli).toBe('done');
    expect(cache.has(key())).toBe(true);
  });

  it('aborts everything running at shutdown', async () => {
    const cache = new ComputationCache(1000);
    const work = deferred<string>();
    const running = cache.getOrCompute(key(), (signal) => {
      void work.compute(signal);
      return new Promise<string>((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    }, () => 1);
    await Promise.resolve();
    cache.abortAll(new Error('shutting down'));
    await expect(running).rejects.toThrow('shutting down');
    expect(cache.stats().computing).toBe(0);
  });
});
