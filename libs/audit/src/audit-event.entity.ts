import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only audit trail (the database refuses UPDATE and DELETE on it). */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  at: Date;

  @Column('text')
  actor: string;

  @Column({ name: 'user_id', type: 'integer', nullable: true })
  userId: number | null;

  @Column('text')
  role: string;

  @Column('text')
  action: string;

  @Column('text')
  outcome: 'ok' | 'denied' | 'failed';

  @Column({ type: 'text', nullable: true })
  evaluation: string | null;

  @Column({ name: 'municipality_code', type: 'smallint', nullable: true })
  municipalityCode: number | null;

  @Column({ type: 'text', nullable: true })
  target: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  detail: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  origin: string | null;

  /** Position in the hash chain; set, with both hashes, by the database as the row is inserted. */
  @Column({ type: 'bigint' })
  seq: string;

  @Column({ name: 'prev_hash', type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
