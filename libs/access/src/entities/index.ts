import { ApiTokenEntity } from './api-token.entity';
import { AppUserEntity } from './app-user.entity';
import { AuditEventEntity } from '@cti/audit';
import { EvaluationMemberEntity } from './evaluation-member.entity';

export { ApiTokenEntity, AppUserEntity, EvaluationMemberEntity };

export const ACCESS_ENTITIES = [AppUserEntity, ApiTokenEntity, EvaluationMemberEntity, AuditEventEntity];
