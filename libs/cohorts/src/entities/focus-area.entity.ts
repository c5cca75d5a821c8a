import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { FocusDomain, FocusStatus, IsoDate } from '@cti/domain';
import { CourseEntity } from './course.entity';

/** A focus area of the course's CTI plan (the method wants 2–3, chosen by the citizen). */
@Entity('focus_area')
export class FocusAreaEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course: Relation<CourseEntity>;

  @Column({ name: 'course_id', type: 'integer' })
  courseId: number;

  @Column('text')
  domain: FocusDomain;

  @Column({ name: 'set_date', type: 'date', nullable: true })
  setDate: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  status: FocusStatus | null;
}
