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
  /** Only courses whose phase 1 started on or after this date (YYYY-MM-DD). */
  startFrom?: string;
  /** Only courses whose phase 1 started on or before this date (YYYY-MM-DD). */
  startTo?: string;
  /** Recovery Star only; default 'first'. */
  baselineRule?: BaselineRule;
  costEffectiveness?: CostEffectivenessOptions;
}

/** The instrument the baseline rule applies to: first Recovery Star self-ratings often run high. */
export const BASELINE_RULE_INSTRUMENT = 'rs';

/** Version of the figure definitions (analysis-spec.md plus analysis/README.md); bump when a definition changes. */
export const DEFINITIONS_VERSION = 'analysis-spec-1/readme-1';

/** What a report uses where an option is not given (analysis-spec.md: the primary outcome; the bootstrap's defaults). */
export const REPORT_DEFAULTS = {
  baselineRule: 'first',
  costEffectiveness: { outcome: 'wemwbs_total', timepoint: 'm9', horizonMonths: 9, bootstrapIterations: 1000, seed: 1, maxWtp: 100_000 },
} as const;

/**
 * The options with every default filled in, so that two requests meaning the same report have equal options (the
 * report cache's key) and the report is computed from exactly these. Without a bootstrap, its seed and range do not
 * matter and take their defaults.
 */
export function resolveReportOptions(options: ReportOptions = {}): ReportOptions {
  const ce = options.costEffectiveness ?? {};
  const defaults = REPORT_DEFAULTS.costEffectiveness;
  const iterations = ce.bootstrapIterations ?? defaults.bootstrapIterations;
  return {
    municipalityCode: options.municipalityCode,
    targetGroup: options.targetGroup,
    // the period is part of the cache key: two periods are two reports
    startFrom: options.startFrom,
    startTo: options.startTo,
    baselineRule: options.baselineRule ?? REPORT_DEFAULTS.baselineRule,
    costEffectiveness: {
      outcome: ce.outcome ?? defaults.outcome,
      timepoint: ce.timepoint ?? defaults.timepoint,
      horizonMonths: ce.horizonMonths ?? defaults.horizonMonths,
      bootstrapIterations: iterations,
      seed: iterations > 0 ? (ce.seed ?? defaults.seed) : defaults.seed,
      maxWtp: iterations > 0 ? (ce.maxWtp ?? defaults.maxWtp) : defaults.maxWtp,
    },
  };
}
