import { Column, Entity } from 'typeorm';
import type { FocusDomain, FocusStatus, IsoDate } from '@cti/domain';
import { CourseChildEntity } from './course-child.entity';

/** A focus area of the course's CTI plan (the method wants 2–3, chosen by the citizen). */
@Entity('focus_area')
export class FocusAreaEntity extends CourseChildEntity {
  @Column('text')
  domain: FocusDomain;

  @Column({ name: 'set_date', type: 'date', nullable: true })
  setDate: IsoDate | null;

  @Column({ type: 'text', nullable: true })
  status: FocusStatus | null;
}
