import { BadRequestException, ForbiddenException } from '@nestjs/common';
import type { AccessScope } from '@cti/domain';

/** Course rows are personal data: a scope without row-level access (the agency) reads and writes none of them. */
export function requireRowLevel(scope: AccessScope): void {
  if (!scope.rowLevel) throw new ForbiddenException('your role sees published figures only, not courses');
}

/**
 * `AND <column> = ANY($n)` restricting rows to the caller's municipalities (nothing for 'all'); pushes the parameter.
 * The filter sits in the SQL itself, so no code path can forget it after the query.
 */
export function municipalityFilter(scope: AccessScope, column: string, params: unknown[]): string {
  if (scope.municipalityCodes === 'all') return '';
  params.push(scope.municipalityCodes);
  return ` AND ${column} = ANY($${params.length}::smallint[])`;
}

/** The municipality a new citizen or course belongs to: the caller's own, or the one asked for if the caller may write there. */
export function municipalityToWrite(scope: AccessScope, requested: number | undefined): number {
  requireRowLevel(scope);
  const mine = scope.municipalityCodes;
  if (requested !== undefined) {
    if (mine !== 'all' && !mine.includes(requested)) throw new ForbiddenException(`you may not register courses for municipality ${requested}`);
    return requested;
  }
  if (mine !== 'all' && mine.length === 1) return mine[0];
  throw new BadRequestException('municipalityCode is required');
}
