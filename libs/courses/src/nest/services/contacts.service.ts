import { BadRequestException, Inject, Injectable } from '@nestjs/common';
import type { AccessScope, ContactMode, IsoDate } from '@cti/domain';
import { todayOf, type Clock } from '../../calendar/clock';
import type { ContactParty } from '../entities';
import { courseBegins } from '../repository/registered-course';
import { CLOCK } from '../tokens';
import { CourseWrites } from './course-writes';

export interface NewContact {
  date: IsoDate;
  minutes: number;
  mode: ContactMode;
  with: ContactParty[];
}

/** Contacts between the CTI worker and the citizen or their network: what the 4 : 2 : 1 intensity is measured on. */
@Injectable()
export class ContactsService {
  constructor(
    @Inject(CourseWrites) private readonly writes: CourseWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async add(scope: AccessScope, courseId: number, contact: NewContact): Promise<{ id: number }> {
    if (contact.date > todayOf(this.clock)) throw new BadRequestException(`a contact cannot be logged in the future (${contact.date})`);
    return this.writes.change(scope, courseId, 'contact', async (em, course) => {
      if (contact.date < courseBegins(course)) throw new BadRequestException(`the contact (${contact.date}) is before the course began (${courseBegins(course)})`);
      if (course.endDate && contact.date > course.endDate) throw new BadRequestException(`the contact (${contact.date}) is after the course ended (${course.endDate})`);
      const [row] = (await em.query('INSERT INTO contact (course_id, contact_date, minutes, mode, worker_id) VALUES ($1, $2, $3, $4, $5) RETURNING id', [
        courseId, contact.date, contact.minutes, contact.mode, course.workerId,
      ])) as { id: number }[];
      await em.query('INSERT INTO contact_party (contact_id, parties) VALUES ($1, $2)', [row.id, [...new Set(contact.with)]]);
      return row;
    });
  }
}
