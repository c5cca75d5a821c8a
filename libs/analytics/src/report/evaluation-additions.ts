import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import { BASELINE_RULE_INSTRUMENT, type BaselineRule } from '../engine/report-options';
import type { ComparisonPairsOverride, PairRow } from './comparison';
import type { ReportWarning, UnavailableFigure } from './gaps';
import { mmrmForOutcome, mmrmObservations, type MmrmObservation, type MmrmRow } from './mmrm';
import { roleOf, type OutcomeHierarchy, type OutcomeRole } from './outcome-hierarchy';
import type { ArmName, DescriptiveRow } from './report-types';

interface BaselineRuleArm {
  arm: ArmName;
  courses_with_m3: number;
}

/**
 * Under 'lower_of_first_two' only courses with an m3 reading get a lowered baseline; when only one arm has m3
 * readings the rule lowers that arm's baselines alone and inflates its change. Then the comparison uses the first
 * reading for both arms (a warning says so); within-arm figures keep the rule.
 */
export async function baselineRuleOverride(connection: DuckDBConnection, rule: BaselineRule, warnings: ReportWarning[]): Promise<ComparisonPairsOverride | undefined> {
  if (rule !== 'lower_of_first_two') return undefined;
  const arms = await queryFile<BaselineRuleArm>(connection, 'baseline_rule_arms', { instrument: BASELINE_RULE_INSTRUMENT });
  const withM3 = arms.filter((a) => a.courses_with_m3 > 0).map((a) => a.arm);
  if (arms.length < 2 || withM3.length !== 1) return undefined;
  warnings.push({
    code: 'baseline_rule_one_arm',
    message: `The baseline rule lower_of_first_two applies to the ${withM3[0]} arm only (only it has m3 readings of ${BASELINE_RULE_INSTRUMENT}); it would lower that arm's baselines alone, so the comparison of ${BASELINE_RULE_INSTRUMENT} outcomes uses the first reading for both arms. Within-arm change keeps the rule.`,
    params: { arm: withM3[0], instrument: BASELINE_RULE_INSTRUMENT },
  });
  const pairs = await queryFile<PairRow & { change: number; course_id: string }>(connection, 'first_reading_pairs', { instrument: BASELINE_RULE_INSTRUMENT });
  return { outcomes: new Set(pairs.map((p) => p.outcome)), pairs };
}

export async function interimDescriptives(connection: DuckDBConnection): Promise<DescriptiveRow[]> {
  return queryFile<DescriptiveRow>(connection, 'descriptives_interim');
}

interface IncompleteInstrument {
  instrument: string;
  missing_items: string[];
}

/** An instrument read without some item can never be scored: say which items no reading has. */
export async function incompleteInstrumentWarnings(connection: DuckDBConnection): Promise<ReportWarning[]> {
  const rows = await queryFile<IncompleteInstrument>(connection, 'incomplete_instruments');
  return rows.map((r) => ({
    code: 'instrument_items_missing',
    message: `Instrument ${r.instrument} has readings but no value for item${r.missing_items.length > 1 ? 's' : ''} ${r.missing_items.join(', ')}; its scores are never computed.`,
    params: { instrument: r.instrument, missing_items: r.missing_items },
  }));
}

/** The repeated-measures model for the primary and key secondary outcomes, each visit's row with its role. */
export async function mmrmSection(
  connection: DuckDBConnection,
  hierarchy: OutcomeHierarchy,
  override: ComparisonPairsOverride | undefined,
): Promise<{ rows: (MmrmRow & { role: OutcomeRole })[]; unavailable: UnavailableFigure[] }> {
  const rows: (MmrmRow & { role: OutcomeRole })[] = [];
  const unavailable: UnavailableFigure[] = [];
  for (const outcome of [hierarchy.primary.outcome, ...hierarchy.keySecondary]) {
    const observations: MmrmObservation[] = override?.outcomes.has(outcome)
      ? override.pairs
          .filter((p) => p.outcome === outcome)
          .map((p) => ({ course_id: p.course_id, arm: p.arm as ArmName, timepoint: p.timepoint, baseline: p.baseline, follow: p.follow }))
          .sort((a, b) => (a.course_id < b.course_id ? -1 : a.course_id > b.course_id ? 1 : a.timepoint === 'm9' ? -1 : 1))
      : await mmrmObservations(connection, outcome);
    const result = mmrmForOutcome(outcome, observations);
    rows.push(...result.rows.map((r) => ({ ...r, role: roleOf(hierarchy, r.outcome, r.timepoint) })));
    unavailable.push(...result.unavailable);
  }
  return { rows, unavailable };
}
