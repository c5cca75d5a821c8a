import type { AnalysisSettings } from '@cti/domain';
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

  /** Bumped by every write to the evaluation's data; analytics snapshots are keyed to it. */
  @Column({ name: 'data_version', type: 'integer', default: 0 })
  dataVersion: number;

  @Column({ name: 'data_changed_at', type: 'timestamptz', nullable: true })
  dataChangedAt: Date | null;

  /** The outcome hierarchy the reports use (primary outcome and timepoint, key secondary outcomes); null: the defaults. */
  @Column({ name: 'analysis_settings', type: 'jsonb', nullable: true })
  analysisSettings: AnalysisSettings | null;
}
