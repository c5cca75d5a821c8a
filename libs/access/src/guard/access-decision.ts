import type { Role } from '@cti/domain';

/** Metadata key of a route's access decision; every route must carry one (the guard refuses routes without). */
export const ACCESS_DECISION = 'cti:access-decision';

export type AccessDecision = { kind: 'public' } | { kind: 'roles'; roles: readonly Role[] };
