import { Module } from '@nestjs/common';
import { CohortExportService } from './export/cohort-export.service';
import { CohortImportService } from './import/cohort-import.service';
import { EvaluationCoursesService } from './read/evaluation-courses.service';
import { ReferenceDataSeeder } from './registry/reference-data.seeder';
import { AnalysisSettingsService } from './settings/analysis-settings.service';

/** Cohort data: the registry, import of bundles into PostgreSQL, and export back out. Needs DatabaseModule. */
@Module({
  providers: [ReferenceDataSeeder, CohortImportService, CohortExportService, EvaluationCoursesService, AnalysisSettingsService],
  exports: [CohortImportService, CohortExportService, EvaluationCoursesService, AnalysisSettingsService],
})
export class CohortsModule {}
