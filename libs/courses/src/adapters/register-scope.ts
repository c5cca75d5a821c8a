import type { EntityManager } from 'typeorm';
import { writeAuditEvent } from '@cti/audit';
import { mayReadRegister, type AccessScope, DomainError } from '@cti/domain';

export type RegisterAccess = 'read' | 'write';

function codesFor(scope: AccessScope, access: RegisterAccess): 'all' | number[] {
  return access === 'read' ? scope.registerReads : scope.registerWrites;
}

/**
 * Course rows are personal data: a scope that may read no register at all (the agency, an evaluator with no register
 * membership) is refused outright; one that may read some gets only those, through registerFilter.
 */
export function requireRegisterAccess(scope: AccessScope, access: RegisterAccess = 'read'): void {
  const codes = codesFor(scope, access);
  if (codes !== 'all' && codes.length === 0) {
    throw new DomainError('forbidden', access === 'read' ? 'register.no_reads' : 'register.no_writes');
  }
}

/**
 * A list filtered to one municipality whose register the caller may not read is refused (and audited) rather than
 * answered with an empty list, as a report asking for another municipality is.
 */
export async function requireReadableFilter(em: EntityManager, scope: AccessScope, action: string, municipalityCode: number | undefined): Promise<void> {
  requireRegisterAccess(scope);
  if (municipalityCode === undefined || mayReadRegister(scope, municipalityCode)) return;
  await writeAuditEvent(em, scope, { action, outcome: 'denied', municipalityCode });
  throw new DomainError('forbidden', 'register.forbidden', { municipality: municipalityCode });
}

/**
 * `AND <column> IN (registers the caller may read or change)` on a column holding a register's evaluation id (nothing for
 * 'all'); pushes the parameter. The filter sits in the SQL itself, so no code path can forget it after the query. It is
 * keyed on the register (register_evaluation), not on the course's municipality, so an evaluator's membership counts.
 */
export function registerFilter(scope: AccessScope, evaluationColumn: string, params: unknown[], access: RegisterAccess = 'read'): string {
  const codes = codesFor(scope, access);
  if (codes === 'all') return '';
  params.push(codes);
  return ` AND ${evaluationColumn} IN (SELECT evaluation_id FROM register_evaluation WHERE municipality_code = ANY($${params.length}::smallint[]))`;
}

/** The municipality a new citizen or course belongs to: the caller's own, or the one asked for if the caller may write there. */
export function municipalityToWrite(scope: AccessScope, requested: number | undefined): number {
  requireRegisterAccess(scope, 'write');
  const mine = scope.registerWrites;
  if (requested !== undefined) {
    if (mine !== 'all' && !mine.includes(requested)) throw new DomainError('forbidden', 'register.write_forbidden', { municipality: requested });
    return requested;
  }
  if (mine !== 'all' && mine.length === 1) return mine[0];
  throw new DomainError('invalid', 'register.municipality_required');
}
