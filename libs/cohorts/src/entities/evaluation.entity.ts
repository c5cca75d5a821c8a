import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A dataset under analysis: an uploaded cohort, or a municipality's own register of courses. Course ids are unique within it. */
@Entity('evaluation')
export class EvaluationEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  slug: string;

  @Column('text')
  name: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
