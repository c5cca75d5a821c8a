import { COST_CATEGORIES, COST_UNITS, type CostLineRecord } from '@cti/domain';
import type { RowBatches, RowFields } from '../fields/row-fields';
import type { TableSchema } from '../table/header-check';
import type { LocatedRecord } from './located-record';

export const COSTS_SCHEMA: TableSchema = {
  required: ['course_id', 'category', 'from_month', 'to_month'],
  optional: ['quantity', 'unit', 'unit_cost_dkk', 'amount_dkk'],
};

const AMOUNT_TOLERANCE_DKK = 1;

function month(fields: RowFields, key: string): number | null {
  const value = fields.integer(key, true);
  if (value !== null && value < 0) fields.error(key, `${value} is negative; months count from start_date (0)`);
  return value;
}

function checkAmount(fields: RowFields, line: Pick<CostLineRecord, 'quantity' | 'unitCostDkk' | 'amountDkk'>): void {
  const computable = line.quantity !== null && line.unitCostDkk !== null;
  if (line.amountDkk === null) {
    // Only complain about empty cells; a cell holding an invalid number has been reported already.
    const missing = fields.raw('amount_dkk') === '' && (fields.raw('quantity') === '' || fields.raw('unit_cost_dkk') === '');
    if (!computable && missing) fields.error('amount_dkk', 'no amount: give amount_dkk, or both quantity and unit_cost_dkk');
    return;
  }
  if (computable) {
    const computed = line.quantity! * line.unitCostDkk!;
    if (Math.abs(computed - line.amountDkk) > AMOUNT_TOLERANCE_DKK) {
      fields.error('amount_dkk', `${line.amountDkk} differs from quantity × unit_cost_dkk = ${Math.round(computed * 100) / 100} by more than ${AMOUNT_TOLERANCE_DKK} DKK`);
    }
  }
}

/** costs.csv: cost lines; amount_dkk stays null when empty (it is computed later, not filled in here). */
export async function readCosts(rows: RowBatches): Promise<LocatedRecord<CostLineRecord>[]> {
  const costs: LocatedRecord<CostLineRecord>[] = [];
  for await (const batch of rows) {
    for (const fields of batch) {
      const courseId = fields.text('course_id', true);
      const category = fields.vocabulary('category', COST_CATEGORIES, true);
      const fromMonth = month(fields, 'from_month');
      const toMonth = month(fields, 'to_month');
      if (fromMonth !== null && toMonth !== null && fromMonth > toMonth) fields.error('to_month', `${toMonth} is before from_month ${fromMonth}`);
      const amounts = { quantity: fields.decimal('quantity'), unitCostDkk: fields.decimal('unit_cost_dkk'), amountDkk: fields.decimal('amount_dkk') };
      checkAmount(fields, amounts);
      const unit = fields.vocabulary('unit', COST_UNITS);
      if (courseId === null || category === null || fromMonth === null || toMonth === null) continue;
      costs.push({ line: fields.line, record: { courseId, category, fromMonth, toMonth, quantity: amounts.quantity, unit, unitCostDkk: amounts.unitCostDkk, amountDkk: amounts.amountDkk } });
    }
  }
  return costs;
}
