import type { MunicipalityCostComparison } from '@cti/analytics';
import { ARM_COLOURS, ARM_LABELS, chartFrame, DKK_FORMAT } from './chart-frame';
import type { ChartDefinition } from './chart-types';
import { figure, LeftOut, listOf } from './published';

const NATIONAL = 'National (all municipalities)';
const ARMS = ['cti', 'control'] as const;

/** Each municipality's mean cost per citizen under CTI and under § 85 support, beside the national figure. */
export const municipalityCostsChart: ChartDefinition = {
  name: 'municipality-costs',
  description: 'Mean cost per citizen (DKK) of CTI and of § 85 support in each municipality, beside the national figure, at 9 and 21 months.',
  build(report, { municipalityNames }) {
    const leftOut = new LeftOut();
    const rows = listOf<MunicipalityCostComparison>(report.municipality_costs);
    const nationalSeen = new Set<string>();
    const values = rows.flatMap((row) => {
      const horizon = `${row.horizon_months} months`;
      const name = municipalityNames.get(row.municipality_code);
      const place = name ? `${name} (${row.municipality_code})` : String(row.municipality_code);
      const bars = ARMS.map((arm) => bar(place, horizon, arm, row.municipality[arm], leftOut));
      // the national figure is the same on every row of a horizon: drawn once
      if (!nationalSeen.has(horizon)) {
        nationalSeen.add(horizon);
        bars.push(...ARMS.map((arm) => bar(NATIONAL, horizon, arm, row.national[arm], leftOut)));
      }
      return bars.flat();
    });
    const places = [NATIONAL, ...[...new Set(values.map((v) => v.place))].filter((p) => p !== NATIONAL).sort()];
    return chartFrame(report, 'Costs per citizen by municipality: CTI and § 85 support', 'Mean cost per citizen in each municipality, beside the national mean (lighter bars).', leftOut, {
      data: { values },
      facet: { column: { field: 'horizon', type: 'ordinal', title: 'Cost horizon', sort: ['9 months', '21 months'] } },
      spec: {
        width: 260,
        height: { step: 13 },
        mark: { type: 'bar' },
        encoding: {
          y: { field: 'place', type: 'nominal', sort: places, title: null },
          yOffset: { field: 'arm', type: 'nominal', sort: Object.values(ARM_LABELS) },
          x: { field: 'mean_cost', type: 'quantitative', title: 'Mean cost per citizen (DKK)', axis: { format: DKK_FORMAT, labelOverlap: true } },
          color: ARM_COLOURS,
          opacity: { condition: { test: `datum.place === '${NATIONAL}'`, value: 0.55 }, value: 1 },
          tooltip: [{ field: 'place' }, { field: 'arm' }, { field: 'mean_cost', format: DKK_FORMAT }, { field: 'n' }],
        },
      },
    });
  },
};

function bar(place: string, horizon: string, arm: (typeof ARMS)[number], cost: MunicipalityCostComparison['national']['cti'], leftOut: LeftOut) {
  if (cost === null || leftOut.noteAny(`${place} ${ARM_LABELS[arm]}, ${horizon}`, cost, cost.mean_cost)) return [];
  const mean = figure(cost.mean_cost);
  return mean === null ? [] : [{ place, horizon, arm: ARM_LABELS[arm], mean_cost: mean, n: figure(cost.n) }];
}
