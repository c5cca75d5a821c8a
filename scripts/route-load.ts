// The bench's load generator for the report route: wrk (Debian's `wrk`, C, a process of its own) when it is on the
// PATH, else autocannon in a worker thread. On 2 cores the generator shares the CPU with the API and PostgreSQL, and
// autocannon spends more CPU per response than the API does (docs/performance.md), so it, not the API, sets its figure.
import { spawn, spawnSync } from 'node:child_process';
import autocannon from 'autocannon';

export interface RouteLoad {
  connections: number;
  seconds: number;
  url: string;
  headers: Record<string, string>;
}

export interface LoadResult {
  generator: 'wrk' | 'autocannon';
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** CPU of this process (the API) per answered request; autocannon's worker thread is counted in it */
  serverCpuMsPerRequest: number;
}

export async function loadRoute(load: RouteLoad): Promise<LoadResult> {
  const cpu = process.cpuUsage();
  const result = hasWrk() ? await withWrk(load) : await withAutocannon(load);
  const used = process.cpuUsage(cpu);
  const answered = result.requestsPerSecond * load.seconds;
  return { ...result, serverCpuMsPerRequest: (used.user + used.system) / 1000 / Math.max(1, answered) };
}

const hasWrk = () => spawnSync('wrk', ['--version']).error === undefined;

async function withAutocannon(load: RouteLoad): Promise<Omit<LoadResult, 'serverCpuMsPerRequest'>> {
  const r = await autocannon({ url: load.url, connections: load.connections, duration: load.seconds, timeout: 10, workers: 1, headers: load.headers });
  return { generator: 'autocannon', requestsPerSecond: r['2xx'] / load.seconds, p50Ms: r.latency.p50, p99Ms: r.latency.p99, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts };
}

async function withWrk(load: RouteLoad): Promise<Omit<LoadResult, 'serverCpuMsPerRequest'>> {
  const headers = Object.entries(load.headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]);
  // one thread: wrk's event loop keeps 50 connections busy on a fraction of a core
  const args = ['-t1', `-c${load.connections}`, `-d${load.seconds}s`, '--timeout', '10s', '--latency', ...headers, load.url];
  const out = await new Promise<string>((resolve, reject) => {
    const proc = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    proc.stdout.on('data', (d: Buffer) => (text += d.toString()));
    proc.stderr.on('data', (d: Buffer) => (text += d.toString()));
    proc.on('error', reject);
    proc.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}: ${text.trim()}`))));
  });
  return parseWrk(out, load.seconds);
}

/** wrk's `--latency` report: percentiles in us/ms/s, requests, non-2xx and socket errors. */
function parseWrk(out: string, seconds: number): Omit<LoadResult, 'serverCpuMsPerRequest'> {
  const percentile = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+([\\d.]+)(us|ms|s)\\s*$`, 'm').exec(out);
    if (!m) throw new Error(`wrk printed no ${p}th percentile:\n${out}`);
    return Number(m[1]) * { us: 1e-3, ms: 1, s: 1000 }[m[2] as 'us' | 'ms' | 's'];
  };
  const total = Number(/^\s*(\d+) requests in/m.exec(out)?.[1] ?? NaN);
  const non2xx = Number(/Non-2xx or 3xx responses:\s*(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const [connect, read, write, timeouts] = socket ? socket.slice(1).map(Number) : [0, 0, 0, 0];
  return { generator: 'wrk', requestsPerSecond: (total - non2xx) / seconds, p50Ms: percentile('50'), p99Ms: percentile('99'), non2xx, errors: connect + read + write, timeouts };
}
