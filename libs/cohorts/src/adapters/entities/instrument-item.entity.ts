import { Column, Entity } from 'typeorm';
import { InstrumentChildEntity } from './instrument-child.entity';
import { numericColumn } from './numeric-transformer';

@Entity('instrument_item')
export class InstrumentItemEntity extends InstrumentChildEntity {
  @Column('smallint')
  position: number;

  @Column('text')
  label: string;

  @Column({ name: 'label_da', type: 'text', nullable: true })
  labelDa: string | null;

  @Column({ name: 'min_value', type: 'numeric', transformer: numericColumn })
  minValue: number;

  @Column({ name: 'max_value', type: 'numeric', transformer: numericColumn })
  maxValue: number;
}
