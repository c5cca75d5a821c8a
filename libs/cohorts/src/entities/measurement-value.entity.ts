import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InstrumentItemEntity } from './instrument-item.entity';
import { MeasurementEntity } from './measurement.entity';
import { numericColumn } from './numeric-transformer';

/** One item's value; the item belongs to one instrument edition. A database trigger keeps it within the item's range. */
@Entity('measurement_value')
export class MeasurementValueEntity {
  @PrimaryColumn({ name: 'measurement_id', type: 'integer' })
  measurementId: number;

  @PrimaryColumn({ name: 'item_id', type: 'integer' })
  itemId: number;

  @ManyToOne(() => MeasurementEntity, (m) => m.values, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'measurement_id' })
  measurement: Relation<MeasurementEntity>;

  @ManyToOne(() => InstrumentItemEntity)
  @JoinColumn({ name: 'item_id' })
  item: Relation<InstrumentItemEntity>;

  @Column({ type: 'numeric', transformer: numericColumn })
  value: number;
}
