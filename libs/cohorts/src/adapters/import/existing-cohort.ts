import type { EntityManager } from 'typeorm';
import type { CohortBundle, CourseRecord, IsoDate, ItemValue, MeasurementRecord, Timepoint } from '@cti/domain';
import type { InstrumentRegistry } from '../registry/instrument-registry';

/** A stored course with its database ids: what a re-import is compared against. */
export interface StoredCourse extends CourseRecord {
  id: number;
}

export interface StoredMeasurement extends MeasurementRecord {
  id: number;
  /** `<instrument>_<item>` → value */
  valueByColumn: Map<string, number>;
}

export interface StoredCohort {
  courses: Map<string, StoredCourse>;
  measurements: Map<string, StoredMeasurement>;
  bundle: CohortBundle;
}

const num = (v: string | number | null): number | null => (v === null ? null : Number(v));

export function measurementKey(courseId: string, timepoint: string): string {
  return `${courseId}/${timepoint}`;
}

/** Reads an evaluation's data back as a bundle (export, analytics snapshot) together with the ids a writer needs. */
export async function readStoredCohort(em: EntityManager, evaluationId: number, registry: InstrumentRegistry): Promise<StoredCohort> {
  const courseRows = (await em.query(
    `SELECT c.id, c.course_code, ci.pseudonym AS citizen, c.municipality_code, c.arm, c.target_group, w.pseudonym AS worker, c.sex, c.birth_year,
            c.contact_start, c.start_date, c.phase2_start, c.phase3_start, c.end_date, c.end_reason, c.handover_plan_date
     FROM course c JOIN citizen ci ON ci.id = c.citizen_id LEFT JOIN worker w ON w.id = c.worker_id
     WHERE c.evaluation_id = $1 ORDER BY c.id`,
    [evaluationId],
  )) as Record<string, string | number | null>[];
  const courses = new Map<string, StoredCourse>();
  for (const r of courseRows) {
    courses.set(r.course_code as string, {
      id: Number(r.id), courseId: r.course_code as string, citizenId: r.citizen as string, municipalityCode: Number(r.municipality_code),
      arm: r.arm as CourseRecord['arm'], targetGroup: r.target_group as CourseRecord['targetGroup'], workerId: r.worker as string | null,
      sex: r.sex as CourseRecord['sex'], birthYear: num(r.birth_year), contactStart: r.contact_start as IsoDate | null, startDate: r.start_date as IsoDate,
      phase2Start: r.phase2_start as IsoDate | null, phase3Start: r.phase3_start as IsoDate | null, endDate: r.end_date as IsoDate | null,
      endReason: r.end_reason as CourseRecord['endReason'], handoverPlanDate: r.handover_plan_date as IsoDate | null,
    });
  }

  const measurementRows = (await em.query(
    `SELECT m.id, c.course_code, m.timepoint, m.measured_on, m.instruments FROM measurement m JOIN course c ON c.id = m.course_id
     WHERE c.evaluation_id = $1 ORDER BY m.id`,
    [evaluationId],
  )) as { id: number; course_code: string; timepoint: Timepoint; measured_on: IsoDate | null; instruments: string[] }[];
  const valueRows = (await em.query(
    `SELECT mv.measurement_id, mv.item_id, mv.value FROM measurement_value mv JOIN measurement m ON m.id = mv.measurement_id
     JOIN course c ON c.id = m.course_id WHERE c.evaluation_id = $1 ORDER BY mv.measurement_id, mv.item_id`,
    [evaluationId],
  )) as { measurement_id: number; item_id: number; value: string }[];
  const valuesById = new Map<number, ItemValue[]>();
  for (const v of valueRows) {
    const column = registry.itemColumns.get(v.item_id);
    if (!column) continue;
    const list = valuesById.get(v.measurement_id) ?? [];
    list.push({ instrument: column.instrument, item: column.item, value: Number(v.value) });
    valuesById.set(v.measurement_id, list);
  }
  const measurements = new Map<string, StoredMeasurement>();
  for (const m of measurementRows) {
    const values = valuesById.get(m.id) ?? [];
    measurements.set(measurementKey(m.course_code, m.timepoint), {
      id: m.id, courseId: m.course_code, timepoint: m.timepoint, date: m.measured_on, instruments: m.instruments, values,
      valueByColumn: new Map(values.map((v) => [`${v.instrument}_${v.item}`, v.value])),
    });
  }

  const costs = (await em.query(
    `SELECT c.course_code, l.category, l.from_month, l.to_month, l.quantity, l.unit, l.unit_cost_dkk, l.amount_dkk
     FROM cost_line l JOIN course c ON c.id = l.course_id WHERE c.evaluation_id = $1 ORDER BY l.id`,
    [evaluationId],
  )) as Record<string, string | number | null>[];
  const contacts = (await em.query(
    `SELECT c.course_code, k.contact_date, k.minutes, k.mode, w.pseudonym AS worker
     FROM contact k JOIN course c ON c.id = k.course_id LEFT JOIN worker w ON w.id = k.worker_id WHERE c.evaluation_id = $1 ORDER BY k.id`,
    [evaluationId],
  )) as Record<string, string | number | null>[];
  const focusAreas = (await em.query(
    `SELECT c.course_code, f.domain, f.set_date, f.status FROM focus_area f JOIN course c ON c.id = f.course_id
     WHERE c.evaluation_id = $1 ORDER BY f.id`,
    [evaluationId],
  )) as Record<string, string | null>[];

  const bundle: CohortBundle = {
    courses: [...courses.values()].map(({ id: _id, ...course }) => course),
    measurements: [...measurements.values()].map(({ id: _id, valueByColumn: _v, ...m }) => m),
    costs: costs.map((r) => ({
      courseId: r.course_code as string, category: r.category as never, fromMonth: Number(r.from_month), toMonth: Number(r.to_month),
      quantity: num(r.quantity), unit: r.unit as never, unitCostDkk: num(r.unit_cost_dkk), amountDkk: num(r.amount_dkk),
    })),
    contacts: contacts.map((r) => ({
      courseId: r.course_code as string, date: r.contact_date as IsoDate, minutes: Number(r.minutes), mode: r.mode as never, workerId: r.worker as string | null,
    })),
    focusAreas: focusAreas.map((r) => ({ courseId: r.course_code as string, domain: r.domain as never, setDate: r.set_date, status: r.status as never })),
  };
  return { courses, measurements, bundle };
}
