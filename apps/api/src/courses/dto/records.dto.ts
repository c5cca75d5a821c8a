import { ApiProperty } from '@nestjs/swagger';
import { ArrayMinSize, IsArray, IsIn, IsObject } from 'class-validator';
import { CONTACT_MODES, FOCUS_DOMAINS, FOCUS_STATUSES, type ContactMode, type FocusDomain, type FocusStatus } from '@cti/domain';
import { CONTACT_PARTIES, type ContactParty } from '@cti/courses';
import { OneOfField, WholeNumberField } from '../../common/field.decorators';
import { DateField } from './date-field';

export class FocusAreaDto {
  @OneOfField(FOCUS_DOMAINS, { description: 'One of the eight life areas (or other).' })
  domain: FocusDomain;

  @DateField('The day the citizen chose it.')
  setDate: string;

  @OneOfField(FOCUS_STATUSES, { default: 'active' }, true)
  status?: FocusStatus;
}

export class FocusStatusDto {
  @OneOfField(FOCUS_STATUSES)
  status: FocusStatus;
}

export class ContactDto {
  @DateField('Day of the contact.')
  date: string;

  @WholeNumberField(1, 24 * 60, { example: 60 })
  minutes: number;

  @OneOfField(CONTACT_MODES)
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
