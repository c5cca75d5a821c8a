import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A running embedded PostgreSQL (PGlite behind a wire-protocol socket, so `pg` and TypeORM talk to it as to any server). */
export interface EmbeddedPostgres {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

interface ServerLock {
  pid: number;
  port: number;
}

const LOCK_FILE = 'cti-embedded.lock.json';
// The pool of every process attached to the embedded server must fit under this.
export const EMBEDDED_MAX_CONNECTIONS = 16;

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
export async function startEmbeddedPostgres(dataDir: string, port = 0): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith('memory://');
  const dir = inMemory ? dataDir : resolve(dataDir);
  if (!inMemory) mkdirSync(dir, { recursive: true });
  // Both packages are ESM-only; a dynamic import keeps them loadable from the CommonJS build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketServer } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(inMemory ? undefined : join(dir, 'pgdata'));
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  const actualPort = Number(server.getServerConn().split(':').pop());
  const lockPath = inMemory ? null : join(dir, LOCK_FILE);
  if (lockPath) writeFileSync(lockPath, JSON.stringify({ pid: process.pid, port: actualPort } satisfies ServerLock));
  return {
    url: `postgres://postgres@127.0.0.1:${actualPort}/postgres`,
    dataDir: dir,
    async stop() {
      await server.stop();
      await db.close();
      if (lockPath) rmSync(lockPath, { force: true });
    },
  };
}
