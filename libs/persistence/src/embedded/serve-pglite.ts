import { EmbeddedSocketServer, type SocketHandlerClass } from './socket-server';

export interface ServePgliteOptions {
  /** Where PGlite keeps its files; undefined for an in-memory database. */
  pgdata: string | undefined;
  port: number;
  maxConnections: number;
  idleHoldMs: number;
  password: string;
}

export interface ServedPglite {
  port: number;
  stop(): Promise<void>;
}

/** PGlite on a loopback port, in the calling thread (the embedded worker, or the process itself under Jest). */
export async function servePglite(options: ServePgliteOptions): Promise<ServedPglite> {
  // Both packages are ESM-only; a dynamic import keeps them loadable from the CommonJS build.
  const { PGlite } = await import('@electric-sql/pglite');
  const { PGLiteSocketHandler } = await import('@electric-sql/pglite-socket');
  const db = await PGlite.create(options.pgdata);
  const server = new EmbeddedSocketServer(db, PGLiteSocketHandler as unknown as SocketHandlerClass, {
    host: '127.0.0.1', port: options.port, maxConnections: options.maxConnections, idleHoldMs: options.idleHoldMs, password: options.password,
  });
  const port = await server.start();
  return {
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
