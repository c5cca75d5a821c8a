import { CONTACT_MODES, type ContactRecord } from '@cti/domain';
import type { RowBatches } from '../fields/row-fields';
import type { TableSchema } from '../table/header-check';
import type { LocatedRecord } from './located-record';

export const CONTACTS_SCHEMA: TableSchema = { required: ['course_id', 'date', 'minutes', 'mode'], optional: ['worker_id'] };

/** contacts.csv: contacts between CTI worker and citizen. */
export async function readContacts(rows: RowBatches): Promise<LocatedRecord<ContactRecord>[]> {
  const contacts: LocatedRecord<ContactRecord>[] = [];
  for await (const batch of rows) {
    for (const fields of batch) {
      const courseId = fields.text('course_id', true);
      const date = fields.date('date', true);
      const minutes = fields.integer('minutes', true);
      if (minutes !== null && minutes <= 0) fields.error('minutes', `${minutes} is not a positive number of minutes`);
      const mode = fields.vocabulary('mode', CONTACT_MODES, true);
      const workerId = fields.text('worker_id');
      if (courseId === null || date === null || minutes === null || minutes <= 0 || mode === null) continue;
      contacts.push({ line: fields.line, record: { courseId, date, minutes, mode, workerId } });
    }
  }
  return contacts;
}
