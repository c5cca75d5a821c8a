import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, IsOptional } from 'class-validator';
import { CourseListQueryDto } from '../courses/dto/list-query.dto';

export class FidelityQueryDto extends CourseListQueryDto {
  @ApiPropertyOptional({ description: 'Caseload norm for this view (default 12, or CTI_CASELOAD_NORM).' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100)
  caseloadNorm?: number;
}
