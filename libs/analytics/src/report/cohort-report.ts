import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import { BASELINE_RULE_INSTRUMENT, DEFINITIONS_VERSION, type ReportOptions } from '../engine/report-options';
import type { SnapshotMetadata } from '../snapshot/schemas';
import { changeSection } from './change';
import { comparisonSection } from './comparison';
import { attritionSection, type AttritionRow } from './attrition';
import { costEffectivenessSection, type CostEffectivenessChoice } from './cost-effectiveness';
import { bootstrapCostEffectiveness } from './cost-effectiveness-bootstrap';
import { fidelityExtrasSection, type FidelityExtras } from './fidelity-extras';
import { municipalityCostsSection, type MunicipalityCostComparison } from './municipality-costs';
import { recoveryStarLadderSection, type LadderRow } from './recovery-star-ladder';
import { costsInScope } from './costs-in-scope';
import { healthEconomicsSection, type HealthEconomics } from './health-economics';
import { descriptivesSection } from './descriptives';
import { distributionsSection, type DistributionRow } from './distributions';
import { fidelitySection } from './fidelity';
import { recoveryStarSection } from './recovery-star';
import { withSparsePairsHandled, type SparsePairsBootstrap } from './bootstrap-sparse-pairs';
import { hierarchyOf, type AnalysisSettings } from '@cti/domain';
import { baselineRuleOverride, incompleteInstrumentWarnings, interimDescriptives, mmrmSection } from './evaluation-additions';
import { armsInScope, pairGaps, type ReportWarning, type UnavailableFigure } from './gaps';
import { effectSizesSection, type EffectSizes } from './effect-sizes';
import { tableOneSection, type TableOne } from './table-one';
import { respondersSection, type Responders } from './responders';
import type { MmrmRow } from './mmrm';
import { sensitivitySection, type SensitivityRow } from './sensitivity';
import { withOutcomeRoles, type OutcomeHierarchy, type OutcomeRole, type RoledComparison } from './outcome-hierarchy';
import type { ChangeRow, ComparisonRow, CostEffectiveness, CostRow, DescriptiveRow, Fidelity, RecoveryStarRow, ReportMetadata } from './report-types';

export interface CohortReport {
  metadata: ReportMetadata;
  descriptives: DescriptiveRow[];
  change: ChangeRow[];
  /** With the outcome's direction, so that words can say which arm a difference favours. */
  comparison: (ComparisonRow & RoledComparison & { higher_is_better: boolean })[];
  recovery_star: RecoveryStarRow[];
  costs: CostRow[];
  cost_effectiveness: (CostEffectiveness & { bootstrap: SparsePairsBootstrap | null }) | null;
  fidelity: Fidelity & FidelityExtras;
  municipality_costs: MunicipalityCostComparison[];
  recovery_star_ladder: LadderRow[];
  attrition: AttritionRow[];
  /** Quartiles and 10th/90th percentiles of each score per arm and timepoint (box plots). */
  distributions: DistributionRow[];
  /** m3 and m6 readings (WEMWBS, SDS, Recovery Star), as descriptives[]. */
  descriptives_interim: DescriptiveRow[];
  /** The repeated-measures model (MMRM) for the primary and key secondary outcomes, per visit. */
  mmrm: (MmrmRow & { role: OutcomeRole })[];
  outcome_hierarchy: OutcomeHierarchy;
  /** Municipality fixed effects and completers only, beside the primary (intention-to-treat) ANCOVA. */
  sensitivity: SensitivityRow[];
  /** Hedges' g and Cohen's d_z with 95 % intervals, primary and key secondary outcomes. */
  effect_sizes: EffectSizes;
  /** Table 1: baseline characteristics by arm and analysed/lost, with standardised mean differences. */
  table_one: TableOne;
  /** Improved / unchanged / deteriorated per arm and timepoint by minimal important change and reliable change index. */
  responders: Responders;
  /** CHEERS 2022: perspective, prices, discounting, and the checklist with where this report answers each item. */
  health_economics: HealthEconomics;
  /** Every figure the report could not compute, null with the reason. */
  unavailable: UnavailableFigure[];
  warnings: ReportWarning[];
}

/** The primary outcome, and the default of the cost-effectiveness analysis (analysis-spec.md). */
export const PRIMARY_OUTCOME = 'wemwbs_total';
const BOOTSTRAP_DEFAULTS = { iterations: 1000, seed: 1 };

interface OutcomeRow {
  outcome: string;
  instrument: string;
  kind: 'score' | 'item';
  higher_is_better: boolean;
}

const BASELINE_RULE_TEXT = {
  first: 'Baseline is the first reading (timepoint baseline) for every instrument.',
  lower_of_first_two: `For instrument "${BASELINE_RULE_INSTRUMENT}" the baseline is the lower of the baseline and m3 readings (first self-ratings often run high); other instruments use the first reading.`,
} as const;

export async function buildReport(connection: DuckDBConnection, snapshot: SnapshotMetadata, options: ReportOptions & { analysis?: AnalysisSettings | null }): Promise<CohortReport> {
  const outcomes = await queryFile<OutcomeRow>(connection, 'outcomes');
  const warnings: ReportWarning[] = await incompleteInstrumentWarnings(connection);
  const hierarchy = hierarchyOf(options.analysis);
  const descriptives = await descriptivesSection(connection);
  const change = await changeSection(connection);
  const override = await baselineRuleOverride(connection, options.baselineRule ?? 'first', warnings);
  const comparison = withOutcomeRoles(await comparisonSection(connection, change, override), hierarchy);
  const arms = await armsInScope(connection);
  const unavailable = await pairGaps(connection, arms, change, comparison);
  const ceOptions = options.costEffectiveness ?? {};
  const { reason: costsReason, rows: costs, gaps: costGaps } = await costsInScope(connection, arms, { iterations: ceOptions.bootstrapIterations ?? BOOTSTRAP_DEFAULTS.iterations, seed: ceOptions.seed ?? BOOTSTRAP_DEFAULTS.seed });
  unavailable.push(...costGaps);
  const ce = options.costEffectiveness ?? {};
  const ceOutcome = ce.outcome ?? PRIMARY_OUTCOME;
  const ceChoice: CostEffectivenessChoice = {
    outcome: ceOutcome,
    timepoint: ce.timepoint ?? 'm9',
    horizonMonths: ce.horizonMonths ?? 9,
    higherIsBetter: outcomes.find((o) => o.outcome === ceOutcome)?.higher_is_better ?? true,
  };
  const costEffectiveness = costEffectivenessSection(ceChoice, costs, comparison);
  if (!costEffectiveness) {
    const effectGap = unavailable.find((u) => u.section === 'comparison' && u.outcome === ceChoice.outcome && u.timepoint === ceChoice.timepoint);
    const reason = costsReason ?? (effectGap ? `no comparison of ${ceChoice.outcome} at ${ceChoice.timepoint}: ${effectGap.reason}` : `no comparison of ${ceChoice.outcome} at ${ceChoice.timepoint}`);
    unavailable.push({ section: 'cost_effectiveness', outcome: ceChoice.outcome, timepoint: ceChoice.timepoint, horizon_months: ceChoice.horizonMonths, value: null, reason, n_cti: arms.courses.cti, n_control: arms.courses.control });
  }
  const bootstrapOptions = {
    iterations: ce.bootstrapIterations ?? BOOTSTRAP_DEFAULTS.iterations,
    seed: ce.seed ?? BOOTSTRAP_DEFAULTS.seed,
    maxWtp: ce.maxWtp,
  };
  const bootstrap
    = costEffectiveness && bootstrapOptions.iterations > 0
      ? withSparsePairsHandled(await bootstrapCostEffectiveness(connection, ceChoice, costEffectiveness, bootstrapOptions), warnings)
      : null;
  const mmrm = await mmrmSection(connection, hierarchy, override);
  unavailable.push(...mmrm.unavailable);
  const sensitivity = await sensitivitySection(connection, hierarchy);
  unavailable.push(...sensitivity.unavailable);
  const responders = await respondersSection(connection);
  unavailable.push(...responders.unavailable);
  const rule = options.baselineRule ?? 'first';
  return {
    metadata: {
      snapshot: { id: snapshot.id, createdAt: snapshot.createdAt, source: snapshot.source },
      generatedAt: new Date().toISOString(),
      filters: { municipalityCode: options.municipalityCode ?? null, targetGroup: options.targetGroup ?? null, startFrom: options.startFrom ?? null, startTo: options.startTo ?? null },
      baselineRule: { rule, instrument: BASELINE_RULE_INSTRUMENT, description: BASELINE_RULE_TEXT[rule] },
      definitionsVersion: DEFINITIONS_VERSION,
    },
    descriptives,
    change,
    comparison: comparison.map((c) => ({ ...c, higher_is_better: outcomes.find((o) => o.outcome === c.outcome)?.higher_is_better ?? true })),
    recovery_star: recoveryStarSection(
      change,
      outcomes.filter((o) => o.instrument === BASELINE_RULE_INSTRUMENT && o.kind === 'item').map((o) => o.outcome),
    ),
    costs,
    cost_effectiveness: costEffectiveness && { ...costEffectiveness, bootstrap },
    fidelity: { ...(await fidelitySection(connection)), ...(await fidelityExtrasSection(connection)) },
    municipality_costs: costsReason ? [] : await municipalityCostsSection(connection),
    recovery_star_ladder: await recoveryStarLadderSection(connection),
    attrition: await attritionSection(connection, PRIMARY_OUTCOME),
    distributions: await distributionsSection(connection),
    descriptives_interim: await interimDescriptives(connection),
    mmrm: mmrm.rows,
    outcome_hierarchy: hierarchy,
    sensitivity: sensitivity.rows,
    effect_sizes: effectSizesSection(hierarchy, change, comparison),
    table_one: await tableOneSection(connection, hierarchy),
    responders: responders.responders,
    health_economics: healthEconomicsSection(options.economics, { costs: costs.length > 0, costEffectiveness: costEffectiveness !== null, bootstrap: bootstrap !== null }),
    unavailable,
    warnings,
  };
}
