import { FOCUS_DOMAINS, FOCUS_STATUSES, type FocusAreaRecord } from '@cti/domain';
import type { RowBatches } from '../fields/row-fields';
import type { TableSchema } from '../table/header-check';
import type { LocatedRecord } from './located-record';

export const FOCUS_AREAS_SCHEMA: TableSchema = { required: ['course_id', 'domain'], optional: ['set_date', 'status'] };

/** focus_areas.csv: the goal domains of a course's CTI plan. */
export async function readFocusAreas(rows: RowBatches): Promise<LocatedRecord<FocusAreaRecord>[]> {
  const focusAreas: LocatedRecord<FocusAreaRecord>[] = [];
  for await (const batch of rows) {
    for (const fields of batch) {
      const courseId = fields.text('course_id', true);
      const domain = fields.vocabulary('domain', FOCUS_DOMAINS, true);
      const setDate = fields.date('set_date');
      const status = fields.vocabulary('status', FOCUS_STATUSES);
      if (courseId === null || domain === null) continue;
      focusAreas.push({ line: fields.line, record: { courseId, domain, setDate, status } });
    }
  }
  return focusAreas;
}
