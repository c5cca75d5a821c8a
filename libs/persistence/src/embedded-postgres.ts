import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { EmbeddedSocketServer, type SocketHandlerClass } from './embedded/socket-server';
import type { SessionState } from './embedded/session-queue';

/** A running embedded PostgreSQL (PGlite behind a wire-protocol socket, so `pg` and TypeORM talk to it as to any server). */
export interface EmbeddedPostgres {
  url: string;
  dataDir: string;
  /** Who holds the one session and how many messages wait for it (for health, without queueing behind them). */
  sessionState(): SessionState;
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
}

const LOCK_FILE = 'cti-embedded.lock.json';
// The pool of every process attached to the embedded server must fit under this.
export const EMBEDDED_MAX_CONNECTIONS = 16;
// Long enough for a transaction's own work between statements (a report converting rows, an import diffing them),
// short enough that a connection waiting for another one (a deadlock in the application) ends rather than freezing all.
export const EMBEDDED_IDLE_HOLD_MS = Number(process.env.CTI_EMBEDDED_IDLE_HOLD_MS ?? 15_000);

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
    return lock.pid !== process.pid && processAlive(lock.pid) ? `postgres://postgres@127.0.0.1:${lock.port}/postgres` : null;
  } catch {
    return null;
  }
}

/** Starts PGlite on `dataDir` (created when missing; `memory://` for a throw-away database) and serves it on a free loopback port. */
export async function startEmbeddedPostgres(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  const dir = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) mkdirSync(dir, { recursive: true });
  // Both packages are ESM-only; a dynamic import keeps them loadable from the CommonJS build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketHandler } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(inMemory ? undefined : join(dir, 'pgdata'));
  const server = new EmbeddedSocketServer(db, PGLiteSocketHandler as unknown as SocketHandlerClass, {
    host: '127.0.0.1', port: options.port ?? 0, maxConnections: EMBEDDED_MAX_CONNECTIONS, idleHoldMs: options.idleHoldMs ?? EMBEDDED_IDLE_HOLD_MS,
  });
  const actualPort = await server.start();
  const lockPath = inMemory ? null : join(dir, LOCK_FILE);
  if (lockPath) writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port: actualPort } satisfies ServerLock));
  return {
    url: `postgres://postgres@127.0.0.1:${actualPort}/postgres`,
    dataDir: dir,
    sessionState: () => server.state(),
    async stop() {
      await server.stop();
      await db.close();
      if (lockPath) rmSync(lockPath, { force: true });
    },
  };
}
