import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DomainError, type AccessScope, type ContactMode, type IsoDate } from '@cti/domain';
import { todayOf, type Clock } from '../../calendar/clock';
import type { ContactParty } from '../entities';
import { courseBegins, type RegisteredCourse } from '../repository/registered-course';
import { CLOCK } from '../tokens';
import { CourseWrites } from './course-writes';

export interface NewContact {
  date: IsoDate;
  minutes: number;
  mode: ContactMode;
  with: ContactParty[];
}

/** A contact belongs to the course's own span: from the contact period (or transition) to the end, never in the future. */
function dateProblem(course: RegisteredCourse, date: IsoDate, today: IsoDate): string | null {
  if (date > today) return `a contact cannot be logged in the future (${date})`;
  if (date < courseBegins(course)) return `the contact (${date}) is before the course began (${courseBegins(course)})`;
  if (course.endDate && date > course.endDate) return `the contact (${date}) is after the course ended (${course.endDate})`;
  return null;
}

/** Contacts between the CTI worker and the citizen or their network: what the 4 : 2 : 1 intensity is measured on. */
@Injectable()
export class ContactsService {
  constructor(
    @Inject(CourseWrites) private readonly writes: CourseWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async add(scope: AccessScope, courseId: number, contact: NewContact): Promise<{ id: number }> {
    return this.writes.change(scope, courseId, 'contact', async (em, course) => {
      this.check(course, contact);
      const [row] = (await em.query('INSERT INTO contact (course_id, contact_date, minutes, mode, worker_id) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
        courseId, contact.date, contact.minutes, contact.mode, course.workerId,
      ])) as { id: number }[];
      await em.query('INSERT INTO contact_party (contact_id, parties) VALUES ($1, $2)', [row.id, [...new Set(contact.with)]]);
      return row;
    });
  }

  /** Corrects a logged contact (date, minutes, mode, with whom), checked as when it was logged; the worker stays. */
  async update(scope: AccessScope, courseId: number, contactId: number, contact: NewContact): Promise<{ id: number }> {
    return this.writes.change(scope, courseId, `contact ${contactId} corrected`, async (em, course) => {
      this.check(course, contact);
      await requireContact(em, courseId, contactId);
      await em.query('UPDATE contact SET contact_date = $2, minutes = $3, mode = $4 WHERE id = $1', [contactId, contact.date, contact.minutes, contact.mode]);
      await em.query('INSERT INTO contact_party (contact_id, parties) VALUES ($1, $2) ON CONFLICT (contact_id) DO UPDATE SET parties = excluded.parties', [
        contactId, [...new Set(contact.with)],
      ]);
      return { id: contactId };
    });
  }

  /** Removes a contact logged by mistake. */
  async remove(scope: AccessScope, courseId: number, contactId: number): Promise<void> {
    await this.writes.change(scope, courseId, `contact ${contactId} deleted`, async (em) => {
      await requireContact(em, courseId, contactId);
      await em.query('DELETE FROM contact WHERE id = $1', [contactId]); // whom it was with goes with it (ON DELETE CASCADE)
    });
  }

  private check(course: RegisteredCourse, contact: NewContact): void {
    const problem = dateProblem(course, contact.date, todayOf(this.clock));
    if (problem) throw new DomainError('invalid', 'contact.invalid', { problem });
  }
}

/** The contact, if it belongs to this course (already locked and scoped by CourseWrites); else 404. */
async function requireContact(em: EntityManager, courseId: number, contactId: number): Promise<void> {
  const rows = (await em.query('SELECT 1 FROM contact WHERE id = $1 AND course_id = $2', [contactId, courseId])) as unknown[];
  if (rows.length === 0) throw new DomainError('not_found', 'contact.not_found', { contactId, courseId });
}
