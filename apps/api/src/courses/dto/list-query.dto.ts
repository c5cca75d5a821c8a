import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { WholeNumberField } from '../../common/field.decorators';
import { SafeText } from './safe-text';

export class CourseListQueryDto {
  @WholeNumberField(100, 999, { description: 'Municipality code (kommunekode).' }, true)
  municipality?: number;

  @ApiPropertyOptional({ description: 'A CTI worker\'s pseudonym.' })
  @IsOptional() @IsString() @SafeText()
  worker?: string;
}
