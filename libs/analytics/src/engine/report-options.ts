export type BaselineRule = 'first' | 'lower_of_first_two';

export interface CostEffectivenessOptions {
  /** Outcome whose difference in change is the effect; default `wemwbs_total`. */
  outcome?: string;
  timepoint?: 'm9' | 'm18';
  horizonMonths?: 9 | 21;
  bootstrapIterations?: number;
  seed?: number;
  /** Upper end of the willingness-to-pay range (DKK per point) of the acceptability curve. */
  maxWtp?: number;
}

export interface ReportOptions {
  municipalityCode?: number;
  targetGroup?: string;
  /** Recovery Star only; default 'first'. */
  baselineRule?: BaselineRule;
  costEffectiveness?: CostEffectivenessOptions;
}

/** The instrument the baseline rule applies to: first Recovery Star self-ratings often run high. */
export const BASELINE_RULE_INSTRUMENT = 'rs';

/** Version of the figure definitions (analysis-spec.md plus analysis/README.md); bump when a definition changes. */
export const DEFINITIONS_VERSION = 'analysis-spec-1/readme-1';
