import { Column, Entity } from 'typeorm';
import type { CostCategory, CostUnit } from '@cti/domain';
import { CourseChildEntity } from './course-child.entity';
import { numericColumn } from './numeric-transformer';

/** A cost line of a course: hours, bed days or a one-off amount, covering months from_month..to_month after the start. */
@Entity('cost_line')
export class CostLineEntity extends CourseChildEntity {
  @Column('text')
  category: CostCategory;

  @Column({ name: 'from_month', type: 'smallint' })
  fromMonth: number;

  @Column({ name: 'to_month', type: 'smallint' })
  toMonth: number;

  @Column({ type: 'numeric', nullable: true, transformer: numericColumn })
  quantity: number | null;

  @Column({ type: 'text', nullable: true })
  unit: CostUnit | null;

  @Column({ name: 'unit_cost_dkk', type: 'numeric', nullable: true, transformer: numericColumn })
  unitCostDkk: number | null;

  @Column({ name: 'amount_dkk', type: 'numeric', nullable: true, transformer: numericColumn })
  amountDkk: number | null;
}
