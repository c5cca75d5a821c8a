import type { DataSource } from 'typeorm';

export type ProbeResult = { answered: true; migrations: number } | { answered: false };

/**
 * Asks the database how many migrations it has, waiting at most `waitMs`: an embedded database busy with an import's
 * transaction must not hold the health check. At most one probe is in flight, so probes of a busy database do not
 * pile up in the connection pool.
 */
export class DatabaseProbe {
  private inFlight: Promise<number> | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly waitMs: number,
  ) {}

  async probe(): Promise<ProbeResult> {
    this.inFlight ??= this.dataSource
      .query('SELECT count(*)::int AS n FROM migrations')
      .then((rows: { n: number }[]) => rows[0].n)
      .finally(() => {
        this.inFlight = null;
      });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<ProbeResult>((resolve) => {
      timer = setTimeout(() => resolve({ answered: false }), this.waitMs);
    });
    try {
      return await Promise.race([this.inFlight.then((migrations): ProbeResult => ({ answered: true, migrations })), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
