import { ApiProperty } from '@nestjs/swagger';
import type { AnalysisDataset, CodebookEntry } from '@cti/analytics';

/** One column of the analysis dataset, in order. */
export class CodebookEntryDto implements CodebookEntry {
  @ApiProperty({ example: 'wemwbs_total_m6' }) name: string;
  @ApiProperty() label_da: string;
  @ApiProperty() label_en: string;
  @ApiProperty({ enum: ['string', 'integer', 'number', 'date'] }) type: CodebookEntry['type'];
  @ApiProperty({ type: 'string', nullable: true, example: 'DKK' }) unit: string | null;
  @ApiProperty({ type: 'string', nullable: true, description: 'The values the column may hold, in words (a range, or a list); null when free.' }) allowed_values: string | null;
}

export class AnalysisDatasetDto implements AnalysisDataset {
  @ApiProperty({ type: [CodebookEntryDto] }) codebook: CodebookEntryDto[];
  @ApiProperty({
    type: 'array',
    items: { type: 'object', additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }], nullable: true } },
    description: 'One row per course: the codebook\'s names to their values (null: missing).',
  })
  rows: AnalysisDataset['rows'];
}
