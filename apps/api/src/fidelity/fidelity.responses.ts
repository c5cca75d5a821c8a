import { ApiExtraModels, ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ALERT_KINDS, STAGES, type AlertKind, type AlertParams, type AlertSeverity, type FidelityAlert, type FidelityNorms, type FidelityReport, type Stage, type TeamSummary, type WorkerCaseload } from '@cti/courses';
import type { IsoDate } from '@cti/domain';
import { countOrWithheld, isoDate, keyedBy, textParams } from '../common/schema-helpers';
import { WithheldDto } from '../reports/report.responses';
import type { PublishedTeamAlerts } from './alert-counts';

const SEVERITIES = ['due', 'breach'] as const satisfies readonly AlertSeverity[];

/** A fidelity alert: which rule, how urgent, about which course (or worker), with the figures its text is made of. */
export class FidelityAlertDto implements FidelityAlert {
  @ApiProperty({ enum: ALERT_KINDS }) kind: AlertKind;
  @ApiProperty({ enum: SEVERITIES, description: '`due`: act soon; `breach`: a fidelity rule is broken now.' }) severity: AlertSeverity;
  @ApiProperty() municipalityCode: number;
  @ApiProperty({ type: 'string', nullable: true, description: 'The CTI worker\'s pseudonym.' }) worker: string | null;
  @ApiPropertyOptional({ description: 'Absent for alerts about a worker rather than a course (caseload).' }) courseId?: number;
  @ApiPropertyOptional() courseCode?: string;
  @ApiPropertyOptional({ ...isoDate(), description: 'The date the alert is about: a due date, or when the rule was broken.' }) date?: IsoDate;
  @ApiProperty(textParams('The figures the text is made of, so a page can say it in its own language.')) params: AlertParams;
  @ApiProperty({ description: 'English text, for API users.' }) message: string;
}

export class WorkerCaseloadDto implements WorkerCaseload {
  @ApiProperty() municipalityCode: number;
  @ApiProperty({ description: 'The CTI worker\'s pseudonym.' }) worker: string;
  @ApiProperty({ description: 'Open CTI courses: contact period and phases 1–3.' }) active: number;
  @ApiProperty() inPhase1: number;
  @ApiProperty({ description: 'The caseload with phase-1 citizens weighted (phase1Weight).' }) weighted: number;
}

export class FidelityNormsDto implements FidelityNorms {
  @ApiProperty() phaseMonths: number;
  @ApiProperty() courseMonths: number;
  @ApiProperty({ description: 'Citizens per full-time worker.' }) caseloadNorm: number;
  @ApiProperty() phase1Weight: number;
  @ApiProperty() focusAreasMin: number;
  @ApiProperty() focusAreasMax: number;
  @ApiProperty() handoverMonthsBeforeEnd: number;
  @ApiProperty() dueSoonDays: number;
  @ApiProperty() phaseToleranceDays: number;
  @ApiProperty() intensityMinDays: number;
}

export class TeamSummaryDto implements TeamSummary {
  @ApiProperty() municipalityCode: number;
  @ApiProperty() name: string;
  @ApiProperty(keyedBy(STAGES, { type: 'integer' }, 'Courses per stage.')) courses: Record<Stage, number>;
  @ApiProperty({ description: 'Open alerts of the team.' }) alerts: number;
}

export class FidelityReportDto implements FidelityReport {
  @ApiProperty({ ...isoDate(), description: 'Today in Copenhagen, the day the alerts are computed for.' }) asOf: IsoDate;
  @ApiProperty({ type: FidelityNormsDto, description: 'The norms used (the caseload norm as asked for).' }) norms: FidelityNormsDto;
  @ApiProperty({ type: [FidelityAlertDto] }) alerts: FidelityAlertDto[];
  @ApiProperty({ type: [WorkerCaseloadDto] }) caseloads: WorkerCaseloadDto[];
  @ApiProperty({ type: [TeamSummaryDto] }) teams: TeamSummaryDto[];
}

@ApiExtraModels(WithheldDto)
export class PublishedTeamAlertsDto implements PublishedTeamAlerts {
  @ApiProperty() municipalityCode: number;
  @ApiProperty() name: string;
  @ApiProperty(countOrWithheld(WithheldDto, 'Courses not yet ended.')) openCourses: PublishedTeamAlerts['openCourses'];
  @ApiProperty(countOrWithheld(WithheldDto)) alerts: PublishedTeamAlerts['alerts'];
  @ApiProperty(keyedBy(ALERT_KINDS, countOrWithheld(WithheldDto), 'Open alerts per kind.')) byKind: PublishedTeamAlerts['byKind'];
}

export class AlertCountsDto {
  @ApiProperty(isoDate()) asOf: IsoDate;
  @ApiProperty({ description: 'Counts under k are withheld.' }) k: number;
  @ApiProperty({ type: [PublishedTeamAlertsDto] }) teams: PublishedTeamAlertsDto[];
}
