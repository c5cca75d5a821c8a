import type { ChangeInterpretation } from '@cti/domain';
import { Column, Entity } from 'typeorm';
import { InstrumentChildEntity } from './instrument-child.entity';
import { numericColumn } from './numeric-transformer';

@Entity('instrument_score')
export class InstrumentScoreEntity extends InstrumentChildEntity {
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
