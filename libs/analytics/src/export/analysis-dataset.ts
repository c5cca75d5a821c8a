import type { DuckDBConnection } from '@duckdb/node-api';
import { ARMS, END_REASONS, SEXES, TARGET_GROUPS } from '@cti/domain';
import { queryFile } from '../engine/query';
import { REPORT_DEFAULTS, type ReportOptions } from '../engine/report-options';

/** One column of the wide analysis dataset, as a codebook describes it. */
export interface CodebookEntry {
  name: string;
  label_da: string;
  label_en: string;
  type: 'string' | 'integer' | 'number' | 'date';
  unit: string | null;
  /** The values the column may hold, in words (a range, or a list); null when free. */
  allowed_values: string | null;
}

export type DatasetCell = string | number | null;

/** The wide analysis dataset: one row per course in scope, and its codebook (the columns in order). */
export interface AnalysisDataset {
  codebook: CodebookEntry[];
  rows: Record<string, DatasetCell>[];
}

interface OutcomeColumn {
  outcome: string;
  instrument: string;
  kind: 'score' | 'item';
  higher_is_better: boolean;
  instrument_name: string;
  min_value: number | null;
  max_value: number | null;
}

const TIMEPOINTS: [string, string, string][] = [
  ['baseline', 'ved start', 'at baseline'],
  ['m3', 'efter 3 måneder', 'at 3 months'],
  ['m6', 'efter 6 måneder', 'at 6 months'],
  ['m9', 'efter 9 måneder', 'at 9 months'],
  ['m18', 'efter 18 måneder', 'at 18 months'],
];

const entry = (name: string, label_da: string, label_en: string, type: CodebookEntry['type'], unit: string | null = null, allowed_values: string | null = null): CodebookEntry => ({
  name, label_da, label_en, type, unit, allowed_values,
});

/** The course's characteristics (wide_courses.sql), in order. */
const CHARACTERISTICS: CodebookEntry[] = [
  entry('course_id', 'Forløbs-id', 'Course id', 'string'),
  entry('citizen_id', 'Borgerpseudonym', 'Citizen pseudonym', 'string'),
  entry('municipality_code', 'Kommunekode', 'Municipality code', 'integer', null, 'kommunekode (3 digits)'),
  entry('arm', 'Gruppe', 'Arm', 'string', null, ARMS.join(', ')),
  entry('target_group', 'Målgruppe', 'Target group', 'string', null, TARGET_GROUPS.join(', ')),
  entry('worker_id', 'Medarbejderpseudonym', 'Worker pseudonym', 'string'),
  entry('sex', 'Køn', 'Sex', 'string', null, SEXES.join(', ')),
  entry('birth_year', 'Fødselsår', 'Birth year', 'integer', 'year'),
  entry('age_at_start', 'Alder ved start (startår − fødselsår)', 'Age at start (start year − birth year)', 'integer', 'years'),
  entry('contact_start', 'Første kontakt', 'First contact', 'date', null, 'YYYY-MM-DD'),
  entry('start_date', 'Start (overgang)', 'Start (transition)', 'date', null, 'YYYY-MM-DD'),
  entry('phase2_start', 'Start fase 2', 'Phase 2 start', 'date', null, 'YYYY-MM-DD'),
  entry('phase3_start', 'Start fase 3', 'Phase 3 start', 'date', null, 'YYYY-MM-DD'),
  entry('end_date', 'Slutdato', 'End date', 'date', null, 'YYYY-MM-DD'),
  entry('end_reason', 'Slutårsag', 'End reason', 'string', null, END_REASONS.join(', ')),
  entry('handover_plan_date', 'Overdragelsesplan', 'Handover plan date', 'date', null, 'YYYY-MM-DD'),
];

/**
 * The wide dataset evaluators ask for: characteristics, every outcome at every timepoint (as measured), the change at
 * m9 and m18 (as the report's comparison uses it), and the cost per horizon and category (discounted as the report's
 * costs). Columns are stable for a snapshot; a value is null where it was not measured or does not exist.
 */
export async function analysisDataset(connection: DuckDBConnection, options: ReportOptions): Promise<AnalysisDataset> {
  const courses = await queryFile<Record<string, DatasetCell>>(connection, 'wide_courses');
  const outcomes = await queryFile<OutcomeColumn>(connection, 'wide_outcomes');
  const values = await queryFile<{ course_id: string; outcome: string; timepoint: string; kind: string; value: number }>(connection, 'wide_values');
  const costs = await queryFile<{ course_id: string; horizon_months: number; category: string; cost: number }>(connection, 'wide_costs');
  const armLines = await queryFile<{ arm: string; n_cost_lines: number }>(connection, 'arm_cost_lines');
  const rate = options.economics?.discountRate ?? REPORT_DEFAULTS.economics.discountRate;

  const codebook: CodebookEntry[] = [...CHARACTERISTICS];
  for (const o of outcomes) {
    const range = o.min_value !== null && o.max_value !== null ? `${o.min_value}–${o.max_value}` : null;
    const direction = o.higher_is_better ? 'higher is better' : 'higher is worse';
    const directionDa = o.higher_is_better ? 'højere er bedre' : 'højere er dårligere';
    const what = `${o.outcome} (${o.instrument_name})`;
    for (const [tp, da, en] of TIMEPOINTS) codebook.push(entry(`${o.outcome}_${tp}`, `${what} ${da}; ${directionDa}`, `${what} ${en}; ${direction}`, 'number', 'points', range));
    for (const tp of ['m9', 'm18']) {
      const [, da, en] = TIMEPOINTS.find((t) => t[0] === tp)!;
      codebook.push(entry(`${o.outcome}_change_${tp}`, `Ændring i ${what} fra start til ${da.replace('efter ', '')}`, `Change in ${what} from baseline to ${en.replace('at ', '')}`, 'number', 'points'));
    }
  }
  const categories = [...new Set(costs.map((c) => c.category))].sort((a, b) => (a === 'total' ? -1 : b === 'total' ? 1 : a.localeCompare(b)));
  const discount = rate > 0 ? `; beyond month 12 discounted at ${rate * 100} % a year` : '';
  const discountDa = rate > 0 ? `; efter måned 12 diskonteret med ${rate * 100} % om året` : '';
  for (const h of [...new Set(costs.map((c) => c.horizon_months))].sort((a, b) => a - b)) {
    for (const category of categories) {
      const name = `cost_${h}m_${category}`;
      const what = category === 'total' ? ['i alt', 'total'] : [category, category];
      codebook.push(entry(name, `Omkostning ${what[0]} til og med måned ${h}${discountDa}`, `Cost, ${what[1]}, up to month ${h}${discount}`, 'number', 'DKK', '≥ 0'));
    }
  }

  // Absent costs are not zero costs: an arm without any cost line has null costs.
  const costless = new Set(armLines.filter((a) => a.n_cost_lines === 0).map((a) => a.arm));
  const byCourse = new Map<string, Record<string, DatasetCell>>();
  const rows = courses.map((c) => {
    const row: Record<string, DatasetCell> = Object.fromEntries(codebook.map((e) => [e.name, null]));
    for (const e of CHARACTERISTICS) row[e.name] = c[e.name] ?? null;
    byCourse.set(String(c.course_id), row);
    return row;
  });
  for (const v of values) {
    const row = byCourse.get(v.course_id);
    const name = v.kind === 'change' ? `${v.outcome}_change_${v.timepoint}` : `${v.outcome}_${v.timepoint}`;
    if (row && name in row) row[name] = v.value;
  }
  for (const k of costs) {
    const row = byCourse.get(k.course_id);
    if (row && !costless.has(String(row.arm))) row[`cost_${k.horizon_months}m_${k.category}`] = k.cost;
  }
  return { codebook, rows };
}
