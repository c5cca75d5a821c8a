import { makeData, RecordBatch, Struct, Table, Utf8, vectorFromArray, type Data, type Field, type Schema } from 'apache-arrow';

export type ArrowCell = string | number | boolean | Date | null;

/** A Utf8 column built straight into one offsets and one bytes buffer: vectorFromArray's builder is ~20× slower here. */
function utf8Data(values: readonly ArrowCell[]): Data<Utf8> {
  const offsets = new Int32Array(values.length + 1);
  const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
  let bytes = 0;
  let nullCount = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === null) nullCount++;
    else {
      bytes += Buffer.byteLength(String(v), 'utf8');
      nullBitmap[i >> 3] |= 1 << (i & 7);
    }
    offsets[i + 1] = bytes;
  }
  const data = Buffer.alloc(bytes);
  for (let i = 0; i < values.length; i++) if (values[i] !== null) data.write(String(values[i]), offsets[i], 'utf8');
  return makeData({ type: new Utf8(), length: values.length, nullCount, nullBitmap: nullCount ? nullBitmap : null, valueOffsets: offsets, data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength) });
}

function columnData(field: Field, values: ArrowCell[]): Data {
  if (field.type instanceof Utf8) return utf8Data(values);
  const vector = vectorFromArray(values, field.type);
  // vectorFromArray may chunk long columns; one contiguous buffer per column keeps the batch simple.
  return (vector.data.length === 1 ? vector : vectorFromArray([...vector], field.type)).data[0];
}

/** An Arrow table with exactly the given schema, from row objects keyed by field name (missing keys are null). */
export function tableFromRows(schema: Schema, rows: readonly Record<string, ArrowCell>[]): Table {
  const children = schema.fields.map((field) => columnData(field, rows.map((row) => row[field.name] ?? null)));
  const batchData = makeData({ type: new Struct(schema.fields), length: rows.length, nullCount: 0, children });
  return new Table(schema, [new RecordBatch(schema, batchData)]);
}

/** ISO `YYYY-MM-DD` → a Date at UTC midnight, the form Arrow's Date32<DAY> builder expects. */
export function isoDate(value: string | null): Date | null {
  return value === null ? null : new Date(`${value}T00:00:00Z`);
}
