import { Module } from '@nestjs/common';
import { ChecklistSeeder } from './checklist.seeder';
import { ChecklistsService } from './services/checklists.service';
import { CitizensService } from './services/citizens.service';
import { ContactsService } from './services/contacts.service';
import { CourseDetailService } from './services/course-detail.service';
import { CourseWrites } from './services/course-writes';
import { CoursesService } from './services/courses.service';
import { CtiPlanService } from './services/cti-plan.service';
import { FidelityService } from './services/fidelity.service';
import { LifecycleService } from './services/lifecycle.service';
import { MeasurementsService } from './services/measurements.service';
import { CLOCK, FIDELITY_NORMS, fidelityNormsFromConfig, SystemClock } from './tokens';

const SERVICES = [CitizensService, CoursesService, CourseDetailService, LifecycleService, ChecklistsService, CtiPlanService, ContactsService, MeasurementsService, FidelityService];

/** Courses run in the platform: registration, the course's life, checklists, plan, contacts, readings and fidelity alerts. Needs DatabaseModule. */
@Module({
  providers: [
    { provide: CLOCK, useClass: SystemClock },
    { provide: FIDELITY_NORMS, useFactory: () => fidelityNormsFromConfig() },
    ChecklistSeeder, CourseWrites, ...SERVICES,
  ],
  exports: [CLOCK, FIDELITY_NORMS, ...SERVICES],
})
export class CoursesModule {}
