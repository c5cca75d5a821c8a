import { TIMEPOINTS, type InstrumentDefinition, type ItemValue, type MeasurementRecord } from '@cti/domain';
import type { ErrorCollector } from '../error-collector';
import { rowsOf, type RowFields } from '../fields/row-fields';
import type { TableSchema } from '../table/header-check';
import type { Table } from '../table/table';
import { firstOccurrence, type LocatedRecord } from './located-record';
import { registryItemColumns, type ItemColumn } from './measurement-columns';

export function measurementsSchema(instruments: InstrumentDefinition[]): TableSchema {
  const itemKeys = new Set(registryItemColumns(instruments).map((column) => column.key));
  return { required: ['course_id', 'timepoint'], optional: ['date'], isExtraColumn: (key) => itemKeys.has(key) };
}

function itemValues(fields: RowFields, columns: ItemColumn[]): ItemValue[] {
  const values: ItemValue[] = [];
  for (const { key, instrument, item } of columns) {
    const value = fields.integer(key);
    if (value === null) continue;
    if (value < item.min || value > item.max) fields.error(key, `${value} is outside ${instrument.code} ${item.code}'s range ${item.min}–${item.max}`);
    else values.push({ instrument: instrument.code, item: item.code, value });
  }
  return values;
}

/**
 * measurements.csv: one row per course × timepoint. An instrument counts as administered when any of its
 * columns is present; blank item cells are missing items, so only filled ones become values.
 */
export function readMeasurements(table: Table, instruments: InstrumentDefinition[], errors: ErrorCollector): LocatedRecord<MeasurementRecord>[] {
  const present = new Set(table.columns.map((column) => column.key));
  const columns = registryItemColumns(instruments).filter((column) => present.has(column.key));
  const administered = instruments.filter((instrument) => columns.some((column) => column.instrument === instrument)).map((instrument) => instrument.code);
  const seen = new Map<string, number>();
  const measurements: LocatedRecord<MeasurementRecord>[] = [];
  for (const fields of rowsOf(table, errors)) {
    const courseId = fields.text('course_id', true);
    const timepoint = fields.vocabulary('timepoint', TIMEPOINTS, true);
    const date = fields.date('date');
    const values = itemValues(fields, columns);
    if (courseId === null || timepoint === null) continue;
    const unique = firstOccurrence(seen, `${courseId}\u0000${timepoint}`, fields.line, (firstLine) =>
      fields.error('timepoint', `${courseId} already has a ${timepoint} measurement on line ${firstLine}`),
    );
    if (unique) measurements.push({ line: fields.line, record: { courseId, timepoint, date, instruments: [...administered], values } });
  }
  return measurements;
}
