import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';
import { SafeText } from './safe-text';

export class CourseListQueryDto {
  @ApiPropertyOptional({ description: 'Municipality code (kommunekode).' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(100) @Max(999)
  municipality?: number;

  @ApiPropertyOptional({ description: 'A CTI worker\'s pseudonym.' })
  @IsOptional() @IsString() @SafeText()
  worker?: string;
}
