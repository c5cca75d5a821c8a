import { ApiTokenEntity } from './api-token.entity';
import { AppUserEntity } from './app-user.entity';
import { AuditEventEntity } from './audit-event.entity';
import { EvaluationMemberEntity } from './evaluation-member.entity';

export { ApiTokenEntity, AppUserEntity, AuditEventEntity, EvaluationMemberEntity };

export const ACCESS_ENTITIES = [AppUserEntity, ApiTokenEntity, EvaluationMemberEntity, AuditEventEntity];
