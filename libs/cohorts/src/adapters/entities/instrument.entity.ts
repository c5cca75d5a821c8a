import { Column, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { InstrumentItemEntity } from './instrument-item.entity';
import type { InstrumentScoreEntity } from './instrument-score.entity';

/** One edition of an instrument in the registry; readings point at its items, so they record the edition. */
@Entity('instrument')
export class InstrumentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  code: string;

  @Column('text')
  edition: string;

  @Column('text')
  name: string;

  @Column({ name: 'name_da', type: 'text', nullable: true })
  nameDa: string | null;

  @Column({ name: 'higher_is_better', type: 'boolean' })
  higherIsBetter: boolean;

  @Column({ name: 'items_are_outcomes', type: 'boolean' })
  itemsAreOutcomes: boolean;

  @Column({ name: 'is_current', type: 'boolean', default: true })
  isCurrent: boolean;

  // Named, not imported: items and scores refer back to their instrument, and names keep the imports one-way.
  @OneToMany('InstrumentItemEntity', (item: InstrumentItemEntity) => item.instrument)
  items: Relation<InstrumentItemEntity[]>;

  @OneToMany('InstrumentScoreEntity', (score: InstrumentScoreEntity) => score.instrument)
  scores: Relation<InstrumentScoreEntity[]>;
}
