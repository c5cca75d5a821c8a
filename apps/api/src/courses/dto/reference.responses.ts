import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHECKLISTS, type ChecklistCode } from '@cti/courses';
import type { InstrumentDefinition, InstrumentItem, ScoreDefinition } from '@cti/domain';

export class InstrumentItemDto implements InstrumentItem {
  @ApiProperty({ description: 'Item code; the upload column is `<instrument>_<item>`.' }) code: string;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ description: 'The label in Danish, where the registry has one.' }) labelDa?: string;
  @ApiProperty() min: number;
  @ApiProperty() max: number;
}

export class ScoreDefinitionDto implements ScoreDefinition {
  @ApiProperty({ example: 'wemwbs_total' }) code: string;
  @ApiProperty() label: string;
  @ApiProperty({ enum: ['sum', 'mean'] }) method: 'sum' | 'mean';
  @ApiPropertyOptional({ description: 'The sum or mean is multiplied by this (WHO-5: ×4 gives 0–100).' }) multiplier?: number;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' }, description: 'Raw sum → published score (keys are raw integer sums).' })
  conversion?: Record<string, number>;
}

/** An instrument of the registry, current edition: its items with their ranges and the scores computed from them. */
export class InstrumentDefinitionDto implements InstrumentDefinition {
  @ApiProperty({ example: 'wemwbs' }) code: string;
  @ApiProperty() name: string;
  @ApiPropertyOptional() nameDa?: string;
  @ApiProperty({ description: 'Readings record the edition they used.' }) edition: string;
  @ApiProperty() higherIsBetter: boolean;
  @ApiProperty({ type: [InstrumentItemDto] }) items: InstrumentItemDto[];
  @ApiProperty({ type: [ScoreDefinitionDto] }) scores: ScoreDefinitionDto[];
  @ApiProperty({ description: 'Whether each item is also an outcome of its own (Recovery Star dimensions).' }) itemsAreOutcomes: boolean;
}

/** An item of one of the manual's checklists, in Danish and English. */
export class ChecklistItemDefinitionDto {
  @ApiProperty({ enum: CHECKLISTS }) checklist: ChecklistCode;
  @ApiProperty() code: string;
  @ApiProperty() da: string;
  @ApiProperty() en: string;
}
