import type { DuckDBConnection } from '@duckdb/node-api';
import { queryFile } from '../engine/query';
import type { Interval } from '../statistics/distributions';
import { ordinaryLeastSquares } from '../statistics/ols';
import type { UnavailableFigure } from './gaps';
import type { OutcomeHierarchy } from './outcome-hierarchy';
import type { ArmName } from './report-types';

export type SensitivityAnalysis = 'municipality_fixed_effects' | 'completers_only';

export interface SensitivityRow {
  outcome: string;
  timepoint: string;
  analysis: SensitivityAnalysis;
  /** What the analysis changes against the primary ANCOVA (intention to treat: every complete pair). */
  description: string;
  estimate: number;
  se: number;
  ci: Interval;
  p: number;
  n_cti: number;
  n_control: number;
}

interface SensitivityPair {
  timepoint: string;
  arm: ArmName;
  baseline: number;
  follow: number;
  municipality_code: number;
  end_reason: string | null;
}

const DESCRIPTIONS: Record<SensitivityAnalysis, string> = {
  municipality_fixed_effects: 'ANCOVA adjusted for municipality (fixed effects), as allocation was within municipalities',
  completers_only: "ANCOVA over completers only (end_reason 'completed'), against the intention-to-treat ANCOVA over every complete pair",
};

/** lm(follow ~ baseline + cti [+ factor(municipality)]) on the chosen pairs; the arm coefficient is the third. */
function armEffect(pairs: readonly SensitivityPair[], withMunicipality: boolean) {
  const municipalities = [...new Set(pairs.map((p) => p.municipality_code))].sort((a, b) => a - b).slice(1);
  const design = pairs.map((p) => [1, p.baseline, p.arm === 'cti' ? 1 : 0, ...(withMunicipality ? municipalities.map((m) => (p.municipality_code === m ? 1 : 0)) : [])]);
  return ordinaryLeastSquares(design, pairs.map((p) => p.follow))[2];
}

/** Sensitivity analyses of the primary and key secondary outcomes beside the primary ANCOVA. */
export async function sensitivitySection(connection: DuckDBConnection, hierarchy: OutcomeHierarchy): Promise<{ rows: SensitivityRow[]; unavailable: UnavailableFigure[] }> {
  const rows: SensitivityRow[] = [];
  const unavailable: UnavailableFigure[] = [];
  for (const outcome of [hierarchy.primary.outcome, ...hierarchy.keySecondary]) {
    const all = await queryFile<SensitivityPair>(connection, 'sensitivity_pairs', { outcome });
    for (const timepoint of ['m9', 'm18']) {
      for (const analysis of ['municipality_fixed_effects', 'completers_only'] as const) {
        const pairs = all.filter((p) => p.timepoint === timepoint && (analysis !== 'completers_only' || p.end_reason === 'completed'));
        const n_cti = pairs.filter((p) => p.arm === 'cti').length;
        const n_control = pairs.length - n_cti;
        const base = { outcome, timepoint, n_cti, n_control };
        if (n_cti < 3 || n_control < 3) {
          unavailable.push({ section: 'sensitivity', ...base, value: null, reason: `${analysis}: fewer than 3 complete pairs in ${n_cti < 3 ? 'the CTI arm' : 'the control arm'} (${Math.min(n_cti, n_control)})` });
          continue;
        }
        try {
          const effect = armEffect(pairs, analysis === 'municipality_fixed_effects');
          rows.push({ ...base, analysis, description: DESCRIPTIONS[analysis], estimate: effect.estimate, se: effect.se, ci: effect.ci, p: effect.p });
        } catch {
          unavailable.push({ section: 'sensitivity', ...base, value: null, reason: `${analysis}: the model cannot be estimated (arm and municipality confounded)` });
        }
      }
    }
  }
  return { rows, unavailable };
}
