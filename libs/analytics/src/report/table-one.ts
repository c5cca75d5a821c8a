import type { DuckDBConnection } from '@duckdb/node-api';
import { mean, sampleStandardDeviation } from 'simple-statistics';
import { queryFile } from '../engine/query';
import { smdBinary, smdContinuous } from '../statistics/smd';
import type { OutcomeHierarchy } from './outcome-hierarchy';
import type { ArmName } from './report-types';

/** Table 1 compares the arms, and those analysed at the primary timepoint with those lost (attrition bias). */
export type TableOneComparison = 'arm' | 'analysed_vs_lost';

export interface TableOneCell {
  /** Courses of the group with a value (for the `n` row: every course of the group). */
  n: number;
  /** Courses of the group without a value. */
  n_missing?: number;
  mean?: number;
  sd?: number | null;
  /** Categorical: courses at this level, and their share of those with a value. */
  count?: number;
  share?: number | null;
}

export interface TableOneRow {
  comparison: TableOneComparison;
  /** `n`, `sex`, `age_at_start`, `target_group`, `municipality_code` or `baseline` (with `outcome`). */
  variable: string;
  outcome?: string;
  /** The level of a categorical variable. */
  level?: string;
  kind: 'count' | 'continuous' | 'categorical';
  /** Keyed by group: cti/control, or analysed/lost. */
  groups: Record<string, TableOneCell>;
  /** First group minus second (CTI − control; analysed − lost), standardised (analysis/README.md); null when undefined. */
  smd?: number | null;
}

export interface TableOne {
  /** Who counts as analysed: a complete pair of the primary outcome at the primary timepoint. */
  analysed_definition: string;
  rows: TableOneRow[];
}

interface CourseRow {
  course_id: string;
  arm: ArmName;
  sex: string | null;
  target_group: string | null;
  municipality_code: string;
  age_at_start: number | null;
  analysed: boolean;
}

interface BaselineRow {
  course_id: string;
  outcome: string;
  value: number;
}

const CATEGORICAL = ['sex', 'target_group', 'municipality_code'] as const;

/** Table 1: baseline characteristics by arm and by analysed/lost, with standardised mean differences. */
export async function tableOneSection(connection: DuckDBConnection, hierarchy: OutcomeHierarchy): Promise<TableOne> {
  const { outcome, timepoint } = hierarchy.primary;
  const courses = await queryFile<CourseRow>(connection, 'table1_courses', { outcome, timepoint });
  const baselines = await baselineColumns(connection, courses);
  const indices = courses.map((_, i) => i);
  const splits: [TableOneComparison, [string, number[]], [string, number[]]][] = [
    ['arm', ['cti', indices.filter((i) => courses[i].arm === 'cti')], ['control', indices.filter((i) => courses[i].arm === 'control')]],
    ['analysed_vs_lost', ['analysed', indices.filter((i) => courses[i].analysed)], ['lost', indices.filter((i) => !courses[i].analysed)]],
  ];
  const rows: TableOneRow[] = [];
  for (const [comparison, [g1, c1], [g2, c2]] of splits) {
    rows.push({ comparison, variable: 'n', kind: 'count', groups: { [g1]: { n: c1.length }, [g2]: { n: c2.length } } });
    for (const variable of CATEGORICAL) rows.push(...categoricalRows(comparison, courses, variable, [g1, c1], [g2, c2]));
    rows.push(continuousRow({ comparison, variable: 'age_at_start' }, [g1, c1], [g2, c2], (i) => courses[i].age_at_start));
    for (const [o, values] of baselines) {
      rows.push(continuousRow({ comparison, variable: 'baseline', outcome: o }, [g1, c1], [g2, c2], (i) => (Number.isNaN(values[i]) ? null : values[i])));
    }
  }
  return { analysed_definition: `a complete pair (baseline and ${timepoint}) of ${outcome}`, rows };
}

/** Each outcome's baseline value per course (by the course's position in `courses`; NaN for none), in report order. */
async function baselineColumns(connection: DuckDBConnection, courses: CourseRow[]): Promise<Map<string, Float64Array>> {
  const position = new Map(courses.map((c, i) => [c.course_id, i]));
  const columns = new Map<string, Float64Array>();
  for (const b of await queryFile<BaselineRow>(connection, 'table1_baselines')) {
    let column = columns.get(b.outcome);
    if (!column) columns.set(b.outcome, (column = new Float64Array(courses.length).fill(NaN)));
    const i = position.get(b.course_id);
    if (i !== undefined) column[i] = b.value;
  }
  return columns;
}

// Groups are lists of course positions; each cell is one pass over its group (levels × courses was 10 s at 100,000).
function continuousRow(
  key: Pick<TableOneRow, 'comparison' | 'variable' | 'outcome'>,
  [g1, c1]: [string, number[]],
  [g2, c2]: [string, number[]],
  value: (i: number) => number | null,
): TableOneRow {
  const cell = (group: number[]): TableOneCell => {
    const xs: number[] = [];
    for (const i of group) {
      const x = value(i);
      if (x !== null) xs.push(x);
    }
    return { n: xs.length, n_missing: group.length - xs.length, ...(xs.length ? { mean: mean(xs), sd: xs.length > 1 ? sampleStandardDeviation(xs) : null } : {}) };
  };
  const a = cell(c1);
  const b = cell(c2);
  const smd = a.mean !== undefined && b.mean !== undefined ? smdContinuous(a.mean, a.sd ?? null, b.mean, b.sd ?? null) : null;
  return { ...key, kind: 'continuous', groups: { [g1]: a, [g2]: b }, smd };
}

function categoricalRows(
  comparison: TableOneComparison, courses: CourseRow[], variable: (typeof CATEGORICAL)[number],
  [g1, c1]: [string, number[]], [g2, c2]: [string, number[]],
): TableOneRow[] {
  const tally = (group: number[]) => {
    const counts = new Map<string, number>();
    for (const i of group) {
      const level = courses[i][variable];
      if (level !== null) counts.set(level, (counts.get(level) ?? 0) + 1);
    }
    let known = 0;
    for (const count of counts.values()) known += count;
    return { counts, known, missing: group.length - known };
  };
  const t1 = tally(c1);
  const t2 = tally(c2);
  const levels = [...new Set([...t1.counts.keys(), ...t2.counts.keys()])].sort();
  const cell = (t: ReturnType<typeof tally>, level: string): TableOneCell => {
    const count = t.counts.get(level) ?? 0;
    return { n: t.known, n_missing: t.missing, count, share: t.known ? count / t.known : null };
  };
  return levels.map((level) => {
    const a = cell(t1, level);
    const b = cell(t2, level);
    const smd = a.share !== null && a.share !== undefined && b.share !== null && b.share !== undefined ? smdBinary(a.share, b.share) : null;
    return { comparison, variable, level, kind: 'categorical', groups: { [g1]: a, [g2]: b }, smd };
  });
}
