// TEMPORARY test support: reads a fixture folder of well-formed CSVs into a CohortBundle without validation.
// To be replaced by the real parser (libs/cohorts/src/bundle, readBundleFromPath) once it is committed.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CohortBundle, CostLineRecord, InstrumentDefinition, ItemValue, Timepoint } from '@cti/domain';

type CsvRow = Record<string, string>;

function readCsv(dir: string, file: string): CsvRow[] {
  const path = join(dir, file);
  return existsSync(path) ? (parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as CsvRow[]) : [];
}

const text = (v: string | undefined) => (v === undefined || v === '' ? null : v);
const num = (v: string | undefined) => (v === undefined || v === '' ? null : Number(v));

export function readFixtureBundle(dir: string, instruments: InstrumentDefinition[]): CohortBundle {
  const measurementRows = readCsv(dir, 'measurements.csv');
  const columns = Object.keys(measurementRows[0] ?? {});
  const itemColumns = instruments.flatMap((i) => i.items.map((item) => ({ instrument: i.code, item: item.code, column: `${i.code}_${item.code}` })));
  const present = itemColumns.filter((c) => columns.includes(c.column));
  return {
    courses: readCsv(dir, 'courses.csv').map((r) => ({
      courseId: r.course_id,
      citizenId: r.citizen_id,
      municipalityCode: Number(r.municipality_code),
      arm: r.arm as 'cti' | 'control',
      targetGroup: text(r.target_group) as never,
      workerId: text(r.worker_id),
      sex: text(r.sex) as never,
      birthYear: num(r.birth_year),
      contactStart: text(r.contact_start),
      startDate: r.start_date,
      phase2Start: text(r.phase2_start),
      phase3Start: text(r.phase3_start),
      endDate: text(r.end_date),
      endReason: text(r.end_reason) as never,
      handoverPlanDate: text(r.handover_plan_date),
    })),
    measurements: measurementRows.map((r) => ({
      courseId: r.course_id,
      timepoint: r.timepoint as Timepoint,
      date: text(r.date),
      instruments: [...new Set(present.map((c) => c.instrument))],
      values: present.filter((c) => text(r[c.column]) !== null).map((c): ItemValue => ({ instrument: c.instrument, item: c.item, value: Number(r[c.column]) })),
    })),
    costs: readCsv(dir, 'costs.csv').map(
      (r): CostLineRecord => ({
        courseId: r.course_id,
        category: r.category as never,
        fromMonth: Number(r.from_month),
        toMonth: Number(r.to_month),
        quantity: num(r.quantity),
        unit: text(r.unit) as never,
        unitCostDkk: num(r.unit_cost_dkk),
        amountDkk: num(r.amount_dkk),
      }),
    ),
    contacts: readCsv(dir, 'contacts.csv').map((r) => ({
      courseId: r.course_id,
      date: r.date,
      minutes: Number(r.minutes),
      mode: r.mode as never,
      workerId: text(r.worker_id),
    })),
    focusAreas: readCsv(dir, 'focus_areas.csv').map((r) => ({ courseId: r.course_id, domain: r.domain as never, setDate: text(r.set_date), status: text(r.status) as never })),
  };
}
