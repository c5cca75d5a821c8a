import { Module } from '@nestjs/common';
import { ReportingModule } from '@cti/reporting';
import { AnalysisDatasetController } from './analysis-dataset.controller';
import { ReportChartsController } from './report-charts.controller';
import { ReportSummaryController } from './report-summary.controller';
import { ReportsController } from './reports.controller';

// the summary's controller comes before the reports' one, whose /reports/:evaluation/:section would take its path
@Module({ imports: [ReportingModule], controllers: [ReportSummaryController, ReportsController, ReportChartsController, AnalysisDatasetController] })
export class ReportsModule {}
