import type { ArmName, CostRow } from '@cti/analytics';
import { ARM_LABELS, chartFrame, DKK_FORMAT } from './chart-frame';
import type { ChartDefinition } from './chart-types';
import { figure, LeftOut, listOf } from './published';

const ARMS: ArmName[] = ['cti', 'control'];
// the cost categories of the cohort format (COST_CATEGORIES), as a reader says them
const CATEGORY_LABELS: Record<string, string> = {
  establishment: 'Establishment', cti_support: 'CTI support', s85_support: '§ 85 support', psychiatric_inpatient: 'Psychiatric inpatient',
  somatic_inpatient: 'Somatic inpatient', emergency: 'Emergency', other: 'Other',
};
const categoryLabel = (category: string) => CATEGORY_LABELS[category] ?? category;

/** Mean cost per citizen by arm, stacked by cost category, at the 9- and 21-month horizons. */
export const costsChart: ChartDefinition = {
  name: 'costs',
  description: 'Mean cost per citizen (DKK) by arm and cost category at 9 and 21 months (stacked bars).',
  build(report) {
    const leftOut = new LeftOut();
    const values = listOf<CostRow>(report.costs).flatMap((row) => ARMS.flatMap((arm) => {
      const horizon = `${row.horizon_months} months`;
      const byCategory = row.mean_cost_by_category[arm];
      if (leftOut.note(`${ARM_LABELS[arm]}, ${horizon}`, byCategory)) return [];
      return Object.entries(byCategory).flatMap(([category, mean]) => {
        const value = figure(mean);
        return value === null ? [] : [{ horizon, arm: ARM_LABELS[arm], category: categoryLabel(category), mean_cost: value, total: figure(row.mean_cost[arm]), n: figure(row.n[arm]) }];
      });
    }));
    return chartFrame(report, 'Costs per citizen', 'Mean cost per citizen by cost category; every course of the arm counts (a course without costs counts 0).', leftOut, {
      data: { values },
      facet: { column: { field: 'horizon', type: 'ordinal', title: 'Cost horizon', sort: ['9 months', '21 months'] } },
      spec: {
        width: 240,
        height: 280,
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'arm', type: 'nominal', sort: Object.values(ARM_LABELS), title: null, axis: { labelAngle: 0, labelLimit: 0 } },
          y: { field: 'mean_cost', type: 'quantitative', aggregate: 'sum', title: 'Mean cost per citizen (DKK)', axis: { format: DKK_FORMAT } },
          color: { field: 'category', type: 'nominal', title: 'Cost category' },
          tooltip: [{ field: 'arm' }, { field: 'category' }, { field: 'mean_cost', aggregate: 'sum', format: DKK_FORMAT, title: 'DKK per citizen' }, { field: 'total', aggregate: 'max', format: DKK_FORMAT, title: 'arm total' }, { field: 'n', aggregate: 'max' }],
        },
      },
    });
  },
};
