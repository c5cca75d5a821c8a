import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import { indexBy, keyOf } from './keys';
import type { ArmName, ChangeRow, ComparisonRow } from './report-types';

/** A figure the report cannot compute: null, with the reason in words (the JSON, the text and the pages say it). */
export interface UnavailableFigure {
  section: string;
  outcome?: string;
  timepoint?: string;
  arm?: ArmName;
  horizon_months?: number;
  value: null;
  reason: string;
  /** Citizens the missing figure would have rested on (per arm where relevant). */
  n?: number;
  n_cti?: number;
  n_control?: number;
}

export interface ReportWarning {
  code: string;
  message: string;
  params?: Record<string, string | number | string[]>;
}

const ARMS: ArmName[] = ['cti', 'control'];
const ARM_WORDS: Record<ArmName, string> = { cti: 'CTI arm', control: 'control arm' };
/** analysis-spec.md: a change entry needs at least 3 complete pairs. */
export const MIN_PAIRS = 3;

interface ArmCostLines {
  arm: ArmName;
  n_courses: number;
  n_cost_lines: number;
}

interface PairCount {
  outcome: string;
  arm: ArmName;
  timepoint: string;
  n: number;
}

export interface ArmsInScope {
  courses: Record<ArmName, number>;
  costLines: Record<ArmName, number>;
}

export async function armsInScope(connection: DuckDBConnection): Promise<ArmsInScope> {
  const rows = indexBy(await queryFile<ArmCostLines>(connection, 'arm_cost_lines'), (r) => r.arm);
  return {
    courses: { cti: rows.get('cti')?.n_courses ?? 0, control: rows.get('control')?.n_courses ?? 0 },
    costLines: { cti: rows.get('cti')?.n_cost_lines ?? 0, control: rows.get('control')?.n_cost_lines ?? 0 },
  };
}

/** Why an arm cannot enter a two-arm figure, or null when it can. */
export function missingArmReason(arms: ArmsInScope): string | null {
  const missing = ARMS.filter((arm) => arms.courses[arm] === 0);
  if (missing.length === 2) return 'no courses in scope';
  return missing.length ? `no courses in the ${ARM_WORDS[missing[0]]} in scope` : null;
}

/** Why costs are unavailable (absent costs are not zero costs), or null when every arm has cost lines. */
export function missingCostsReason(arms: ArmsInScope): string | null {
  const armReason = missingArmReason(arms);
  if (armReason) return armReason;
  const without = ARMS.filter((arm) => arms.costLines[arm] === 0);
  if (without.length === 2) return 'no cost lines for either arm';
  if (without.length === 1) return `no cost lines for the ${ARM_WORDS[without[0]]}`;
  const single = ARMS.filter((arm) => arms.courses[arm] < 2);
  return single.length ? `fewer than 2 courses in the ${ARM_WORDS[single[0]]} (no spread to build an interval from)` : null;
}

/** Change and comparison entries that are missing for too few complete pairs or a missing arm, each with its reason. */
export async function pairGaps(
  connection: DuckDBConnection,
  arms: ArmsInScope,
  change: readonly ChangeRow[],
  comparison: readonly ComparisonRow[],
): Promise<UnavailableFigure[]> {
  const counts = await queryFile<PairCount>(connection, 'pair_counts');
  const pairs = indexBy(counts, (r) => keyOf(r.outcome, r.arm, r.timepoint));
  const changeKeys = new Set(change.map((r) => keyOf(r.outcome, r.arm, r.timepoint)));
  const comparisonKeys = new Set(comparison.map((r) => keyOf(r.outcome, r.timepoint)));
  const gaps: UnavailableFigure[] = [];
  const outcomeTimepoints = [...new Map(counts.map((r) => [keyOf(r.outcome, r.timepoint), r])).values()];
  for (const { outcome, timepoint } of outcomeTimepoints) {
    const n = (arm: ArmName) => pairs.get(keyOf(outcome, arm, timepoint))?.n ?? 0;
    for (const arm of ARMS) {
      if (arms.courses[arm] === 0 || changeKeys.has(keyOf(outcome, arm, timepoint))) continue;
      gaps.push({ section: 'change', outcome, timepoint, arm, value: null, n: n(arm), reason: fewPairs(n(arm), arm) });
    }
    if (comparisonKeys.has(keyOf(outcome, timepoint))) continue;
    const reason
      = missingArmReason(arms)
        ?? ARMS.filter((arm) => n(arm) < MIN_PAIRS)
          .map((arm) => fewPairs(n(arm), arm))
          .join('; ');
    if (reason) gaps.push({ section: 'comparison', outcome, timepoint, value: null, n_cti: n('cti'), n_control: n('control'), reason });
  }
  return gaps;
}

const fewPairs = (n: number, arm: ArmName) => `fewer than ${MIN_PAIRS} complete pairs in the ${ARM_WORDS[arm]} (${n})`;
