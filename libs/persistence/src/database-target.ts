import { runningEmbeddedServer, startEmbeddedPostgres, type EmbeddedPostgres } from './embedded-postgres';

export interface DatabaseTarget {
  url: string;
  kind: 'postgres' | 'embedded';
  /** Set when this process started the embedded server and must stop it. */
  embedded?: EmbeddedPostgres;
}

/**
 * Where the data lives: `DATABASE_URL` selects a PostgreSQL server; otherwise the embedded PostgreSQL in
 * `CTI_DATA_DIR` (default ./data), shared with another process that already serves it. Server and CLI both use this.
 */
export async function resolveDatabaseTarget(env: NodeJS.ProcessEnv = process.env): Promise<DatabaseTarget> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, kind: 'postgres' };
  const dataDir = env.CTI_DATA_DIR || './data';
  const running = runningEmbeddedServer(dataDir);
  if (running) return { url: running, kind: 'embedded' };
  const embedded = await startEmbeddedPostgres(dataDir);
  return { url: embedded.url, kind: 'embedded', embedded };
}

/** Hides the password of a connection URL for logs and reports. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}
