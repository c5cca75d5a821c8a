import { Module } from '@nestjs/common';
import { CohortsModule } from '@cti/cohorts';
import { EvaluationCoursesController } from './evaluation-courses.controller';

@Module({ imports: [CohortsModule], controllers: [EvaluationCoursesController] })
export class EvaluationsModule {}
