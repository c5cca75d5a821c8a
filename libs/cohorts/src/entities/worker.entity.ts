import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A CTI worker (CTI-medarbejder) by pseudonym: the unit of caseload and fidelity. */
@Entity('worker')
export class WorkerEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'evaluation_id', type: 'integer' })
  evaluationId: number;

  @Column('text')
  pseudonym: string;
}
