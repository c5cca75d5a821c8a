import type { CourseRecord, IsoDate } from '@cti/domain';
import type { RowFields } from '../fields/row-fields';

// The course timeline in order. A phase start must come strictly after whatever precedes it;
// the others may fall on the same day (contact_start <= start_date < phase2_start < phase3_start <= end_date).
const TIMELINE: { column: string; field: keyof CourseRecord; strictlyAfterPrevious: boolean }[] = [
  { column: 'contact_start', field: 'contactStart', strictlyAfterPrevious: false },
  { column: 'start_date', field: 'startDate', strictlyAfterPrevious: false },
  { column: 'phase2_start', field: 'phase2Start', strictlyAfterPrevious: true },
  { column: 'phase3_start', field: 'phase3Start', strictlyAfterPrevious: true },
  { column: 'end_date', field: 'endDate', strictlyAfterPrevious: false },
];

/** Checks that the present dates of the timeline are in order, each against the nearest present one before it. */
export function checkCourseTimeline(course: CourseRecord, fields: RowFields): void {
  let previous: { column: string; date: IsoDate } | null = null;
  for (const step of TIMELINE) {
    const date = course[step.field] as IsoDate | null;
    if (date === null) continue;
    if (previous) {
      const wrong = step.strictlyAfterPrevious ? date <= previous.date : date < previous.date;
      if (wrong) fields.error(step.column, `${date} must be ${step.strictlyAfterPrevious ? 'after' : 'on or after'} ${previous.column} ${previous.date}`);
    }
    previous = { column: step.column, date };
  }
}

export const CTI_ONLY_COLUMNS = ['contact_start', 'phase2_start', 'phase3_start', 'handover_plan_date'] as const;
