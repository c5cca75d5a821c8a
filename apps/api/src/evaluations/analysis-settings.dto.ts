import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsObject, IsString, Length, ValidateNested } from 'class-validator';
import { HIERARCHY_TIMEPOINTS, MAX_KEY_SECONDARY } from '@cti/domain';

// Only the shape is checked here; what the outcomes and the timepoint may be is the domain's check (a located 400 with
// an analysis_settings.* code naming the field).

export class PrimaryOutcomeDto {
  @ApiProperty({ description: 'A score outcome of the instrument registry.', example: 'wemwbs_total' })
  @IsString() @Length(1, 100)
  outcome: string;

  @ApiProperty({ enum: HIERARCHY_TIMEPOINTS, example: 'm9' })
  @IsString() @Length(1, 20)
  timepoint: string;
}

/** An evaluation's outcome hierarchy: the primary outcome and timepoint, and the key secondary outcomes (Holm family). */
export class OutcomeHierarchyDto {
  @ApiProperty({ type: PrimaryOutcomeDto })
  @IsObject() @ValidateNested() @Type(() => PrimaryOutcomeDto)
  primary: PrimaryOutcomeDto;

  @ApiProperty({
    type: [String], example: ['sds_total', 'rs_mean'],
    description: `Score outcomes of the registry, at the primary timepoint; at most ${MAX_KEY_SECONDARY}, none twice, not the primary outcome.`,
  })
  @IsArray() @ArrayMaxSize(50) @IsString({ each: true }) @Length(1, 100, { each: true })
  keySecondary: string[];
}

export class AnalysisSettingsDto {
  @ApiProperty({ example: 'default' })
  evaluation: string;

  @ApiProperty({ type: OutcomeHierarchyDto, description: "What the report's outcome_hierarchy shows; the roles and Holm-adjusted p-values follow it." })
  hierarchy: OutcomeHierarchyDto;

  @ApiProperty({ description: 'False while nothing is stored and the defaults apply (WEMWBS at m9; SDS total and Recovery Star mean).' })
  stored: boolean;
}
