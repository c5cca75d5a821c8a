import { EVALUATION_SLUG } from '@cti/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';

export class ImportQueryDto {
  @ApiPropertyOptional({ description: 'Evaluation (dataset) to import into; created on first import.', default: 'default', example: 'cti-housing-2014' })
  @IsOptional()
  @Matches(EVALUATION_SLUG, { message: 'evaluation must be lower-case letters, digits and hyphens (at most 63)' })
  evaluation?: string;

  @ApiPropertyOptional({ description: 'Validate and count what would change, then write nothing.', default: false })
  @IsOptional()
  @Transform(({ value }) => value === true || value === 'true' || value === '1')
  @IsBoolean()
  dryRun?: boolean;
}
