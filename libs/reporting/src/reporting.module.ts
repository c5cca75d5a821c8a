import { Module } from '@nestjs/common';
import { AuditModule } from '@cti/access';
import { ReportCache } from './cache/report-cache';
import { ReportService } from './report.service';
import { ChartService } from './charts/chart.service';

/** Reports on PostgreSQL data: snapshots into DuckDB through Arrow, reports cached per evaluation, data version and options; their charts. */
@Module({ imports: [AuditModule], providers: [ReportCache, ReportService, ChartService], exports: [ReportCache, ReportService, ChartService] })
export class ReportingModule {}
