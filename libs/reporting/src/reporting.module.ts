import { Module } from '@nestjs/common';
import { AuditModule } from '@cti/access';
import { ReportService } from './report.service';

/** Reports on PostgreSQL data: snapshots into DuckDB through Arrow, cached per evaluation and data version. */
@Module({ imports: [AuditModule], providers: [ReportService], exports: [ReportService] })
export class ReportingModule {}
