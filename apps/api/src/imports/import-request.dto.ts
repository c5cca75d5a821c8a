import { EVALUATION_SLUG } from '@cti/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { BooleanQuery } from '../common/field.decorators';

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'Evaluation (dataset) to import into; created on first import.', default: 'default', example: 'cti-housing-2014' })
  @IsOptional()
  @Matches(EVALUATION_SLUG, { message: 'evaluation must be lower-case letters, digits and hyphens (at most 63)' })
  evaluation?: string;

  @BooleanQuery('Validate and count what would change, then write nothing.')
  dryRun?: boolean;
}
