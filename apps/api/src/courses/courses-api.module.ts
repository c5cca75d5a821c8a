import { Module } from '@nestjs/common';
import { CoursesModule } from '@cti/courses';
import { CourseLifeController } from './course-life.controller';
import { CourseRecordsController } from './course-records.controller';
import { CoursesController } from './courses.controller';
import { ReferenceController } from './reference.controller';

@Module({ imports: [CoursesModule], controllers: [CoursesController, CourseLifeController, CourseRecordsController, ReferenceController] })
export class CoursesApiModule {}
