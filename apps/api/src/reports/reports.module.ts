import { Module } from '@nestjs/common';
import { ReportingModule } from '@cti/reporting';
import { ReportsController } from './reports.controller';

@Module({ imports: [ReportingModule], controllers: [ReportsController] })
export class ReportsModule {}
