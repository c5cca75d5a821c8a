import { Column, Entity, OneToMany, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstrumentItemEntity } from './instrument-item.entity';
import { InstrumentScoreEntity } from './instrument-score.entity';

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

  @OneToMany(() => InstrumentItemEntity, (item) => item.instrument)
  items: Relation<InstrumentItemEntity[]>;

  @OneToMany(() => InstrumentScoreEntity, (score) => score.instrument)
  scores: Relation<InstrumentScoreEntity[]>;
}
