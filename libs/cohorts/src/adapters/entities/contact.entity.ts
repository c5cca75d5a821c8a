import { Column, Entity, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import type { ContactMode, IsoDate } from '@cti/domain';
import { CourseChildEntity } from './course-child.entity';
import { WorkerEntity } from './worker.entity';

/** A contact between the CTI worker and the citizen (or the network on the citizen's behalf). */
@Entity('contact')
export class ContactEntity extends CourseChildEntity {
  @Column({ name: 'contact_date', type: 'date' })
  contactDate: IsoDate;

  @Column('integer')
  minutes: number;

  @Column('text')
  mode: ContactMode;

  @ManyToOne(() => WorkerEntity, { nullable: true })
  @JoinColumn({ name: 'worker_id' })
  worker: Relation<WorkerEntity> | null;

  @Column({ name: 'worker_id', type: 'integer', nullable: true })
  workerId: number | null;
}
