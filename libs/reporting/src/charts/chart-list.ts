import { cePlaneChart } from './ce-plane.chart';
import { ceacChart } from './ceac.chart';
import type { ChartDefinition } from './chart-types';
import { comparisonChart } from './comparison.chart';
import { costsChart } from './costs.chart';
import { intensityChart } from './intensity.chart';
import { municipalityCostsChart } from './municipality-costs.chart';
import { phaseLengthsChart } from './phase-lengths.chart';
import { progressionChart } from './progression.chart';
import { recoveryStarLadderChart } from './recovery-star-ladder.chart';

/** Every chart of the report, in the order a reader meets them. */
export const CHARTS: readonly ChartDefinition[] = [
  progressionChart, comparisonChart, cePlaneChart, ceacChart, recoveryStarLadderChart, costsChart, municipalityCostsChart, phaseLengthsChart, intensityChart,
];

export const CHART_NAMES: readonly string[] = CHARTS.map((chart) => chart.name);
