import { Module } from '@nestjs/common';
import { CoursesModule } from '@cti/courses';
import { FidelityController } from './fidelity.controller';

@Module({ imports: [CoursesModule], controllers: [FidelityController] })
export class FidelityApiModule {}
