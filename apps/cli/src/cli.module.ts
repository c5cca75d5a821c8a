import { Module } from '@nestjs/common';
import { ACCESS_ENTITIES, AccessModule } from '@cti/access';
import { COHORT_ENTITIES, CohortsModule } from '@cti/cohorts';
import { DatabaseModule } from '@cti/persistence';
import { ReportingModule } from '@cti/reporting';

/** What the command line needs: the same database resolution and services as the server, without HTTP. */
@Module({ imports: [DatabaseModule.forRoot([...COHORT_ENTITIES, ...ACCESS_ENTITIES]), AccessModule.register(), CohortsModule, ReportingModule] })
export class CliModule {}
