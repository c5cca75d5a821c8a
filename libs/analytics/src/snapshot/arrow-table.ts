import { makeData, RecordBatch, Struct, Table, vectorFromArray, type Schema } from 'apache-arrow';

export type ArrowCell = string | number | boolean | Date | null;

/** An Arrow table with exactly the given schema, from row objects keyed by field name (missing keys are null). */
export function tableFromRows(schema: Schema, rows: readonly Record<string, ArrowCell>[]): Table {
  const children = schema.fields.map((field) => {
    const vector = vectorFromArray(
      rows.map((row) => row[field.name] ?? null),
      field.type,
    );
    // vectorFromArray may chunk long columns; one contiguous buffer per column keeps the batch simple.
    return (vector.data.length === 1 ? vector : vectorFromArray([...vector], field.type)).data[0];
  });
  const batchData = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return new Table(schema, [new RecordBatch(schema, batchData)]);
}

/** ISO `YYYY-MM-DD` → a Date at UTC midnight, the form Arrow's Date32<DAY> builder expects. */
export function isoDate(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}
