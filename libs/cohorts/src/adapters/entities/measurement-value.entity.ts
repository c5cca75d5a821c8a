import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { InstrumentItemEntity } from './instrument-item.entity';
import { MeasurementEntity } from './measurement.entity';
import { numericColumn } from './numeric-transformer';

/**
 * One item's value; the item belongs to one instrument edition. Database triggers keep it within the item's range and
 * its measurement and item existing (and delete it with its measurement).
 */
@Entity('measurement_value')
export class MeasurementValueEntity {
  @PrimaryColumn({ name: 'measurement_id', type: 'integer' })
  measurementId: number;

  @PrimaryColumn({ name: 'item_id', type: 'integer' })
  itemId: number;

  // Both references are kept by statement-level triggers, not foreign keys (migration 1764210000000): a foreign key
  // checks each of the millions of rows on its own. The cascade from measurement is one of those triggers.
  @ManyToOne(() => MeasurementEntity, (m) => m.values, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'measurement_id' })
  measurement: Relation<MeasurementEntity>;

  @ManyToOne(() => InstrumentItemEntity, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'item_id' })
  item: Relation<InstrumentItemEntity>;

  @Column({ type: 'numeric', transformer: numericColumn })
  value: number;
}
