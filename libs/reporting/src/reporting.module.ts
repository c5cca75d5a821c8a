import { Module } from '@nestjs/common';
import { ReportService } from './report.service';

/** Reports on PostgreSQL data: snapshots into DuckDB through Arrow, cached per evaluation and data version. */
@Module({ providers: [ReportService], exports: [ReportService] })
export class ReportingModule {}
