import { Module } from '@nestjs/common';
import { CohortsModule } from '@cti/cohorts';
import { ReportingModule } from '@cti/reporting';
import { ImportGate } from './import-gate';
import { ImportGateInterceptor } from './import-gate.interceptor';
import { ImportsController } from './imports.controller';

@Module({ imports: [CohortsModule, ReportingModule], controllers: [ImportsController], providers: [ImportGate, ImportGateInterceptor] })
export class ImportsModule {}
