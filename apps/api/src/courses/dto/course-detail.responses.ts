import { ApiProperty } from '@nestjs/swagger';
import {
  CHECKLISTS, PHASE_EVENTS, STAGES, CONTACT_PARTIES,
  type ChecklistCode, type ChecklistItemView, type ChecklistView, type CourseDetail, type FidelityWarning, type PhaseEvent, type PhaseIntensity, type PhaseSchedule, type Stage,
} from '@cti/courses';
import { CONTACT_MODES, FOCUS_DOMAINS, FOCUS_STATUSES, type IsoDate } from '@cti/domain';
import { isoDate, textParams } from '../../common/schema-helpers';
import { FidelityAlertDto } from '../../fidelity/fidelity.responses';
import { RegisteredCourseDto } from './course.responses';
import { ReadingViewDto } from './records.responses';

type Of<K extends 'events' | 'focusAreas' | 'contacts'> = CourseDetail[K][number];

export class PhaseScheduleDto implements PhaseSchedule {
  @ApiProperty(isoDate()) phase2Due: IsoDate;
  @ApiProperty(isoDate()) phase3Due: IsoDate;
  @ApiProperty(isoDate()) endDue: IsoDate;
  @ApiProperty(isoDate(false, 'The handover meeting, at the latest a month before the end.')) handoverDue: IsoDate;
}

/** A fidelity rule the data breaks: shown and recorded, never a reason to refuse. */
export class FidelityWarningDto implements FidelityWarning {
  @ApiProperty({ example: 'phase_length', description: 'Stable kind of the warning.' }) code: string;
  @ApiProperty(textParams('The figures the text is made of (empty on warnings recorded before they existed).')) params: Record<string, string | number>;
  @ApiProperty({ description: 'English text, for API users.' }) message: string;
}

export class PhaseEventRecordDto implements Of<'events'> {
  @ApiProperty({ enum: PHASE_EVENTS }) event: PhaseEvent;
  @ApiProperty(isoDate()) date: IsoDate;
  @ApiProperty({ type: [FidelityWarningDto], description: 'The warnings recorded with the event.' }) warnings: FidelityWarningDto[];
  @ApiProperty({ description: 'Who recorded it.' }) recordedBy: string;
}

export class FocusAreaViewDto implements Of<'focusAreas'> {
  @ApiProperty() id: number;
  @ApiProperty({ enum: FOCUS_DOMAINS }) domain: string;
  @ApiProperty(isoDate(true)) setDate: IsoDate | null;
  @ApiProperty({ enum: FOCUS_STATUSES, nullable: true }) status: string | null;
}

export class ContactViewDto implements Of<'contacts'> {
  @ApiProperty() id: number;
  @ApiProperty(isoDate()) date: IsoDate;
  @ApiProperty() minutes: number;
  @ApiProperty({ enum: CONTACT_MODES }) mode: string;
  @ApiProperty({ enum: CONTACT_PARTIES, isArray: true, description: 'With whom.' }) with: string[];
}

export class PhaseIntensityDto implements PhaseIntensity {
  @ApiProperty({ enum: [1, 2, 3] }) phase: 1 | 2 | 3;
  @ApiProperty({ description: 'Days the phase has run so far.' }) days: number;
  @ApiProperty({ description: 'Contact minutes in the phase.' }) minutes: number;
  @ApiProperty({ description: 'Contact minutes per four weeks, so phases of different length compare.' }) minutesPer4Weeks: number;
}

export class ChecklistItemViewDto implements ChecklistItemView {
  @ApiProperty() code: string;
  @ApiProperty({ description: 'The item in Danish.' }) da: string;
  @ApiProperty({ description: 'The item in English.' }) en: string;
  @ApiProperty(isoDate(true)) tickedOn: IsoDate | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'Who ticked it.' }) tickedBy: string | null;
}

export class ChecklistViewDto implements ChecklistView {
  @ApiProperty({ enum: CHECKLISTS }) code: ChecklistCode;
  @ApiProperty({ type: [ChecklistItemViewDto] }) items: ChecklistItemViewDto[];
}

/** Everything about one registered course, as its page shows it. */
export class CourseDetailDto extends RegisteredCourseDto implements CourseDetail {
  @ApiProperty({ enum: STAGES }) stage: Stage;
  @ApiProperty({ type: PhaseScheduleDto, nullable: true, description: 'Due dates, once phase 1 has started (CTI courses).' }) schedule: PhaseScheduleDto | null;
  @ApiProperty({ type: [PhaseEventRecordDto] }) events: PhaseEventRecordDto[];
  @ApiProperty({ type: [FocusAreaViewDto], description: 'The CTI plan.' }) focusAreas: FocusAreaViewDto[];
  @ApiProperty({ type: [ContactViewDto] }) contacts: ContactViewDto[];
  @ApiProperty({ type: [PhaseIntensityDto] }) intensities: PhaseIntensityDto[];
  @ApiProperty({ type: [ChecklistViewDto] }) checklists: ChecklistViewDto[];
  @ApiProperty({ type: [ReadingViewDto] }) readings: ReadingViewDto[];
  @ApiProperty({ type: [FidelityAlertDto], description: 'The course\'s open fidelity alerts.' }) alerts: FidelityAlertDto[];
}

export class PhaseChangeResultDto {
  @ApiProperty({ type: [FidelityWarningDto], description: 'The fidelity rules the change breaks (also recorded with the event).' }) warnings: FidelityWarningDto[];
  @ApiProperty({ type: CourseDetailDto, description: 'The course after the change.' }) course: CourseDetailDto;
}
