import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryColumn({ type: 'smallint' })
  code: number;

  @Column('text')
  name: string;

  @Column('text')
  region: string;
}
