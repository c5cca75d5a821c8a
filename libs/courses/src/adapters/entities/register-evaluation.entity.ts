import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A municipality's own register: the evaluation that holds the courses it runs in the platform. */
@Entity('register_evaluation')
export class RegisterEvaluationEntity {
  @PrimaryColumn({ name: 'municipality_code', type: 'smallint' })
  municipalityCode: number;

  @Column({ name: 'evaluation_id', type: 'integer' })
  evaluationId: number;
}
