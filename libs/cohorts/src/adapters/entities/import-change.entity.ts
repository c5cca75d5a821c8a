import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A value a re-import changed: the trace a corrected upload leaves. */
@Entity('import_change')
export class ImportChangeEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ name: 'batch_id', type: 'integer' })
  batchId: number;

  @Column({ name: 'table_name', type: 'text' })
  tableName: string;

  @Column({ name: 'record_key', type: 'text' })
  recordKey: string;

  @Column('text')
  field: string;

  @Column({ name: 'old_value', type: 'text', nullable: true })
  oldValue: string | null;

  @Column({ name: 'new_value', type: 'text', nullable: true })
  newValue: string | null;
}
