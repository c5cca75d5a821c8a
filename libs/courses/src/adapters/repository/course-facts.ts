import type { EntityManager } from 'typeorm';
import type { IsoDate } from '@cti/domain';
import type { ChecklistCode } from '../../checklists/checklist-definitions';
import type { CourseFacts } from '../../fidelity/alert';
import type { RegisteredCourse } from './registered-course';

/** What the fidelity rules read, for courses already fetched within the caller's scope: three set-based queries. */
export async function loadCourseFacts(em: EntityManager, courses: RegisteredCourse[]): Promise<CourseFacts[]> {
  const ids = courses.map((c) => c.id);
  const contacts = (await em.query('SELECT course_id, contact_date AS date, minutes FROM contact WHERE course_id = ANY($1::int[]) ORDER BY contact_date', [ids])) as {
    course_id: number; date: IsoDate; minutes: number;
  }[];
  const focus = (await em.query(
    `SELECT course_id, count(*)::int AS n FROM focus_area WHERE course_id = ANY($1::int[]) AND coalesce(status, 'active') <> 'dropped' GROUP BY course_id`, [ids],
  )) as { course_id: number; n: number }[];
  const open = (await em.query(`
    SELECT ids.course_id, i.checklist, count(*)::int AS n
    FROM unnest($1::int[]) AS ids(course_id) CROSS JOIN checklist_item i
    WHERE NOT EXISTS (SELECT 1 FROM checklist_tick t WHERE t.course_id = ids.course_id AND t.item_id = i.id)
    GROUP BY ids.course_id, i.checklist`, [ids])) as { course_id: number; checklist: ChecklistCode; n: number }[];
  return courses.map((c) => ({
    courseId: c.id, courseCode: c.courseCode, municipalityCode: c.municipalityCode, worker: c.worker, timeline: c,
    activeFocusAreas: focus.find((f) => f.course_id === c.id)?.n ?? 0,
    contacts: contacts.filter((k) => k.course_id === c.id).map((k) => ({ date: k.date, minutes: k.minutes })),
    openChecklistItems: Object.fromEntries(open.filter((o) => o.course_id === c.id).map((o) => [o.checklist, o.n])),
  }));
}
