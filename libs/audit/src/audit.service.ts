import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessScope } from '@cti/domain';
import { writeAuditEvents, type AuditEntry } from './audit-event';

export interface AuditFilter {
  actor?: string;
  action?: string;
  outcome?: 'ok' | 'denied' | 'failed';
  evaluation?: string;
  municipalityCode?: number;
  from?: Date;
  to?: Date;
  /** Rows older than this id (paging backwards). */
  beforeId?: number;
  limit?: number;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  userId: number | null;
  role: string;
  action: string;
  outcome: string;
  evaluation: string | null;
  municipalityCode: number | null;
  target: string | null;
  detail: Record<string, unknown>;
  origin: string | null;
}

interface Pending {
  scope: AccessScope;
  entry: AuditEntry;
  done: { resolve: () => void; reject: (e: unknown) => void };
}

/** At most this many rows per INSERT (10 parameters each, far below PostgreSQL's 65,535). */
const MAX_ROWS_PER_INSERT = 1000;

/**
 * The audit trail: append and search. There is deliberately no update or delete here, and the table refuses both.
 * Appends are group-committed: rows recorded while an INSERT is on its way go together in the next one, in the order
 * they were recorded, and each caller's promise settles when its own row has committed (or with the error if it
 * failed), so no caller goes on before its row is written, and under load 50 requests cost one round trip, not 50
 * waits on the chain head's lock.
 */
@Injectable()
export class AuditService implements OnModuleDestroy {
  private queue: Pending[] = [];
  private writing: Promise<void> | null = null;

  constructor(private readonly dataSource: DataSource) {}

  record(scope: AccessScope, entry: AuditEntry): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ scope, entry, done: { resolve, reject } });
      // started after the current turn of the event loop, so the rows of every request handled in it go together
      this.writing ??= new Promise<void>((next) => setImmediate(next)).then(() => this.drain());
    });
  }

  /** Shutdown waits for rows already recorded, so none is lost. */
  async onModuleDestroy(): Promise<void> {
    await this.writing;
  }

  private async drain(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        const batch = this.queue.splice(0, MAX_ROWS_PER_INSERT);
        try {
          await writeAuditEvents(this.dataSource.manager, batch);
          for (const row of batch) row.done.resolve();
        } catch {
          // one bad row must not fail the others: the batch again row by row, each caller gets its own outcome
          for (const row of batch) await writeAuditEvents(this.dataSource.manager, [row]).then(row.done.resolve, row.done.reject);
        }
      }
    } finally {
      this.writing = null;
    }
  }

  async search(filter: AuditFilter = {}): Promise<AuditRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      if (value === undefined) return;
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    add('actor = ?', filter.actor);
    add('action LIKE ?', filter.action === undefined ? undefined : `${filter.action.replace(/[%_\\]/g, '\\$&')}%`);
    add('outcome = ?', filter.outcome);
    add('evaluation = ?', filter.evaluation);
    add('municipality_code = ?', filter.municipalityCode);
    add('at >= ?', filter.from);
    add('at < ?', filter.to);
    add('id < ?', filter.beforeId);
    params.push(Math.min(filter.limit ?? 100, 1000));
    const rows = (await this.dataSource.query(
      `SELECT id, at, actor, user_id, role, action, outcome, evaluation, municipality_code, target, detail, origin FROM audit_event
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT $${params.length}`,
      params,
    )) as { id: string; at: Date; actor: string; user_id: number | null; role: string; action: string; outcome: string; evaluation: string | null; municipality_code: number | null; target: string | null; detail: Record<string, unknown>; origin: string | null }[];
    return rows.map((r) => ({
      id: Number(r.id), at: r.at.toISOString(), actor: r.actor, userId: r.user_id, role: r.role, action: r.action, outcome: r.outcome,
      evaluation: r.evaluation, municipalityCode: r.municipality_code, target: r.target, detail: r.detail, origin: r.origin,
    }));
  }
}
