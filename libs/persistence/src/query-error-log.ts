import type { Logger as TypeOrmLogger } from 'typeorm';

/** The parts of a database error that identify it without quoting any value: SQLSTATE code, constraint, table, column. */
export function describeDatabaseError(error: unknown): string {
  const e = (error ?? {}) as { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown; routine?: unknown; driverError?: unknown };
  const d = (e.driverError ?? e) as typeof e;
  const parts = [['code', d.code ?? e.code], ['constraint', d.constraint], ['table', d.table], ['column', d.column], ['routine', d.routine]]
    .filter(([, v]) => typeof v === 'string' && v.length > 0)
    .map(([k, v]) => `${k as string}=${v as string}`);
  return parts.length > 0 ? parts.join(' ') : 'no SQLSTATE';
}

/**
 * TypeORM's error log without the statement's parameters or message: a failed bulk insert carries thousands of course
 * rows (pseudonyms, dates) in both, so only the statement's kind and the error's code and constraint are written.
 */
export class QueryErrorLog implements TypeOrmLogger {
  constructor(private readonly write: (line: string) => void = (line) => console.error(line)) {}

  logQueryError(error: string | Error, query: string): void {
    const statement = query.trimStart().split(/\s+/).slice(0, 3).join(' ');
    this.write(`[Database] query failed (${statement} …): ${describeDatabaseError(error)}`);
  }

  logQuery(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.write(`[Database] ${String(message)}`);
  }
}
