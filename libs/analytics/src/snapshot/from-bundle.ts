// Domain objects → the Arrow snapshot contract (schemas.ts). Tests and the bundle preview use it; the database
// path has its own loader producing the same tables.
import type { CohortBundle, InstrumentDefinition } from '@cti/domain';
import { isoDate, tableFromRows } from './arrow-table';
import {
  CONTACTS_SCHEMA,
  COST_LINES_SCHEMA,
  COURSES_SCHEMA,
  FOCUS_AREAS_SCHEMA,
  INSTRUMENT_ITEMS_SCHEMA,
  INSTRUMENT_SCORES_SCHEMA,
  INSTRUMENTS_SCHEMA,
  MEASUREMENT_VALUES_SCHEMA,
  MEASUREMENTS_SCHEMA,
  SCORE_CONVERSIONS_SCHEMA,
  type AnalyticsSnapshot,
  type SnapshotMetadata,
} from './schemas';

export function snapshotFromBundle(bundle: CohortBundle, instruments: InstrumentDefinition[], metadata: SnapshotMetadata): AnalyticsSnapshot {
  return {
    metadata,
    tables: {
      courses: tableFromRows(
        COURSES_SCHEMA,
        bundle.courses.map((c) => ({
          course_id: c.courseId,
          citizen_id: c.citizenId,
          municipality_code: c.municipalityCode,
          arm: c.arm,
          target_group: c.targetGroup,
          worker_id: c.workerId,
          sex: c.sex,
          birth_year: c.birthYear,
          contact_start: isoDate(c.contactStart),
          start_date: isoDate(c.startDate),
          phase2_start: isoDate(c.phase2Start),
          phase3_start: isoDate(c.phase3Start),
          end_date: isoDate(c.endDate),
          end_reason: c.endReason,
          handover_plan_date: isoDate(c.handoverPlanDate),
        })),
      ),
      measurements: tableFromRows(
        MEASUREMENTS_SCHEMA,
        bundle.measurements.map((m) => ({ course_id: m.courseId, timepoint: m.timepoint, date: isoDate(m.date) })),
      ),
      measurement_values: tableFromRows(
        MEASUREMENT_VALUES_SCHEMA,
        bundle.measurements.flatMap((m) =>
          m.values.map((v) => ({ course_id: m.courseId, timepoint: m.timepoint, date: isoDate(m.date), instrument: v.instrument, item: v.item, value: v.value })),
        ),
      ),
      cost_lines: tableFromRows(
        COST_LINES_SCHEMA,
        bundle.costs.map((l) => ({
          course_id: l.courseId,
          category: l.category,
          from_month: l.fromMonth,
          to_month: l.toMonth,
          quantity: l.quantity,
          unit: l.unit,
          unit_cost_dkk: l.unitCostDkk,
          amount_dkk: l.amountDkk,
        })),
      ),
      contacts: tableFromRows(
        CONTACTS_SCHEMA,
        bundle.contacts.map((c) => ({ course_id: c.courseId, date: isoDate(c.date), minutes: c.minutes, mode: c.mode, worker_id: c.workerId })),
      ),
      focus_areas: tableFromRows(
        FOCUS_AREAS_SCHEMA,
        bundle.focusAreas.map((f) => ({ course_id: f.courseId, domain: f.domain, set_date: isoDate(f.setDate), status: f.status })),
      ),
      ...registryTables(instruments),
    },
  };
}

function registryTables(instruments: InstrumentDefinition[]) {
  return {
    instruments: tableFromRows(
      INSTRUMENTS_SCHEMA,
      instruments.map((i, position) => ({
        instrument: i.code,
        name: i.name,
        edition: i.edition,
        higher_is_better: i.higherIsBetter,
        items_are_outcomes: i.itemsAreOutcomes,
        position,
      })),
    ),
    instrument_items: tableFromRows(
      INSTRUMENT_ITEMS_SCHEMA,
      instruments.flatMap((i) => i.items.map((item, position) => ({ instrument: i.code, item: item.code, position, min: item.min, max: item.max }))),
    ),
    instrument_scores: tableFromRows(
      INSTRUMENT_SCORES_SCHEMA,
      instruments.flatMap((i) =>
        i.scores.map((s, position) => ({
          instrument: i.code,
          score: s.code,
          position,
          method: s.method,
          multiplier: s.multiplier ?? null,
          mic: s.change?.mic ?? null,
          mic_source: s.change?.micSource ?? null,
          reliability: s.change?.reliability ?? null,
          reliability_source: s.change?.reliabilitySource ?? null,
        })),
      ),
    ),
    score_conversions: tableFromRows(
      SCORE_CONVERSIONS_SCHEMA,
      instruments.flatMap((i) =>
        i.scores.flatMap((s) => Object.entries(s.conversion ?? {}).map(([raw, converted]) => ({ score: s.code, raw_sum: Number(raw), converted }))),
      ),
    ),
  };
}
