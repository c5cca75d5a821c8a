import type { EntityManager } from 'typeorm';
import type { AccessScope } from '@cti/domain';

/** What happened: `report.read`, `export.csv`, `import`, `login`, `user.create`, `access.denied`, … */
export interface AuditEntry {
  action: string;
  outcome?: 'ok' | 'denied' | 'failed';
  evaluation?: string | null;
  municipalityCode?: number | null;
  /** Which rows or resource: a route, a section, a course id, a user name. */
  target?: string | null;
  /** The query or change: filters, counts, changed fields (never a password or token). */
  detail?: Record<string, unknown>;
}

/** Appends one audit row inside the caller's transaction, so a change and its audit row commit or fail together. */
export async function writeAuditEvent(em: EntityManager, scope: AccessScope, entry: AuditEntry): Promise<void> {
  await writeAuditEvents(em, [{ scope, entry }]);
}

/** Appends audit rows in one INSERT, in the order given (the hash chain links them in that order). */
export async function writeAuditEvents(em: EntityManager, rows: readonly { scope: AccessScope; entry: AuditEntry }[]): Promise<void> {
  if (rows.length === 0) return;
  const params: unknown[] = [];
  const tuples = rows.map(({ scope, entry }) => {
    const base = params.length;
    params.push(
      scope.actor, scope.userId, scope.role, entry.action, entry.outcome ?? 'ok', entry.evaluation ?? null, entry.municipalityCode ?? null,
      entry.target ?? null, JSON.stringify(entry.detail ?? {}), scope.origin ?? null,
    );
    return `(${Array.from({ length: 10 }, (_, i) => `$${base + i + 1}`).join(', ')})`;
  });
  await em.query(
    `INSERT INTO audit_event (actor, user_id, role, action, outcome, evaluation, municipality_code, target, detail, origin)
     VALUES ${tuples.join(', ')}`,
    params,
  );
}
