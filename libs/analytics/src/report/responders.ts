import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { Interval } from '../statistics/distributions';
import { newcombeDifference } from '../statistics/proportions';
import { MIN_PAIRS, type UnavailableFigure } from './gaps';
import type { ArmName } from './report-types';

/** R qnorm(0.975): the reliable change index's cut-off. */
const Z_975 = 1.959963984540054;

export type ResponderCriterion = 'mic' | 'rci';

export interface ResponderDefinition {
  outcome: string;
  criterion: ResponderCriterion;
  /** Points of oriented change at or beyond which a course counts as improved (or, negated, deteriorated). */
  threshold: number;
  source: string;
  /** RCI only: the reliability and the baseline SD it rests on; SEM = SD·√(1 − r), threshold = 1.96·√2·SEM. */
  reliability?: number;
  baseline_sd?: number;
}

export interface ResponderRow {
  outcome: string;
  criterion: ResponderCriterion;
  arm: ArmName;
  timepoint: string;
  n: number;
  improved: number;
  unchanged: number;
  deteriorated: number;
  share_improved: number;
  share_unchanged: number;
  share_deteriorated: number;
}

export interface ResponderDifference {
  outcome: string;
  criterion: ResponderCriterion;
  timepoint: string;
  /** CTI − control, shares improved and deteriorated, each with Newcombe's hybrid score 95 % interval. */
  diff_improved: number;
  diff_improved_ci: Interval;
  diff_deteriorated: number;
  diff_deteriorated_ci: Interval;
  n_cti: number;
  n_control: number;
}

export interface Responders {
  method: string;
  definitions: ResponderDefinition[];
  by_arm: ResponderRow[];
  differences: ResponderDifference[];
}

interface ResponderPair {
  outcome: string;
  arm: ArmName;
  timepoint: string;
  oriented_change: number;
  mic: number | null;
  mic_source: string | null;
  reliability: number | null;
  reliability_source: string | null;
  baseline_sd: number | null;
}

const METHOD
  = 'Change oriented so that positive is better. MIC: improved when the change is at least the minimal important change, deteriorated when at most minus it. '
    + 'RCI (Jacobson & Truax 1991): improved when change / (√2·SEM) > 1.96, deteriorated when < −1.96, SEM = baseline SD·√(1 − reliability). '
    + "Shares over the arm's complete pairs; CTI − control with Newcombe's hybrid score interval (1998, method 10).";

/** Responders per arm and timepoint, by minimal important change and by reliable change index, from the registry's figures. */
export async function respondersSection(connection: DuckDBConnection): Promise<{ responders: Responders; unavailable: UnavailableFigure[] }> {
  const pairs = await queryFile<ResponderPair>(connection, 'responder_pairs');
  const unavailable: UnavailableFigure[] = [];
  const definitions: ResponderDefinition[] = [];
  const byArm: ResponderRow[] = [];
  const differences: ResponderDifference[] = [];
  for (const outcome of [...new Set(pairs.map((p) => p.outcome))]) {
    const rows = pairs.filter((p) => p.outcome === outcome);
    const first = rows[0];
    const criteria: ResponderDefinition[] = [];
    if (first.mic !== null) criteria.push({ outcome, criterion: 'mic', threshold: first.mic, source: first.mic_source ?? '' });
    else unavailable.push({ section: 'responders', outcome, value: null, reason: `no minimal important change for ${outcome} in the instrument registry` });
    if (first.reliability !== null && first.baseline_sd !== null) {
      const sem = first.baseline_sd * Math.sqrt(1 - first.reliability);
      criteria.push({ outcome, criterion: 'rci', threshold: Z_975 * Math.SQRT2 * sem, source: first.reliability_source ?? '', reliability: first.reliability, baseline_sd: first.baseline_sd });
    } else unavailable.push({ section: 'responders', outcome, value: null, reason: `no reliability for ${outcome} in the instrument registry, so no reliable change index` });
    definitions.push(...criteria);
    for (const definition of criteria) {
      for (const timepoint of ['m9', 'm18']) {
        const perArm = {} as Record<ArmName, ResponderRow>;
        for (const arm of ['cti', 'control'] as ArmName[]) {
          const changes = rows.filter((p) => p.arm === arm && p.timepoint === timepoint).map((p) => p.oriented_change);
          if (changes.length === 0) continue;
          const row = classify(outcome, definition, arm, timepoint, changes);
          perArm[arm] = row;
          byArm.push(row);
        }
        const { cti, control } = perArm;
        if (cti && control && cti.n >= MIN_PAIRS && control.n >= MIN_PAIRS) {
          const improved = newcombeDifference(cti.improved, cti.n, control.improved, control.n);
          const deteriorated = newcombeDifference(cti.deteriorated, cti.n, control.deteriorated, control.n);
          differences.push({
            outcome, criterion: definition.criterion, timepoint,
            diff_improved: improved.diff, diff_improved_ci: improved.ci, diff_deteriorated: deteriorated.diff, diff_deteriorated_ci: deteriorated.ci,
            n_cti: cti.n, n_control: control.n,
          });
        } else if (cti || control) {
          const short = (['cti', 'control'] as ArmName[]).find((a) => (perArm[a]?.n ?? 0) < MIN_PAIRS) as ArmName;
          unavailable.push({
            section: 'responders', outcome, timepoint, value: null, n_cti: cti?.n ?? 0, n_control: control?.n ?? 0,
            reason: `fewer than ${MIN_PAIRS} complete pairs in the ${short === 'cti' ? 'CTI' : 'control'} arm (${perArm[short]?.n ?? 0}): no difference between arms (${definition.criterion})`,
          });
        }
      }
    }
  }
  return { responders: { method: METHOD, definitions, by_arm: byArm, differences }, unavailable };
}

function classify(outcome: string, definition: ResponderDefinition, arm: ArmName, timepoint: string, changes: number[]): ResponderRow {
  const isImproved = (d: number) => (definition.criterion === 'mic' ? d >= definition.threshold : d > definition.threshold);
  const isDeteriorated = (d: number) => (definition.criterion === 'mic' ? d <= -definition.threshold : d < -definition.threshold);
  const improved = changes.filter(isImproved).length;
  const deteriorated = changes.filter(isDeteriorated).length;
  const n = changes.length;
  const unchanged = n - improved - deteriorated;
  return { outcome, criterion: definition.criterion, arm, timepoint, n, improved, unchanged, deteriorated, share_improved: improved / n, share_unchanged: unchanged / n, share_deteriorated: deteriorated / n };
}
