import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Arm, EndReason, IsoDate, Sex, TargetGroup } from '@cti/domain';
import { CitizenEntity } from './citizen.entity';
import { WorkerEntity } from './worker.entity';

/** A course (forløb): one citizen's CTI course, or a control-group support period. */
@Entity('course')
export class CourseEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'evaluation_id', type: 'integer' })
  evaluationId: number;

  @Column({ name: 'course_code', type: 'text' })
  courseCode: string;

  @ManyToOne(() => CitizenEntity)
  @JoinColumn({ name: 'citizen_id' })
  citizen: Relation<CitizenEntity>;

  @Column({ name: 'citizen_id', type: 'integer' })
  citizenId: number;

  @Column({ name: 'municipality_code', type: 'smallint' })
  municipalityCode: number;

  @Column('text')
  arm: Arm;

  @Column({ name: 'target_group', type: 'text', nullable: true })
  targetGroup: TargetGroup | null;

  @ManyToOne(() => WorkerEntity, { nullable: true })
  @JoinColumn({ name: 'worker_id' })
  worker: Relation<WorkerEntity> | null;

  @Column({ name: 'worker_id', type: 'integer', nullable: true })
  workerId: number | null;

  @Column({ type: 'text', nullable: true })
  sex: Sex | null;

  @Column({ name: 'birth_year', type: 'smallint', nullable: true })
  birthYear: number | null;

  @Column({ name: 'contact_start', type: 'date', nullable: true })
  contactStart: IsoDate | null;

  @Column({ name: 'start_date', type: 'date' })
  startDate: IsoDate;

  @Column({ name: 'phase2_start', type: 'date', nullable: true })
  phase2Start: IsoDate | null;

  @Column({ name: 'phase3_start', type: 'date', nullable: true })
  phase3Start: IsoDate | null;

  @Column({ name: 'end_date', type: 'date', nullable: true })
  endDate: IsoDate | null;

  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: EndReason | null;

  @Column({ name: 'handover_plan_date', type: 'date', nullable: true })
  handoverPlanDate: IsoDate | null;
}
