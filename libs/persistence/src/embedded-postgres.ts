import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fork } from 'node:child_process';
import type { ProcessReply, ProcessRequest } from './embedded/pglite-process';
import { servePglite, type ServePgliteOptions, type ServedPglite } from './embedded/serve-pglite';

/** A running embedded PostgreSQL (PGlite behind a wire-protocol socket, so `pg` and TypeORM talk to it as to any server). */
export interface EmbeddedPostgres {
  url: string;
  dataDir: string;
  /**
   * Whether PGlite runs in a child process of its own (the built server and CLI) or in this thread (under Jest: no
   * compiled child script).
   */
  thread: 'process' | 'main';
  /** The process that holds PGlite (this one when `thread` is 'main'). */
  pid: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  port?: number;
  /** How long a connection may hold the session idle while others wait before it is ended (see SessionQueue). */
  idleHoldMs?: number;
}

interface ServerLock {
  pid: number;
  port: number;
  /** The password the server asks every connection for; the lock file is readable by its OS user only. */
  password: string;
}

const urlOf = (port: number, password: string) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;

const LOCK_FILE = 'cti-embedded.lock.json';
// The pool of every process attached to the embedded server must fit under this.
export const EMBEDDED_MAX_CONNECTIONS = 16;
// The default (CTI_EMBEDDED_IDLE_HOLD_MS, passed by the caller; the test set-up starts servers before any configuration).
// Long enough for a transaction's own work between statements (a report converting rows, an import diffing them),
// short enough that a connection waiting for another one (a deadlock in the application) ends rather than freezing all.
export const EMBEDDED_IDLE_HOLD_MS = 15_000;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * The URL of an embedded server another process (e.g. `npm start`) already runs on this data dir, if any.
 * PGlite is single-process: two processes opening one data dir would corrupt it, so the second one connects to the first.
 */
export function runningEmbeddedServer(dataDir: string): string | null {
  try {
    const lock = JSON.parse(readFileSync(join(resolve(dataDir), LOCK_FILE), 'utf8')) as ServerLock;
    return lock.pid !== process.pid && processAlive(lock.pid) ? urlOf(lock.port, lock.password) : null;
  } catch {
    return null;
  }
}

// Compiled next to this file in dist/; absent when running from TypeScript sources (Jest), which serve in-thread.
const PROCESS_FILE = join(__dirname, 'embedded', 'pglite-process.js');

function serveInChildProcess(options: ServePgliteOptions): Promise<ServedPglite & { pid: number }> {
  // its own process: PGlite's memory is not the server's, and a stall in it stops no request but the database's own
  const child = fork(PROCESS_FILE, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' });
  const send = (message: ProcessRequest) => child.send(message);
  return new Promise((resolveServed, reject) => {
    const onExit = (code: number | null) => reject(new Error(`embedded database did not start: its process ended (${code})`));
    const onStartup = (reply: ProcessReply) => {
      if (reply.kind === 'ready') {
        child.off('message', onStartup);
        child.off('exit', onExit);
        resolveServed({
          port: reply.port,
          pid: child.pid!,
          stop: () => new Promise<void>((done) => {
            if (child.exitCode !== null || !child.connected) return done();
            child.once('exit', () => done());
            send({ kind: 'stop' });
          }),
        });
      } else if (reply.kind === 'failed') {
        child.kill();
        reject(new Error(`embedded database did not start: ${reply.message}`));
      }
    };
    child.on('message', onStartup);
    child.once('exit', onExit);
    child.once('error', reject);
    send({ kind: 'start', options });
  });
}

/** Starts PGlite on `dataDir` (created when missing; `memory://` for a throw-away database) and serves it on a free loopback port. */
export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  const dir = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) mkdirSync(dir, { recursive: true });
  // A new password each start: only this process, and processes of its OS user reading the lock file, can connect.
  const password = randomBytes(24).toString('base64url');
  const serveOptions: ServePgliteOptions = {
    password,
    pgdata: inMemory ? undefined : join(dir, 'pgdata'), port: options.port ?? 0, maxConnections: EMBEDDED_MAX_CONNECTIONS, idleHoldMs: options.idleHoldMs ?? EMBEDDED_IDLE_HOLD_MS,
  };
  const thread = existsSync(PROCESS_FILE) ? 'process' : 'main';
  const served = thread === 'process' ? await serveInChildProcess(serveOptions) : { ...(await servePglite(serveOptions)), pid: process.pid };
  const actualPort = served.port;
  const lockPath = inMemory ? null : join(dir, LOCK_FILE);
  if (lockPath) {
    writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port: actualPort, password } satisfies ServerLock), { mode: 0o600 });
    chmodSync(lockPath, 0o600);
  }
  return {
    url: urlOf(actualPort, password),
    dataDir: dir,
    thread,
    pid: served.pid,
    async stop() {
      await served.stop();
      if (lockPath) rmSync(lockPath, { force: true });
    },
  };
}
