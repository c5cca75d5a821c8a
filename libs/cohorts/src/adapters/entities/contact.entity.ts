import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { ContactMode, IsoDate } from '@cti/domain';
import { CourseEntity } from './course.entity';
import { WorkerEntity } from './worker.entity';

/**
 * A contact between the CTI worker and the citizen (or the network on the citizen's behalf). Its course and worker are
 * kept by statement-level triggers, not foreign keys (migration 1764300000000): a million contacts nationally, and a
 * foreign key checks each on its own. The cascade from course is one of those triggers.
 */
@Entity('contact')
export class ContactEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => CourseEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'course_id' })
  course: Relation<CourseEntity>;

  @Column({ name: 'course_id', type: 'integer' })
  courseId: number;

  @Column({ name: 'contact_date', type: 'date' })
  contactDate: IsoDate;

  @Column('integer')
  minutes: number;

  @Column('text')
  mode: ContactMode;

  @ManyToOne(() => WorkerEntity, { nullable: true, createForeignKeyConstraints: false })
  @JoinColumn({ name: 'worker_id' })
  worker: Relation<WorkerEntity> | null;

  @Column({ name: 'worker_id', type: 'integer', nullable: true })
  workerId: number | null;
}
