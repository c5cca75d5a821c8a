import { Module } from '@nestjs/common';
import { AuditModule } from '@cti/audit';
import { ReportCache } from './report-cache';
import { ReportService } from './report.service';
import { ChartService } from './chart.service';
import { ReportWarmup } from './report-warmup';

/** Reports on PostgreSQL data: snapshots into DuckDB through Arrow, reports cached per evaluation, data version and options; their charts. */
@Module({ imports: [AuditModule], providers: [ReportCache, ReportService, ChartService, ReportWarmup], exports: [ReportCache, ReportService, ChartService, ReportWarmup] })
export class ReportingModule {}
