import { appConfig, type AppConfig } from '@cti/config';
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
export async function resolveDatabaseTarget(config: Pick<AppConfig, 'DATABASE_URL' | 'CTI_DATA_DIR' | 'CTI_EMBEDDED_IDLE_HOLD_MS'> = appConfig()): Promise<DatabaseTarget> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, kind: 'postgres' };
  const dataDir = config.CTI_DATA_DIR;
  const running = runningEmbeddedServer(dataDir);
  if (running) return { url: running, kind: 'embedded' };
  const embedded = await startEmbeddedPostgres(dataDir, { idleHoldMs: config.CTI_EMBEDDED_IDLE_HOLD_MS });
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
