import { ForbiddenException, Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import type { AccessScope } from '@cti/domain';
import { AuditService } from '@cti/audit';
import { ScopeService } from '../scope/scope.service';
import { ACCESS_DECISION, type AccessDecision } from './access-decision';

export type ScopedRequest = Request & { accessScope?: AccessScope };

export function requestOrigin(request: Request): string {
  return `api ${request.ip ?? 'unknown'}`;
}

/**
 * The global guard: default-deny. A route runs only with an explicit decision (@Public or @Roles); a @Roles route
 * needs a valid bearer token of a permitted role, and gets the caller's AccessScope on `request.accessScope`.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly scopes: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const decision = this.reflector.getAllAndOverride<AccessDecision | undefined>(ACCESS_DECISION, [context.getHandler(), context.getClass()]);
    if (!decision) throw new ForbiddenException('this route has no access decision');
    if (decision.kind === 'public') return true;
    const request = context.switchToHttp().getRequest<ScopedRequest>();
    const scope = await this.scopes.fromAuthorization(request.headers.authorization, requestOrigin(request));
    request.accessScope = scope;
    if (scope.role === 'system' || !decision.roles.includes(scope.role)) {
      await this.audit.record(scope, { action: 'access.denied', outcome: 'denied', target: `${request.method} ${request.originalUrl}` });
      throw new ForbiddenException(`the ${scope.role} role may not use this route`);
    }
    return true;
  }
}
