import { Module } from '@nestjs/common';
import { CohortsModule } from '@cti/cohorts';
import { AnalysisSettingsController } from './analysis-settings.controller';
import { EvaluationCoursesController } from './evaluation-courses.controller';

@Module({ imports: [CohortsModule], controllers: [EvaluationCoursesController, AnalysisSettingsController] })
export class EvaluationsModule {}
