import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { IsoDate } from '@cti/domain';
import type { FidelityWarning, PhaseEvent } from '../../method/phase-events';

/** A phase change or closure as recorded, with the fidelity warnings it was given. */
@Entity('course_phase_event')
export class CoursePhaseEventEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'course_id', type: 'integer' })
  courseId: number;

  @Column('text')
  event: PhaseEvent;

  @Column({ name: 'event_date', type: 'date' })
  eventDate: IsoDate;

  @Column({ type: 'jsonb', default: [] })
  warnings: FidelityWarning[];

  @Column({ name: 'recorded_at', type: 'timestamptz' })
  recordedAt: Date;

  @Column({ name: 'recorded_by', type: 'text' })
  recordedBy: string;
}
