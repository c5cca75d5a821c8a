import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** An evaluator's membership of an evaluation: what it may import into and analyse. */
@Entity('evaluation_member')
export class EvaluationMemberEntity {
  @PrimaryColumn({ name: 'evaluation_id', type: 'integer' })
  evaluationId: number;

  @PrimaryColumn({ name: 'user_id', type: 'integer' })
  userId: number;

  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' })
  addedAt: Date;
}
