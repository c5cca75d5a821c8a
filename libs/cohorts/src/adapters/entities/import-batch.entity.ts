import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type ImportOutcome = 'imported' | 'unchanged' | 'rejected';

/** One attempt to import a bundle: who, when, which files (with checksums), what it changed, or why it was refused. */
@Entity('import_batch')
export class ImportBatchEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'evaluation_id', type: 'integer' })
  evaluationId: number;

  @Column('text')
  actor: string;

  @Column('text')
  source: string;

  @Column({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Column({ name: 'finished_at', type: 'timestamptz', default: () => 'now()' })
  finishedAt: Date;

  @Column('text')
  outcome: ImportOutcome;

  /** The evaluation's data version this batch left behind: an identical bundle on top of it changes nothing. */
  @Column({ name: 'data_version', type: 'integer', nullable: true })
  dataVersion: number | null;

  @Column('jsonb')
  files: unknown;

  @Column('jsonb')
  counts: unknown;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  errors: unknown;
}
