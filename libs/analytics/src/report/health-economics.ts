import { REPORT_DEFAULTS, type EconomicsOptions } from '../engine/report-options';

export type CheersStatus = 'reported' | 'partly' | 'not_reported' | 'not_applicable';

/** One item of the CHEERS 2022 checklist (Husereau et al. 2022, BMJ 376:e067975) and where this report answers it. */
export interface CheersItem {
  item: number;
  topic: string;
  status: CheersStatus;
  /** The report section(s) that answer it, or null. */
  where: string | null;
  note: string;
}

export interface HealthEconomics {
  perspective: 'municipal';
  perspective_description: string;
  currency: 'DKK';
  /** The year whose prices the unit costs are in; null when the evaluation has not stated it. */
  price_year: number | null;
  discount_rate: number;
  discounting: string;
  horizons_months: number[];
  checklist: CheersItem[];
}

const PERSPECTIVE = {
  municipal:
    "The municipality's: CTI support, § 85 support (the control arm's social support), establishment and the psychiatric inpatient days recorded in costs.csv; the citizens' own costs and other sectors' costs are not counted.",
};

/** The health-economic reporting choices and the CHEERS 2022 checklist, for what this report computed. */
export function healthEconomicsSection(options: EconomicsOptions | undefined, computed: { costs: boolean; costEffectiveness: boolean; bootstrap: boolean }): HealthEconomics {
  const discountRate = options?.discountRate ?? REPORT_DEFAULTS.economics.discountRate;
  const priceYear = options?.priceYear ?? null;
  const perspective = options?.perspective ?? REPORT_DEFAULTS.economics.perspective;
  const costsOr = (where: string): [CheersStatus, string | null] => (computed.costs ? ['reported', where] : ['not_reported', null]);
  const ceOr = (where: string): [CheersStatus, string | null] => (computed.costEffectiveness ? ['reported', where] : ['not_reported', null]);
  const item = (n: number, topic: string, [status, where]: [CheersStatus, string | null], note: string): CheersItem => ({ item: n, topic, status, where, note });
  const unavailableNote = computed.costs ? '' : ' Not computed here: see unavailable[] (section costs).';
  const checklist: CheersItem[] = [
    item(1, 'Title', ['not_reported', null], 'The report is generated: the title belongs to the publication that uses it.'),
    item(2, 'Abstract', ['partly', 'summary'], 'The summary states the primary result, costs and cost-effectiveness in words; a structured abstract belongs to the publication.'),
    item(3, 'Background and objectives', ['not_reported', null], 'The evaluation protocol states them (Critical Time Intervention against § 85 support).'),
    item(4, 'Health economic analysis plan', ['partly', 'metadata.definitionsVersion'], 'The definitions (docs/analysis-spec.md, analysis/README.md) are the plan; the version used is in the metadata.'),
    item(5, 'Study population', ['reported', 'table_one, attrition'], 'Baseline characteristics by arm with standardised mean differences.'),
    item(6, 'Setting and location', ['reported', 'table_one (municipality), municipality_costs'], 'Danish municipalities; courses by municipality.'),
    item(7, 'Comparators', ['reported', 'costs, comparison'], 'CTI against the control arm (§ 85 support as usual).'),
    item(8, 'Perspective', ['reported', 'health_economics.perspective'], PERSPECTIVE[perspective]),
    item(9, 'Time horizon', costsOr('costs (horizons 9 and 21 months)'), `Costs at 9 and 21 months; effects at m9 and m18.${unavailableNote}`),
    item(10, 'Discount rate', ['reported', 'health_economics.discount_rate'], `Costs beyond month 12 discounted at ${(discountRate * 100).toFixed(1)} % a year; effects are not discounted (change scores at fixed visits).`),
    item(11, 'Selection of outcomes', ['reported', 'outcome_hierarchy, cost_effectiveness.outcome'], 'The effect is the primary outcome (default WEMWBS change at m9); no QALYs: the evaluation collects no preference-based measure.'),
    item(12, 'Measurement of outcomes', ['reported', 'comparison, descriptives'], 'Instruments scored from their items (analysis/README.md, Scoring).'),
    item(13, 'Valuation of outcomes', ['not_applicable', null], 'Outcomes are scale points, not valued in money or utilities.'),
    item(14, 'Measurement and valuation of resources and costs', costsOr('costs.mean_cost_by_category'), `Quantities × unit costs (or amounts) per cost line, by category.${unavailableNote}`),
    item(15, 'Currency, price date, and conversion', [priceYear === null ? 'partly' : 'reported', 'health_economics.currency, price_year'], priceYear === null ? 'DKK; the price year is not stated for this evaluation (report option priceYear).' : `DKK at ${priceYear} prices; no conversion.`),
    item(16, 'Rationale and description of model', ['not_applicable', null], 'A within-trial analysis of individual data; no decision model.'),
    item(17, 'Analytics and assumptions', ['reported', 'costs, cost_effectiveness'], 'Welch and bootstrap intervals of cost differences; ICER and bootstrap; absent costs are unavailable, not zero.'),
    item(18, 'Characterising heterogeneity', ['partly', 'municipality_costs'], 'Costs by municipality; reports filtered by municipality or target group.'),
    item(19, 'Characterising distributional effects', ['not_reported', null], 'Not analysed.'),
    item(20, 'Characterising uncertainty', computed.bootstrap ? ['reported', 'costs.bootstrap_ci, cost_effectiveness.bootstrap'] : ['partly', 'costs.welch_ci'], computed.bootstrap ? 'Bootstrap CE plane, percentile intervals and acceptability curve.' : 'Bootstrap not run for this report (bootstrap = 0).'),
    item(21, 'Approach to engagement with patients and others affected by the study', ['not_reported', null], 'Outside the data: the publication states it.'),
    item(22, 'Study parameters', ['reported', 'costs, cost_effectiveness.n'], 'Means, SDs and n per arm for every cost and effect.'),
    item(23, 'Summary of main results', ceOr('cost_effectiveness'), computed.costEffectiveness ? 'Δcost, Δeffect, ICER and quadrant in words.' : 'Not computed here: see unavailable[] (section cost_effectiveness).'),
    item(24, 'Effect of uncertainty', computed.bootstrap ? ['reported', 'cost_effectiveness.bootstrap.acceptability'] : ['not_reported', null], 'The acceptability curve over willingness to pay.'),
    item(25, 'Effect of engagement with patients and others affected by the study', ['not_reported', null], 'Outside the data: the publication states it.'),
    item(26, 'Study findings, limitations, generalisability, and current knowledge', ['partly', 'summary (caveats)'], 'Caveats (attrition, multiplicity, complete cases, withheld cells) in the summary; discussion belongs to the publication.'),
    item(27, 'Source of funding', ['not_reported', null], 'Outside the data: the publication states it.'),
    item(28, 'Conflicts of interest', ['not_reported', null], 'Outside the data: the publication states it.'),
  ];
  return {
    perspective,
    perspective_description: PERSPECTIVE[perspective],
    currency: 'DKK',
    price_year: priceYear,
    discount_rate: discountRate,
    discounting:
      'Costs beyond month 12 discounted annually: a cost line is spread evenly over its months, month k falls in year ⌊(k − 1)/12⌋ and is divided by (1 + rate)^year (Finansministeriet, Vejledning i samfundsøkonomiske konsekvensvurderinger, 2017: 3.5 % a year).',
    horizons_months: [9, 21],
    checklist,
  };
}
