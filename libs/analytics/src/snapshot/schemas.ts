// The analytics snapshot contract: one Apache Arrow table per relation. Whoever feeds the engine (the bundle
// converter in from-bundle.ts, the PostgreSQL loader) builds tables with exactly these field names and types.
// Dates are Arrow Date32<DAY> (days since 1970-01-01, no time of day); text is Utf8; every field not marked
// `required` may be null. Extra fields are rejected, so a renamed column cannot slip through silently.
import { Bool, DateDay, Field, Float64, Int32, Schema, Utf8, type DataType, type Table } from 'apache-arrow';

const required = (name: string, type: DataType): Field => new Field(name, type, false);
const optional = (name: string, type: DataType): Field => new Field(name, type, true);

/** courses: one row per course (forløb). `arm` is `cti` | `control`. */
export const COURSES_SCHEMA = new Schema([
  required('course_id', new Utf8()),
  required('citizen_id', new Utf8()),
  required('municipality_code', new Int32()),
  required('arm', new Utf8()),
  optional('target_group', new Utf8()),
  optional('worker_id', new Utf8()),
  optional('sex', new Utf8()),
  optional('birth_year', new Int32()),
  optional('contact_start', new DateDay()),
  required('start_date', new DateDay()),
  optional('phase2_start', new DateDay()),
  optional('phase3_start', new DateDay()),
  optional('end_date', new DateDay()),
  optional('end_reason', new Utf8()),
  optional('handover_plan_date', new DateDay()),
]);

/** measurements: one row per course × timepoint that was administered, even when every item is blank. */
export const MEASUREMENTS_SCHEMA = new Schema([required('course_id', new Utf8()), required('timepoint', new Utf8()), optional('date', new DateDay())]);

/** measurement_values: long form, one row per non-missing item value (`instrument`, `item` as in the registry). */
export const MEASUREMENT_VALUES_SCHEMA = new Schema([
  required('course_id', new Utf8()),
  required('timepoint', new Utf8()),
  optional('date', new DateDay()),
  required('instrument', new Utf8()),
  required('item', new Utf8()),
  required('value', new Float64()),
]);

/** cost_lines: as uploaded; the effective amount (amount_dkk, else quantity × unit_cost_dkk) is derived in SQL. */
export const COST_LINES_SCHEMA = new Schema([
  required('course_id', new Utf8()),
  required('category', new Utf8()),
  required('from_month', new Int32()),
  required('to_month', new Int32()),
  optional('quantity', new Float64()),
  optional('unit', new Utf8()),
  optional('unit_cost_dkk', new Float64()),
  optional('amount_dkk', new Float64()),
]);

export const CONTACTS_SCHEMA = new Schema([
  required('course_id', new Utf8()),
  required('date', new DateDay()),
  required('minutes', new Int32()),
  required('mode', new Utf8()),
  optional('worker_id', new Utf8()),
]);

export const FOCUS_AREAS_SCHEMA = new Schema([
  required('course_id', new Utf8()),
  required('domain', new Utf8()),
  optional('set_date', new DateDay()),
  optional('status', new Utf8()),
]);

/** instruments: the registry; `position` orders outcomes in reports. */
export const INSTRUMENTS_SCHEMA = new Schema([
  required('instrument', new Utf8()),
  required('name', new Utf8()),
  required('edition', new Utf8()),
  required('higher_is_better', new Bool()),
  required('items_are_outcomes', new Bool()),
  required('position', new Int32()),
]);

export const INSTRUMENT_ITEMS_SCHEMA = new Schema([
  required('instrument', new Utf8()),
  required('item', new Utf8()),
  required('position', new Int32()),
  required('min', new Float64()),
  required('max', new Float64()),
]);

/** instrument_scores: `method` is `sum` | `mean`; `multiplier` null means 1; `mic` and `reliability` (with sources) drive responder analyses. */
export const INSTRUMENT_SCORES_SCHEMA = new Schema([
  required('instrument', new Utf8()),
  required('score', new Utf8()),
  required('position', new Int32()),
  required('method', new Utf8()),
  optional('multiplier', new Float64()),
  optional('mic', new Float64()),
  optional('mic_source', new Utf8()),
  optional('reliability', new Float64()),
  optional('reliability_source', new Utf8()),
]);

/** score_conversions: raw item sum → published score, for scores with a conversion table (SWEMWBS). */
export const SCORE_CONVERSIONS_SCHEMA = new Schema([required('score', new Utf8()), required('raw_sum', new Float64()), required('converted', new Float64())]);

/** Every relation of a snapshot, by the DuckDB table name it is loaded into. */
export const SNAPSHOT_SCHEMAS = {
  courses: COURSES_SCHEMA,
  measurements: MEASUREMENTS_SCHEMA,
  measurement_values: MEASUREMENT_VALUES_SCHEMA,
  cost_lines: COST_LINES_SCHEMA,
  contacts: CONTACTS_SCHEMA,
  focus_areas: FOCUS_AREAS_SCHEMA,
  instruments: INSTRUMENTS_SCHEMA,
  instrument_items: INSTRUMENT_ITEMS_SCHEMA,
  instrument_scores: INSTRUMENT_SCORES_SCHEMA,
  score_conversions: SCORE_CONVERSIONS_SCHEMA,
} as const;

export type SnapshotRelation = keyof typeof SNAPSHOT_SCHEMAS;

export interface SnapshotMetadata {
  id: string;
  /** ISO 8601 timestamp of when the data was read from its source. */
  createdAt: string;
  /** Where the data came from, in words (e.g. "PostgreSQL cohort 17" or "bundle test/fixtures/sample-cohort"). */
  source: string;
}

/** What the engine analyses: a frozen copy of one cohort plus the instrument registry. */
export interface AnalyticsSnapshot {
  metadata: SnapshotMetadata;
  tables: Record<SnapshotRelation, Table>;
}

/**
 * A relation as a CSV file, as PostgreSQL's `COPY … TO STDOUT (FORMAT csv, HEADER)` writes it: a header line, the
 * schema's columns in order, an unquoted empty field is null and a quoted one the empty string.
 */
export interface CsvRelation {
  csvPath: string;
}

/** A snapshot to load, each relation an Arrow table or a CSV file of its schema (typed by the schema when loaded). */
export interface SnapshotSources {
  metadata: SnapshotMetadata;
  tables: Record<SnapshotRelation, Table | CsvRelation>;
}

export const isCsvRelation = (table: Table | CsvRelation): table is CsvRelation => 'csvPath' in table;

/** Throws when a table's fields differ from its contract in name, order or type (nullability is enforced by the NOT NULL columns DuckDB loads them into). */
export function assertSnapshotSchemas(snapshot: SnapshotSources): void {
  for (const [relation, schema] of Object.entries(SNAPSHOT_SCHEMAS) as [SnapshotRelation, Schema][]) {
    const table = snapshot.tables[relation];
    if (!table) throw new Error(`snapshot lacks the ${relation} table`);
    if (isCsvRelation(table)) continue;
    const actual = table.schema.fields.map((f) => `${f.name}:${f.type}`).join(', ');
    const expected = schema.fields.map((f) => `${f.name}:${f.type}`).join(', ');
    if (actual !== expected) throw new Error(`snapshot table ${relation} has fields (${actual}), expected (${expected})`);
  }
}
