import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { IsoDate } from '@cti/domain';

/** A checklist item ticked for a course: on which day, by whom. */
@Entity('checklist_tick')
export class ChecklistTickEntity {
  @PrimaryColumn({ name: 'course_id', type: 'integer' })
  courseId: number;

  @PrimaryColumn({ name: 'item_id', type: 'integer' })
  itemId: number;

  @Column({ name: 'ticked_on', type: 'date' })
  tickedOn: IsoDate;

  @Column({ name: 'ticked_by', type: 'text' })
  tickedBy: string;

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;
}
