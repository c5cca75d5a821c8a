import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A citizen known only by a pseudonym; CPR numbers are refused by the importer and by a database CHECK. */
@Entity('citizen')
export class CitizenEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'evaluation_id', type: 'integer' })
  evaluationId: number;

  @Column('text')
  pseudonym: string;
}
