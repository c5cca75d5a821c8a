import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Role } from '@cti/domain';
import { ACCESS_DECISION, type AccessDecision } from '@cti/access';

// Every route states who may call it; the global AccessGuard refuses a route that does not (default-deny), and
// apps/api/src/access/route-coverage.spec.ts fails the build for it.

/** Anyone, signed in or not (health, login). */
export const Public = () => SetMetadata(ACCESS_DECISION, { kind: 'public' } satisfies AccessDecision);

/** Signed-in users of these roles; the handler's data access must still filter by the caller's AccessScope. */
export const Roles = (...roles: [Role, ...Role[]]) =>
  applyDecorators(
    SetMetadata(ACCESS_DECISION, { kind: 'roles', roles } satisfies AccessDecision),
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ description: 'No valid bearer token.' }),
    ApiForbiddenResponse({ description: `Only for: ${roles.join(', ')}.` }),
  );
