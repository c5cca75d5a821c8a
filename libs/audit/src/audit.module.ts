import { Module } from '@nestjs/common';
import { AuditService } from './audit.service';

/** The audit trail on its own, for libraries (reporting) that record reads without needing sign-in. Needs DatabaseModule. */
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
