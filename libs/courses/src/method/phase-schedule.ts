import type { IsoDate } from '@cti/domain';
import { addMonths } from '../calendar/calendar-date';
import type { FidelityNorms } from './fidelity-norms';

/** When each change is due. Every date counts from the transition itself, so month-end clamping never accumulates. */
export interface PhaseSchedule {
  phase2Due: IsoDate;
  phase3Due: IsoDate;
  endDue: IsoDate;
  handoverDue: IsoDate;
}

export function phaseSchedule(startDate: IsoDate, norms: FidelityNorms): PhaseSchedule {
  const endDue = addMonths(startDate, norms.courseMonths);
  return {
    phase2Due: addMonths(startDate, norms.phaseMonths),
    phase3Due: addMonths(startDate, 2 * norms.phaseMonths),
    endDue,
    handoverDue: addMonths(startDate, norms.courseMonths - norms.handoverMonthsBeforeEnd),
  };
}
