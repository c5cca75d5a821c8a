import { TIMEPOINTS, type InstrumentDefinition, type ItemValue, type MeasurementRecord } from '@cti/domain';
import type { RowBatches, RowFields } from '../fields/row-fields';
import type { TableSchema } from '../table/header-check';
import type { Table } from '../table/table';
import { firstOccurrence, type LocatedRecord } from './located-record';
import { registryItemColumns, type ItemColumn } from './measurement-columns';

export function measurementsSchema(instruments: InstrumentDefinition[]): TableSchema {
  const itemKeys = new Set(registryItemColumns(instruments).map((column) => column.key));
  return { required: ['course_id', 'timepoint'], optional: ['date'], isExtraColumn: (key) => itemKeys.has(key) };
}

/**
 * The item values of a row. A value is the same immutable record wherever it recurs (a column holds a handful of
 * distinct values), so a national bundle's millions of item values cost a pointer each, not an object each.
 */
function itemValues(fields: RowFields, columns: ItemColumn[], shared: Map<number, ItemValue>[]): ItemValue[] {
  const values: ItemValue[] = [];
  columns.forEach(({ key, instrument, item }, i) => {
    const value = fields.integer(key);
    if (value === null) return;
    if (value < item.min || value > item.max) {
      fields.error(key, `${value} is outside ${instrument.code} ${item.code}'s range ${item.min}–${item.max}`);
      return;
    }
    let itemValue = shared[i].get(value);
    if (!itemValue) shared[i].set(value, (itemValue = Object.freeze({ instrument: instrument.code, item: item.code, value })));
    values.push(itemValue);
  });
  return values;
}

/**
 * measurements.csv: one row per course × timepoint. An instrument counts as administered when any of its
 * columns is present; blank item cells are missing items, so only filled ones become values.
 */
export async function readMeasurements(
  header: Table['columns'], rows: RowBatches, instruments: InstrumentDefinition[],
): Promise<LocatedRecord<MeasurementRecord>[]> {
  const present = new Set(header.map((column) => column.key));
  const columns = registryItemColumns(instruments).filter((column) => present.has(column.key));
  // one list for every reading: the same instruments are administered wherever the columns are
  const administered = Object.freeze(instruments.filter((instrument) => columns.some((column) => column.instrument === instrument)).map((instrument) => instrument.code));
  const shared = columns.map(() => new Map<number, ItemValue>());
  const seen = new Map<string, number>();
  const measurements: LocatedRecord<MeasurementRecord>[] = [];
  for await (const batch of rows) {
    for (const fields of batch) {
      const courseId = fields.text('course_id', true);
      const timepoint = fields.vocabulary('timepoint', TIMEPOINTS, true);
      const date = fields.date('date');
      const values = itemValues(fields, columns, shared);
      if (courseId === null || timepoint === null) continue;
      const unique = firstOccurrence(seen, `${courseId}\u0000${timepoint}`, fields.line, (firstLine) =>
        fields.error('timepoint', `${courseId} already has a ${timepoint} measurement on line ${firstLine}`),
      );
      if (unique) measurements.push({ line: fields.line, record: { courseId, timepoint, date, instruments: administered, values } });
    }
  }
  return measurements;
}
