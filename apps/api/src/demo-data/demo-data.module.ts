import { Module } from '@nestjs/common';
import { CohortsModule } from '@cti/cohorts';
import { ReportingModule } from '@cti/reporting';
import { DemoDataLoader } from './demo-data.loader';

@Module({ imports: [CohortsModule, ReportingModule], providers: [DemoDataLoader] })
export class DemoDataModule {}
