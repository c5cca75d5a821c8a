import { itemColumn, type CohortBundle, type InstrumentDefinition } from '@cti/domain';

type Cell = string | number | null;
export interface CsvFileContent {
  name: string;
  header: string[];
  rows: Cell[][];
}

/** The item columns of the instruments any measurement administered, in registry order. */
function measurementItemColumns(bundle: CohortBundle, instruments: InstrumentDefinition[]): { column: string; instrument: string; item: string }[] {
  const used = new Set(bundle.measurements.flatMap((m) => m.instruments));
  return instruments
    .filter((instrument) => used.has(instrument.code))
    .flatMap((instrument) => instrument.items.map((item) => ({ column: itemColumn(instrument.code, item.code), instrument: instrument.code, item: item.code })));
}

/** The bundle as the five files of cohort-format.md, every column written (empty cells for null). */
export function bundleFiles(bundle: CohortBundle, instruments: InstrumentDefinition[]): CsvFileContent[] {
  const items = measurementItemColumns(bundle, instruments);
  return [
    {
      name: 'courses.csv',
      header: ['course_id', 'citizen_id', 'municipality_code', 'arm', 'target_group', 'worker_id', 'sex', 'birth_year', 'contact_start', 'start_date', 'phase2_start', 'phase3_start', 'end_date', 'end_reason', 'handover_plan_date'],
      rows: bundle.courses.map((c) => [c.courseId, c.citizenId, c.municipalityCode, c.arm, c.targetGroup, c.workerId, c.sex, c.birthYear, c.contactStart, c.startDate, c.phase2Start, c.phase3Start, c.endDate, c.endReason, c.handoverPlanDate]),
    },
    {
      name: 'measurements.csv',
      header: ['course_id', 'timepoint', 'date', ...items.map((i) => i.column)],
      rows: bundle.measurements.map((m) => {
        const value = (instrument: string, item: string) => m.values.find((v) => v.instrument === instrument && v.item === item)?.value ?? null;
        return [m.courseId, m.timepoint, m.date, ...items.map((i) => value(i.instrument, i.item))];
      }),
    },
    {
      name: 'costs.csv',
      header: ['course_id', 'category', 'from_month', 'to_month', 'quantity', 'unit', 'unit_cost_dkk', 'amount_dkk'],
      rows: bundle.costs.map((c) => [c.courseId, c.category, c.fromMonth, c.toMonth, c.quantity, c.unit, c.unitCostDkk, c.amountDkk]),
    },
    {
      name: 'contacts.csv',
      header: ['course_id', 'date', 'minutes', 'mode', 'worker_id'],
      rows: bundle.contacts.map((c) => [c.courseId, c.date, c.minutes, c.mode, c.workerId]),
    },
    {
      name: 'focus_areas.csv',
      header: ['course_id', 'domain', 'set_date', 'status'],
      rows: bundle.focusAreas.map((f) => [f.courseId, f.domain, f.setDate, f.status]),
    },
  ];
}
