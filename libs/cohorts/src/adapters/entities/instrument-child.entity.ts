import { Column, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { InstrumentEntity } from './instrument.entity';

/** A row that belongs to one edition of an instrument and goes with it (its items and its scores). */
export abstract class InstrumentChildEntity {
  @PrimaryGeneratedColumn()
  id: number;

  // The instrument's `items` and `scores` name this relation as their inverse side.
  @ManyToOne(() => InstrumentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'instrument_id' })
  instrument: Relation<InstrumentEntity>;

  @Column({ name: 'instrument_id', type: 'integer' })
  instrumentId: number;

  @Column('text')
  code: string;
}
