import { Column, Entity, OneToMany, type Relation } from 'typeorm';
import type { IsoDate, Timepoint } from '@cti/domain';
import { CourseChildEntity } from './course-child.entity';
import type { MeasurementValueEntity } from './measurement-value.entity';

/** The instruments administered to one course at one timepoint. */
@Entity('measurement')
export class MeasurementEntity extends CourseChildEntity {
  @Column('text')
  timepoint: Timepoint;

  @Column({ name: 'measured_on', type: 'date', nullable: true })
  measuredOn: IsoDate | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  instruments: string[];

  // Named, not imported: the two entities refer to each other, and a name keeps the import one-way.
  @OneToMany('MeasurementValueEntity', (value: MeasurementValueEntity) => value.measurement)
  values: Relation<MeasurementValueEntity[]>;
}
