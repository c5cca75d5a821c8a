import { Column, PrimaryGeneratedColumn } from 'typeorm';

/** A person known only by a pseudonym within one evaluation; CPR-shaped values are refused by importer and database. */
export abstract class PseudonymEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'evaluation_id', type: 'integer' })
  evaluationId: number;

  @Column('text')
  pseudonym: string;
}
