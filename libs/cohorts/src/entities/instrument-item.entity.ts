import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';
import { numericColumn } from './numeric-transformer';

@Entity('instrument_item')
export class InstrumentItemEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @ManyToOne(() => InstrumentEntity, (instrument) => instrument.items, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ name: 'instrument_id', type: 'integer' })
  instrumentId: number;

  @Column('text')
  code: string;

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
