import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Readable } from 'node:stream';
import { DateDay, Float64, Int32, type Schema } from 'apache-arrow';
import { to as copyTo } from 'pg-copy-streams';
import type { EntityManager } from 'typeorm';
import {
  isoDate, SNAPSHOT_SCHEMAS, tableFromRows, type AnalyticsSnapshot, type ArrowCell, type CsvRelation, type SnapshotRelation, type SnapshotSources,
} from '@cti/analytics';

// A course withdrawn in its contact period (a registered course that ended before phase 1 started) never reached the
// transition the evaluation counts from: it is left out of every relation, so no outcome, cost or fidelity figure sees it.
const IN_ANALYSES = `c.evaluation_id = $1 AND NOT EXISTS (
  SELECT 1 FROM course_register r WHERE r.course_id = c.id AND NOT r.phase1_started AND c.end_date IS NOT NULL)`;

// One query per snapshot relation, selecting exactly the fields of its Arrow schema (libs/analytics/src/snapshot/schemas.ts).
// $1 is the evaluation id.
const RELATION_SQL: Record<SnapshotRelation, string> = {
  courses: `
    SELECT c.course_code AS course_id, ci.pseudonym AS citizen_id, c.municipality_code, c.arm, c.target_group, w.pseudonym AS worker_id,
           c.sex, c.birth_year, c.contact_start, c.start_date, c.phase2_start, c.phase3_start, c.end_date, c.end_reason, c.handover_plan_date
    FROM course c JOIN citizen ci ON ci.id = c.citizen_id LEFT JOIN worker w ON w.id = c.worker_id
    WHERE ${IN_ANALYSES} ORDER BY c.id`,
  measurements: `
    SELECT c.course_code AS course_id, m.timepoint, m.measured_on AS date
    FROM measurement m JOIN course c ON c.id = m.course_id WHERE ${IN_ANALYSES} ORDER BY m.id`,
  measurement_values: `
    SELECT c.course_code AS course_id, m.timepoint, m.measured_on AS date, i.code AS instrument, ii.code AS item, mv.value
    FROM measurement_value mv JOIN measurement m ON m.id = mv.measurement_id JOIN course c ON c.id = m.course_id
    JOIN instrument_item ii ON ii.id = mv.item_id JOIN instrument i ON i.id = ii.instrument_id
    WHERE ${IN_ANALYSES} ORDER BY m.id, i.code, ii.position, ii.id`, // unique: items of two instruments share positions (a tie made the order, and sums, vary between runs)
  cost_lines: `
    SELECT c.course_code AS course_id, l.category, l.from_month, l.to_month, l.quantity, l.unit, l.unit_cost_dkk, l.amount_dkk
    FROM cost_line l JOIN course c ON c.id = l.course_id WHERE ${IN_ANALYSES} ORDER BY l.id`,
  contacts: `
    SELECT c.course_code AS course_id, k.contact_date AS date, k.minutes, k.mode, w.pseudonym AS worker_id
    FROM contact k JOIN course c ON c.id = k.course_id LEFT JOIN worker w ON w.id = k.worker_id WHERE ${IN_ANALYSES} ORDER BY k.id`,
  focus_areas: `
    SELECT c.course_code AS course_id, f.domain, f.set_date, f.status
    FROM focus_area f JOIN course c ON c.id = f.course_id WHERE ${IN_ANALYSES} ORDER BY f.id`,
  // The registry: current editions, plus any older edition still referenced by a reading would need its own code.
  instruments: `
    SELECT code AS instrument, name, edition, higher_is_better, items_are_outcomes, (row_number() OVER (ORDER BY code) - 1)::int AS position
    FROM instrument WHERE is_current AND $1::int IS NOT NULL ORDER BY code`,
  instrument_items: `
    SELECT i.code AS instrument, ii.code AS item, ii.position - 1 AS position, ii.min_value AS min, ii.max_value AS max
    FROM instrument_item ii JOIN instrument i ON i.id = ii.instrument_id WHERE i.is_current AND $1::int IS NOT NULL ORDER BY i.code, ii.position`,
  instrument_scores: `
    SELECT i.code AS instrument, s.code AS score, (row_number() OVER (PARTITION BY i.code ORDER BY s.id) - 1)::int AS position, s.method, s.multiplier,
           (s.change_interpretation->>'mic')::float8 AS mic, s.change_interpretation->>'micSource' AS mic_source,
           (s.change_interpretation->>'reliability')::float8 AS reliability, s.change_interpretation->>'reliabilitySource' AS reliability_source
    FROM instrument_score s JOIN instrument i ON i.id = s.instrument_id WHERE i.is_current AND $1::int IS NOT NULL ORDER BY i.code, s.id`,
  score_conversions: `
    SELECT s.code AS score, c.key::float8 AS raw_sum, c.value::text::float8 AS converted
    FROM instrument_score s JOIN instrument i ON i.id = s.instrument_id, jsonb_each(s.conversion) c
    WHERE i.is_current AND s.conversion IS NOT NULL AND $1::int IS NOT NULL ORDER BY s.code, raw_sum`,
};

/** PostgreSQL hands dates as 'YYYY-MM-DD' text and numerics as text; Arrow wants Dates and numbers. */
function toArrowRow(schema: Schema, row: Record<string, unknown>): Record<string, ArrowCell> {
  const out: Record<string, ArrowCell> = {};
  for (const field of schema.fields) {
    const v = row[field.name];
    if (v === null || v === undefined) out[field.name] = null;
    else if (field.type instanceof DateDay) out[field.name] = isoDate(String(v));
    else if (field.type instanceof Float64 || field.type instanceof Int32) out[field.name] = Number(v);
    else out[field.name] = v as ArrowCell;
  }
  return out;
}

export interface SnapshotSource {
  evaluationId: number;
  slug: string;
  dataVersion: number;
}

/** Reads one evaluation from PostgreSQL into the Arrow tables the analytics engine loads into DuckDB. */
export async function loadSnapshotFromPostgres(em: EntityManager, source: SnapshotSource): Promise<AnalyticsSnapshot> {
  const tables = {} as AnalyticsSnapshot['tables'];
  for (const [relation, sql] of Object.entries(RELATION_SQL) as [SnapshotRelation, string][]) tables[relation] = await arrowRelation(em, relation, sql, source);
  return { metadata: metadataOf(source), tables };
}

/** The relations with a row per course or more: these go by COPY into CSV files that DuckDB reads. */
const COPIED: ReadonlySet<SnapshotRelation> = new Set(['courses', 'measurements', 'measurement_values', 'cost_lines', 'contacts', 'focus_areas']);

/**
 * The snapshot for the engine, the fastest way we found on both databases: the per-course relations are written by
 * `COPY (…) TO STDOUT WITH (FORMAT csv, HEADER)` into files in `dir` and read by DuckDB's CSV reader (no JavaScript
 * value per cell; the same queries and ORDER BY as the Arrow path, so the same rows in the same order and the same
 * report); the small registry relations as Arrow tables. pglite-socket carries COPY TO STDOUT (it is COPY FROM STDIN
 * that loses its protocol synchronisation), so the embedded database takes the same path.
 */
export async function snapshotSourcesFromPostgres(em: EntityManager, source: SnapshotSource, dir: string): Promise<SnapshotSources> {
  await em.query("SET LOCAL DateStyle TO 'ISO, YMD'"); // dates as YYYY-MM-DD, as the CSV reader is told
  const tables = {} as SnapshotSources['tables'];
  for (const [relation, sql] of Object.entries(RELATION_SQL) as [SnapshotRelation, string][]) {
    tables[relation] = COPIED.has(relation) ? await copiedRelation(em, relation, sql, source, dir) : await arrowRelation(em, relation, sql, source);
  }
  return { metadata: metadataOf(source), tables };
}

async function arrowRelation(em: EntityManager, relation: SnapshotRelation, sql: string, source: SnapshotSource) {
  const schema = SNAPSHOT_SCHEMAS[relation];
  const rows = (await em.query(sql, [source.evaluationId])) as Record<string, unknown>[];
  return tableFromRows(schema, rows.map((r) => toArrowRow(schema, r)));
}

async function copiedRelation(em: EntityManager, relation: SnapshotRelation, sql: string, source: SnapshotSource, dir: string): Promise<CsvRelation> {
  // COPY takes no parameters: the evaluation id is an integer from the database, written in as a literal
  if (!Number.isSafeInteger(source.evaluationId)) throw new Error(`evaluation id ${source.evaluationId} is not an integer`);
  const query = sql.replace(/\$1\b/g, String(source.evaluationId));
  const csvPath = join(dir, `${relation}.csv`);
  const client = (await em.queryRunner!.connect()) as { query(stream: Readable): Readable };
  await pipeline(client.query(copyTo(`COPY (${query}) TO STDOUT WITH (FORMAT csv, HEADER true)`)), createWriteStream(csvPath));
  return { csvPath };
}

function metadataOf(source: SnapshotSource): AnalyticsSnapshot['metadata'] {
  return {
    id: `${source.slug}@v${source.dataVersion}`,
    createdAt: new Date().toISOString(),
    source: `PostgreSQL evaluation '${source.slug}', data version ${source.dataVersion}`,
  };
}
