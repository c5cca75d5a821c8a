import { END_REASONS, type EndReason } from '@cti/domain';
import { PHASE_EVENTS, type PhaseEvent } from '@cti/courses';
import { OneOfField } from '../../common/field.decorators';
import { DateField } from './date-field';

export class PhaseChangeDto {
  @OneOfField(PHASE_EVENTS, { description: 'phase1 = the transition (start of support for a control course); closed = the end; withdrawn = an end in the contact period, before the transition.' })
  event: PhaseEvent;

  @DateField('The day it happened; not in the future.')
  date: string;

  @OneOfField(END_REASONS, { description: 'Required when closing or withdrawing (not `completed` for a withdrawal).' }, true)
  endReason?: EndReason;

  @DateField('When closing: the day the handover plan was agreed, if not recorded before.', true)
  handoverPlanDate?: string;
}

export class HandoverPlanDto {
  @DateField('The day the handover plan (overdragelsesplan) was agreed with the citizen and the network.')
  date: string;
}

export class TickDto {
  @DateField('The day the item was fulfilled; today when absent.', true)
  tickedOn?: string;
}
