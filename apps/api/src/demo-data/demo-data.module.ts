import { Module } from '@nestjs/common';
import { CohortsModule } from '@cti/cohorts';
import { DemoDataLoader } from './demo-data.loader';

@Module({ imports: [CohortsModule], providers: [DemoDataLoader] })
export class DemoDataModule {}
