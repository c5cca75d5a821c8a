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
  const baselines = await queryFile<BaselineRow>(connection, 'table1_baselines');
  const baselineOutcomes = [...new Set(baselines.map((b) => b.outcome))];
  const baselineOf = new Map(baselines.map((b) => [`${b.course_id}/${b.outcome}`, b.value]));
  const splits: [TableOneComparison, [string, CourseRow[]], [string, CourseRow[]]][] = [
    ['arm', ['cti', courses.filter((c) => c.arm === 'cti')], ['control', courses.filter((c) => c.arm === 'control')]],
    ['analysed_vs_lost', ['analysed', courses.filter((c) => c.analysed)], ['lost', courses.filter((c) => !c.analysed)]],
  ];
  const rows: TableOneRow[] = [];
  for (const [comparison, [g1, c1], [g2, c2]] of splits) {
    rows.push({ comparison, variable: 'n', kind: 'count', groups: { [g1]: { n: c1.length }, [g2]: { n: c2.length } } });
    for (const variable of CATEGORICAL) rows.push(...categoricalRows(comparison, variable, [g1, c1], [g2, c2]));
    rows.push(continuousRow({ comparison, variable: 'age_at_start' }, [g1, c1], [g2, c2], (c) => c.age_at_start));
    for (const o of baselineOutcomes) {
      rows.push(continuousRow({ comparison, variable: 'baseline', outcome: o }, [g1, c1], [g2, c2], (c) => baselineOf.get(`${c.course_id}/${o}`) ?? null));
    }
  }
  return { analysed_definition: `a complete pair (baseline and ${timepoint}) of ${outcome}`, rows };
}

function continuousRow(
  key: Pick<TableOneRow, 'comparison' | 'variable' | 'outcome'>,
  [g1, c1]: [string, CourseRow[]],
  [g2, c2]: [string, CourseRow[]],
  value: (c: CourseRow) => number | null,
): TableOneRow {
  const cell = (group: CourseRow[]): TableOneCell => {
    const xs = group.map(value).filter((x): x is number => x !== null);
    return { n: xs.length, n_missing: group.length - xs.length, ...(xs.length ? { mean: mean(xs), sd: xs.length > 1 ? sampleStandardDeviation(xs) : null } : {}) };
  };
  const a = cell(c1);
  const b = cell(c2);
  const smd = a.mean !== undefined && b.mean !== undefined ? smdContinuous(a.mean, a.sd ?? null, b.mean, b.sd ?? null) : null;
  return { ...key, kind: 'continuous', groups: { [g1]: a, [g2]: b }, smd };
}

function categoricalRows(comparison: TableOneComparison, variable: (typeof CATEGORICAL)[number], [g1, c1]: [string, CourseRow[]], [g2, c2]: [string, CourseRow[]]): TableOneRow[] {
  const levels = [...new Set([...c1, ...c2].map((c) => c[variable]).filter((v): v is string => v !== null))].sort();
  const cell = (group: CourseRow[], level: string): TableOneCell => {
    const known = group.filter((c) => c[variable] !== null);
    const count = known.filter((c) => c[variable] === level).length;
    return { n: known.length, n_missing: group.length - known.length, count, share: known.length ? count / known.length : null };
  };
  return levels.map((level) => {
    const a = cell(c1, level);
    const b = cell(c2, level);
    const smd = a.share !== null && a.share !== undefined && b.share !== null && b.share !== undefined ? smdBinary(a.share, b.share) : null;
    return { comparison, variable, level, kind: 'categorical', groups: { [g1]: a, [g2]: b }, smd };
  });
}
