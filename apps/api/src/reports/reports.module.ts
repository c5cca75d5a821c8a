import { Module } from '@nestjs/common';
import { ReportingModule } from '@cti/reporting';
import { AnalysisDatasetController } from './analysis-dataset.controller';
import { ReportChartsController } from './report-charts.controller';
import { ReportsController } from './reports.controller';

@Module({ imports: [ReportingModule], controllers: [ReportsController, ReportChartsController, AnalysisDatasetController] })
export class ReportsModule {}
