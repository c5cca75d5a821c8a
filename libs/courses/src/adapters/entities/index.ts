import { ChecklistItemEntity } from './checklist-item.entity';
import { ChecklistTickEntity } from './checklist-tick.entity';
import { ContactPartyEntity } from './contact-party.entity';
import { CoursePhaseEventEntity } from './course-phase-event.entity';
import { CourseRegisterEntity } from './course-register.entity';
import { CourseWriteEntity } from './course-write.entity';
import { RegisterEvaluationEntity } from './register-evaluation.entity';

export { ChecklistItemEntity, ChecklistTickEntity, ContactPartyEntity, CoursePhaseEventEntity, CourseRegisterEntity, CourseWriteEntity, RegisterEvaluationEntity };
export { CONTACT_PARTIES, type ContactParty } from './contact-party.entity';

export const COURSE_ENTITIES = [
  RegisterEvaluationEntity, CourseRegisterEntity, ChecklistItemEntity, ChecklistTickEntity, CoursePhaseEventEntity, ContactPartyEntity, CourseWriteEntity,
];
