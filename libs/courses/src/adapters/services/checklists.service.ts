import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError, type AccessScope, type IsoDate } from '@cti/domain';
import { todayOf, type Clock } from '../../calendar/clock';
import { CHECKLISTS, type ChecklistCode } from '../../checklists/checklist-definitions';
import { CLOCK } from '../tokens';
import { CourseWrites } from './course-writes';

export interface ChecklistItemView {
  code: string;
  da: string;
  en: string;
  tickedOn: IsoDate | null;
  tickedBy: string | null;
}

export interface ChecklistView {
  code: ChecklistCode;
  items: ChecklistItemView[];
}

interface ItemRow {
  checklist: ChecklistCode;
  code: string;
  da: string;
  en: string;
  course_id: number | null;
  ticked_on: IsoDate | null;
  ticked_by: string | null;
}

/** The manual's checklists per course: which items are ticked, on which day, by whom. */
@Injectable()
export class ChecklistsService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CourseWrites) private readonly writes: CourseWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The checklists with their ticks for the given courses (already scope-checked by the caller). */
  async forCourses(em: EntityManager, courseIds: number[]): Promise<Map<number, ChecklistView[]>> {
    const rows = (await em.query(`
      SELECT ids.course_id, i.checklist, i.code, i.text_da AS da, i.text_en AS en, t.ticked_on, t.ticked_by
      FROM unnest($1::int[]) AS ids(course_id) CROSS JOIN checklist_item i
      LEFT JOIN checklist_tick t ON t.item_id = i.id AND t.course_id = ids.course_id
      ORDER BY ids.course_id, i.checklist, i.position`, [courseIds])) as ItemRow[];
    const out = new Map<number, ChecklistView[]>();
    for (const id of courseIds) out.set(id, CHECKLISTS.map((code) => ({ code, items: [] })));
    for (const r of rows) {
      out.get(r.course_id!)!.find((l) => l.code === r.checklist)!.items.push({ code: r.code, da: r.da, en: r.en, tickedOn: r.ticked_on, tickedBy: r.ticked_by });
    }
    return out;
  }

  /** Ticks an item for a course (again: moves the date); `tickedOn` cannot be in the future. */
  async tick(scope: AccessScope, courseId: number, itemCode: string, tickedOn: IsoDate = todayOf(this.clock)): Promise<void> {
    if (tickedOn > todayOf(this.clock)) throw new DomainError('invalid', 'checklist.tick_in_future', { date: tickedOn });
    await this.writes.change(scope, courseId, `checklist ${itemCode} ticked`, async (em) => {
      const itemId = await this.itemId(em, itemCode);
      await em.query(
        `INSERT INTO checklist_tick (course_id, item_id, ticked_on, ticked_by, recorded_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (course_id, item_id) DO UPDATE SET ticked_on = excluded.ticked_on, ticked_by = excluded.ticked_by, recorded_at = excluded.recorded_at`,
        [courseId, itemId, tickedOn, scope.actor, this.clock.now()],
      );
    });
  }

  async untick(scope: AccessScope, courseId: number, itemCode: string): Promise<void> {
    await this.writes.change(scope, courseId, `checklist ${itemCode} unticked`, async (em) => {
      await em.query('DELETE FROM checklist_tick WHERE course_id = $1 AND item_id = $2', [courseId, await this.itemId(em, itemCode)]);
    });
  }

  private async itemId(em: EntityManager, code: string): Promise<number> {
    const [row] = (await em.query('SELECT id FROM checklist_item WHERE code = $1', [code])) as { id: number }[];
    if (!row) throw new DomainError('not_found', 'checklist.item_not_found', { code });
    return row.id;
  }

  definitions(): Promise<{ checklist: ChecklistCode; code: string; da: string; en: string }[]> {
    return this.dataSource.query('SELECT checklist, code, text_da AS da, text_en AS en FROM checklist_item ORDER BY checklist, position');
  }
}

/** Items not ticked, per checklist. */
export function openItems(lists: ChecklistView[]): Partial<Record<ChecklistCode, string[]>> {
  return Object.fromEntries(lists.map((l) => [l.code, l.items.filter((i) => !i.tickedOn).map((i) => i.code)]));
}
