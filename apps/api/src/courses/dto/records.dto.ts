import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMinSize, IsArray, IsIn, IsInt, IsObject, IsOptional, Max, Min } from 'class-validator';
import { CONTACT_MODES, FOCUS_DOMAINS, FOCUS_STATUSES, type ContactMode, type FocusDomain, type FocusStatus } from '@cti/domain';
import { CONTACT_PARTIES, type ContactParty } from '@cti/courses';
import { DateField } from './date-field';

export class FocusAreaDto {
  @ApiProperty({ enum: FOCUS_DOMAINS, description: 'One of the eight life areas (or other).' })
  @IsIn(FOCUS_DOMAINS)
  domain: FocusDomain;

  @DateField('The day the citizen chose it.')
  setDate: string;

  @ApiPropertyOptional({ enum: FOCUS_STATUSES, default: 'active' })
  @IsOptional() @IsIn(FOCUS_STATUSES)
  status?: FocusStatus;
}

export class FocusStatusDto {
  @ApiProperty({ enum: FOCUS_STATUSES })
  @IsIn(FOCUS_STATUSES)
  status: FocusStatus;
}

export class ContactDto {
  @DateField('Day of the contact.')
  date: string;

  @ApiProperty({ example: 60 })
  @Type(() => Number) @IsInt() @Min(1) @Max(24 * 60)
  minutes: number;

  @ApiProperty({ enum: CONTACT_MODES })
  @IsIn(CONTACT_MODES)
  mode: ContactMode;

  @ApiProperty({ enum: CONTACT_PARTIES, isArray: true, description: 'With whom: the citizen, the private network, services.' })
  @IsArray() @ArrayMinSize(1) @IsIn(CONTACT_PARTIES, { each: true })
  with: ContactParty[];
}

export class ReadingDto {
  @DateField('Day the instrument was administered.')
  date: string;

  @ApiProperty({ description: 'Item code → value (null = missing), checked against the instrument registry.', example: { mental_health: 4, work: 2 } })
  @IsObject()
  values: Record<string, number | null>;
}
