import { Module } from '@nestjs/common';
import { CohortsModule } from '@cti/cohorts';
import { ImportsController } from './imports.controller';

@Module({ imports: [CohortsModule], controllers: [ImportsController] })
export class ImportsModule {}
