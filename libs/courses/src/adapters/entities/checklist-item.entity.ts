import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { ChecklistCode } from '../../checklists/checklist-definitions';

/** One item of the manual's checklists (seeds/checklists), Danish as in the manual with English alongside. */
@Entity('checklist_item')
export class ChecklistItemEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column('text')
  checklist: ChecklistCode;

  @Column('text')
  code: string;

  @Column('smallint')
  position: number;

  @Column({ name: 'text_da', type: 'text' })
  textDa: string;

  @Column({ name: 'text_en', type: 'text' })
  textEn: string;
}
