import { Column, Entity, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { IsoDate, Timepoint } from '@cti/domain';
import { CourseEntity } from './course.entity';
import { MeasurementValueEntity } from './measurement-value.entity';

/** The instruments administered to one course at one timepoint. */
@Entity('measurement')
export class MeasurementEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => CourseEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'course_id' })
  course: Relation<CourseEntity>;

  @Column({ name: 'course_id', type: 'integer' })
  courseId: number;

  @Column('text')
  timepoint: Timepoint;

  @Column({ name: 'measured_on', type: 'date', nullable: true })
  measuredOn: IsoDate | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  instruments: string[];

  @OneToMany(() => MeasurementValueEntity, (value) => value.measurement)
  values: Relation<MeasurementValueEntity[]>;
}
