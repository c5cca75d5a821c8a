import { Column, Entity, OneToMany, type Relation } from 'typeorm';
import type { IsoDate, Timepoint } from '@cti/domain';
import { CourseChildEntity } from './course-child.entity';
import { MeasurementValueEntity } from './measurement-value.entity';

/** The instruments administered to one course at one timepoint. */
@Entity('measurement')
export class MeasurementEntity extends CourseChildEntity {
  @Column('text')
  timepoint: Timepoint;

  @Column({ name: 'measured_on', type: 'date', nullable: true })
  measuredOn: IsoDate | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  instruments: string[];

  @OneToMany(() => MeasurementValueEntity, (value) => value.measurement)
  values: Relation<MeasurementValueEntity[]>;
}
