import { ApiExtraModels, ApiProperty, ApiPropertyOptional, getSchemaPath } from '@nestjs/swagger';

/** A figure withheld by disclosure control, in place of its value. */
export class WithheldDto {
  @ApiProperty({ enum: [true] }) suppressed: true;
  @ApiProperty({ example: 'fewer than 5 citizens' }) reason: string;
}

// a published figure: its value, or why it is withheld (agency and municipality users)
const figure = (description?: string, nullable = false) => ({
  oneOf: [{ type: 'number', ...(nullable ? { nullable: true } : {}) }, { $ref: getSchemaPath(WithheldDto) }],
  ...(description ? { description } : {}),
});
const rows = (description: string) => ({ type: 'array' as const, items: { type: 'object' as const, additionalProperties: true }, description });
const section = (description: string) => ({ type: 'object' as const, additionalProperties: true, nullable: true, description });

@ApiExtraModels(WithheldDto)
export class EvaluationSummaryDto {
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() dataVersion: number;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) dataChangedAt: string | null;
  @ApiProperty(figure('Courses you may see (a municipality: its own); a small count is withheld for suppressing scopes.')) courses: unknown;
}

class SnapshotDto {
  @ApiProperty() id: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty() source: string;
}
class FiltersDto {
  @ApiProperty({ type: 'integer', nullable: true }) municipalityCode: number | null;
  @ApiProperty({ type: 'string', nullable: true }) targetGroup: string | null;
}
class BaselineRuleDto {
  @ApiProperty({ enum: ['first', 'lower_of_first_two'] }) rule: string;
  @ApiProperty() instrument: string;
  @ApiProperty() description: string;
}
export class ReportMetadataDto {
  @ApiProperty({ type: SnapshotDto, description: 'The data the report was computed on (evaluation and data version).' }) snapshot: SnapshotDto;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: FiltersDto }) filters: FiltersDto;
  @ApiProperty({ type: BaselineRuleDto }) baselineRule: BaselineRuleDto;
  @ApiProperty() definitionsVersion: string;
}

@ApiExtraModels(WithheldDto)
export class DescriptiveRowDto {
  @ApiProperty() outcome: string;
  @ApiProperty({ enum: ['cti', 'control'] }) arm: string;
  @ApiProperty() timepoint: string;
  @ApiProperty(figure('Citizens the figure rests on.')) n: unknown;
  @ApiProperty(figure()) mean: unknown;
  @ApiProperty(figure(undefined, true)) sd: unknown;
}

@ApiExtraModels(WithheldDto)
export class ChangeRowDto {
  @ApiProperty() outcome: string;
  @ApiProperty({ enum: ['cti', 'control'] }) arm: string;
  @ApiProperty() timepoint: string;
  @ApiProperty(figure()) n: unknown;
  @ApiProperty(figure()) mean_change: unknown;
  @ApiProperty(figure()) sd_change: unknown;
  @ApiProperty({ type: 'object', additionalProperties: true, description: '95 % t interval { lower, upper }.' }) ci: unknown;
  @ApiProperty(figure()) t: unknown;
  @ApiProperty(figure()) df: unknown;
  @ApiProperty(figure()) p_ttest: unknown;
  @ApiProperty(figure(undefined, true)) p_wilcoxon: unknown;
  @ApiProperty(figure()) cohen_dz: unknown;
}

/** The full report (analysis-spec.md): the typed sections above, the others as rows of their section's fields. */
export class ReportDto {
  @ApiProperty({ type: ReportMetadataDto }) metadata: ReportMetadataDto;
  @ApiProperty({ type: [DescriptiveRowDto] }) descriptives: DescriptiveRowDto[];
  @ApiProperty({ type: [ChangeRowDto] }) change: ChangeRowDto[];
  @ApiProperty(rows('CTI against control: ANCOVA and Welch per outcome and timepoint.')) comparison: unknown[];
  @ApiProperty(rows('Recovery Star domains per arm and timepoint.')) recovery_star: unknown[];
  @ApiProperty(rows('Cost per citizen by category, arm and horizon.')) costs: unknown[];
  @ApiProperty(section('Incremental cost-effectiveness, its bootstrap and the acceptability curve; null where withheld.')) cost_effectiveness: unknown;
  @ApiProperty(section('Phase lengths, intensity, caseload and key shares.')) fidelity: unknown;
  @ApiProperty(rows('Own municipality beside the national figure.')) municipality_costs: unknown[];
  @ApiProperty(rows('Recovery Star ladder-of-change shares.')) recovery_star_ladder: unknown[];
  @ApiProperty(rows('CONSORT-style flow per arm and timepoint.')) attrition: unknown[];
  @ApiProperty({ type: [DescriptiveRowDto], description: 'm3 and m6 readings, as descriptives.' }) descriptives_interim: DescriptiveRowDto[];
  @ApiProperty(rows('The repeated-measures model per visit.')) mmrm: unknown[];
  @ApiProperty(section('Primary and key secondary outcomes.')) outcome_hierarchy: unknown;
  @ApiProperty(rows('Municipality fixed effects and completers only, beside the primary ANCOVA.')) sensitivity: unknown[];
  @ApiProperty(section("Hedges' g and Cohen's d_z with 95 % intervals.")) effect_sizes: unknown;
  @ApiProperty(section('Table 1: baseline characteristics by arm and analysed vs lost, with standardised mean differences; withheld whole for agency and municipality.')) table_one: unknown;
  @ApiProperty(section('Responders by minimal important change and reliable change index per arm and timepoint, with the CTI − control difference; withheld whole for agency and municipality.')) responders: unknown;
  @ApiProperty(section('CHEERS 2022: perspective, currency, price year, discounting, horizons and the checklist.')) health_economics: unknown;
  @ApiProperty(rows('Every figure the report could not compute, with the reason.')) unavailable: unknown[];
  @ApiProperty(rows('Warnings about the data.')) warnings: unknown[];
}

/** One section as JSON: the report's metadata and the section under its own name (the two typed sections shown; the others as in ReportDto). */
export class ReportSectionDto {
  @ApiProperty({ type: ReportMetadataDto }) metadata: ReportMetadataDto;
  @ApiPropertyOptional({ type: [DescriptiveRowDto], description: 'with section=descriptives' }) descriptives?: DescriptiveRowDto[];
  @ApiPropertyOptional({ type: [ChangeRowDto], description: 'with section=change' }) change?: ChangeRowDto[];
}
