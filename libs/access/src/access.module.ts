import { Module, type DynamicModule } from '@nestjs/common';
import { ACCESS_OPTIONS, type AccessOptions } from './access-options';
import { AuditModule } from '@cti/audit';
import { AccessGuard } from './guard/access.guard';
import { ScopeService } from './scope/scope.service';
import { AccessTokenService } from './tokens/access-token.service';
import { ApiTokenService } from './tokens/api-token.service';
import { EvaluationMembersService } from './users/evaluation-members.service';
import { UsersService } from './users/users.service';

const SERVICES = [UsersService, EvaluationMembersService, AccessTokenService, ApiTokenService, ScopeService, AccessGuard];

/** Users, tokens, memberships, the scope of a request, and (re-exported) the audit trail. Needs DatabaseModule. */
@Module({})
export class AccessModule {
  static register(options: AccessOptions = {}): DynamicModule {
    return {
      module: AccessModule,
      global: true,
      imports: [AuditModule],
      providers: [{ provide: ACCESS_OPTIONS, useValue: options }, ...SERVICES],
      exports: [AuditModule, ...SERVICES],
    };
  }
}
