import { Module } from '@nestjs/common';
import { ReportingModule } from '@cti/reporting';
import { ReportChartsController } from './report-charts.controller';
import { ReportsController } from './reports.controller';

@Module({ imports: [ReportingModule], controllers: [ReportsController, ReportChartsController] })
export class ReportsModule {}
