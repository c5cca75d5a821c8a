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

/** Health-economic choices (CHEERS 2022 items 8–10, 12): whose costs, which prices, what discounting. */
export interface EconomicsOptions {
  /** Annual discount rate for costs beyond month 12; default 0.035 (Danish Ministry of Finance); 0 = undiscounted. */
  discountRate?: number;
  /** The year whose prices the unit costs are in; null when not stated. */
  priceYear?: number | null;
  perspective?: 'municipal';
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
  economics?: EconomicsOptions;
}

/** The instrument the baseline rule applies to: first Recovery Star self-ratings often run high. */
export const BASELINE_RULE_INSTRUMENT = 'rs';

/** Version of the figure definitions (analysis-spec.md plus analysis/README.md); bump when a definition changes. */
export const DEFINITIONS_VERSION = 'analysis-spec-1/readme-1';

/** What a report uses where an option is not given (analysis-spec.md: the primary outcome; the bootstrap's defaults). */
export const REPORT_DEFAULTS = {
  baselineRule: 'first',
  costEffectiveness: { outcome: 'wemwbs_total', timepoint: 'm9', horizonMonths: 9, bootstrapIterations: 1000, seed: 1, maxWtp: 100_000 },
  economics: { discountRate: 0.035, priceYear: null, perspective: 'municipal' },
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
      // Without a given maximum the acceptability curve's range is chosen from the bootstrap (cost-effectiveness-bootstrap.ts).
      maxWtp: iterations > 0 ? ce.maxWtp : undefined,
    },
    economics: {
      discountRate: options.economics?.discountRate ?? REPORT_DEFAULTS.economics.discountRate,
      priceYear: options.economics?.priceYear ?? REPORT_DEFAULTS.economics.priceYear,
      perspective: options.economics?.perspective ?? REPORT_DEFAULTS.economics.perspective,
    },
  };
}
