import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AccessScope } from '@cti/domain';
import { writeAuditEvent, type AuditEntry } from './audit-event';

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

/** The audit trail: append and search. There is deliberately no update or delete here, and the table refuses both. */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  record(scope: AccessScope, entry: AuditEntry): Promise<void> {
    return writeAuditEvent(this.dataSource.manager, scope, entry);
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
