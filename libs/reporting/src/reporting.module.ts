import { Module } from '@nestjs/common';
import { AuditModule } from '@cti/audit';
import { ReportService } from './report.service';
import { ChartService } from './charts/chart.service';

/** Reports on PostgreSQL data: snapshots into DuckDB through Arrow, cached per evaluation and data version; their charts. */
@Module({ imports: [AuditModule], providers: [ReportService, ChartService], exports: [ReportService, ChartService] })
export class ReportingModule {}
