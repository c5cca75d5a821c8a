// CTI versus control: the forest plot of ANCOVA estimates across outcomes, and the table behind it with names.
import { figure, isWithheld, listOf, type PublishedReport } from '../api/report';
import { chart } from '../charts/embed';
import { forestSpec, type ForestRow } from '../charts/forest';
import { lang, num, t } from '../i18n/i18n';
import { higherIsBetter, instrumentCodeOf, instrumentList, itemName, outcomeName, timepointName } from '../i18n/names';
import { h } from '../ui/dom';
import { isEmptySelection, reportFrame, section, withheldLegend } from '../ui/report-frame';
import { interval, table, type Cell } from '../ui/table';
import type { Page } from './page';

type Comparison = PublishedReport['comparison'][number];
const pValue = (v: unknown): Cell => (typeof v === 'number' ? (v < 0.001 ? `< ${num(0.001, 3)}` : num(v, 3)) : (v as Cell));

export const comparisonPage: Page = {
  id: 'comparison',
  roles: ['evaluator', 'agency', 'municipality'],
  inNav: true,
  title: () => t.nav.comparison,
  async render(ctx) {
    const frame = await reportFrame(ctx, t.comparison.title);
    if (!frame) return;
    const { report, body } = frame;
    if (isEmptySelection(report)) {
      body.replaceChildren(h('p', { class: 'empty', role: 'status' }, t.common.emptyFilters));
      return;
    }
    const rows = listOf<Comparison>(report.comparison);
    const withheld: string[] = [];
    const instrumentName = (code: string) => {
      const i = instrumentList().find((x) => x.code === code);
      return i ? (lang === 'da' ? (i.nameDa ?? i.name) : i.name) : code;
    };
    const forest: ForestRow[] = rows.flatMap((r) => {
      const estimate = figure(r.ancova_estimate);
      const ci = Array.isArray(r.ancova_ci) ? r.ancova_ci : null;
      const label = `${itemName(r.outcome)}, ${timepointName(r.timepoint)}`;
      if (estimate === null || !ci) {
        if (isWithheld(r.ancova_estimate)) withheld.push(label);
        return [];
      }
      const better = higherIsBetter(r.outcome);
      const arrow = better ? '↑' : '↓';
      return [{ instrument: instrumentName(instrumentCodeOf(r.outcome)), label: `${label} ${arrow}`, estimate, lower: ci[0], upper: ci[1], favoursCti: better ? ci[0] > 0 : ci[1] < 0 }];
    });
    const notes = [
      lang === 'da' ? '↑ = højere er bedre, ↓ = lavere er bedre. Grønt: intervallet ligger helt på CTI’s bedre side af 0.' : '↑ = higher is better, ↓ = lower is better. Green: the interval lies wholly on CTI’s better side of 0.',
      ...(withheld.length ? [`${t.common.withheld}: ${withheld.join('; ')}`] : []),
    ];
    const plot = forest.length ? chart('comparison', t.comparison.forest, forestSpec(forest, { x: t.comparison.estimate }), notes) : null;
    if (plot) ctx.charts.push(plot.rendered);
    body.replaceChildren(
      withheldLegend(report) ?? '',
      section(t.comparison.forest, plot?.element ?? h('p', { class: 'empty' }, t.common.empty)),
      section(t.comparison.title, table([
        { title: t.filters.outcome, value: (r: Comparison) => outcomeName(r.outcome) },
        { title: t.comparison.direction, value: (r) => (higherIsBetter(r.outcome) ? t.comparison.higherBetter : t.comparison.lowerBetter) },
        { title: t.progression.timepoint, value: (r) => timepointName(r.timepoint) },
        { title: t.comparison.nCti, value: (r) => r.n_cti as Cell, digits: 0, numeric: true },
        { title: t.comparison.nControl, value: (r) => r.n_control as Cell, digits: 0, numeric: true },
        { title: t.comparison.estimate, value: (r) => r.ancova_estimate as Cell, numeric: true },
        { title: t.progression.ci, value: (r) => interval(r.ancova_ci), numeric: true },
        { title: t.comparison.p, value: (r) => pValue(r.ancova_p), numeric: true },
        { title: t.comparison.g, value: (r) => r.hedges_g as Cell, numeric: true },
        { title: t.comparison.welch, value: (r) => (isWithheld(r.diff_in_change) ? r.diff_in_change : typeof r.diff_in_change === 'number' ? `${num(r.diff_in_change)} (${interval(r.welch_ci) ?? ''})` : null) },
      ], rows, { caption: t.comparison.title, csvName: 'comparison' })),
    );
  },
};
