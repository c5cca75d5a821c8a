import type { ChangeInterpretation } from '@cti/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';
import { numericColumn } from './numeric-transformer';

@Entity('instrument_score')
export class InstrumentScoreEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => InstrumentEntity, (instrument) => instrument.scores, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ name: 'instrument_id', type: 'integer' })
  instrumentId: number;

  @Column('text')
  code: string;

  @Column('text')
  label: string;

  @Column('text')
  method: 'sum' | 'mean';

  @Column({ type: 'numeric', nullable: true, transformer: numericColumn })
  multiplier: number | null;

  @Column({ type: 'jsonb', nullable: true })
  conversion: Record<string, number> | null;

  /** Minimal important change and reliability with their sources (seeds/instruments, `change`). */
  @Column({ name: 'change_interpretation', type: 'jsonb', nullable: true })
  changeInterpretation: ChangeInterpretation | null;
}
