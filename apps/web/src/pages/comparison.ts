// CTI versus control: the forest plot of ANCOVA estimates across outcomes, and the table behind it with names.
import { figure, isWithheld, listOf, type PublishedReport } from '../api/report';
import { chart } from '../charts/embed';
import { forestSpec, type ForestRow } from '../charts/forest';
import { lang, num, t } from '../i18n/i18n';
import { armName, higherIsBetter, instrumentCodeOf, instrumentList, itemName, outcomeName, timepointName } from '../i18n/names';
import { analysisNotes } from '../ui/analysis-notes';
import { h } from '../ui/dom';
import { section, withheldLegend } from '../ui/report-frame';
import { reportPage } from './report-page';
import { interval, table, type Cell, type Column } from '../ui/table';
import type { Page } from './page';

type Comparison = PublishedReport['comparison'][number];
type Mmrm = PublishedReport['mmrm'][number];
type Sensitivity = PublishedReport['sensitivity'][number];
type BetweenArms = PublishedReport['effect_sizes']['between_arms'][number];
type WithinArm = PublishedReport['effect_sizes']['within_arm'][number];
const pValue = (v: unknown): Cell => (typeof v === 'number' ? (v < 0.001 ? `< ${num(0.001, 3)}` : num(v, 3)) : (v as Cell));
// the columns every CTI − control table shares: how many citizens in each arm; an estimate with its 95 % interval
const armCounts = <R extends { n_cti: unknown; n_control: unknown }>(): Column<R>[] => [
  { title: t.comparison.nCti, value: (r) => r.n_cti as Cell, digits: 0, numeric: true },
  { title: t.comparison.nControl, value: (r) => r.n_control as Cell, digits: 0, numeric: true },
];
const estimateWithInterval = <R extends { estimate: unknown; ci: unknown }>(): Column<R>[] => [
  { title: t.comparison.estimate, value: (r) => r.estimate as Cell, numeric: true },
  { title: t.progression.ci, value: (r) => interval(r.ci), numeric: true },
];

export const comparisonPage: Page = reportPage({
  id: 'comparison',
  title: () => t.nav.comparison,
  heading: () => t.comparison.title,
  async draw(ctx, { report, body }) {
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
    const hierarchy = report.outcome_hierarchy;
    const roleCell = (role: unknown): Cell => (typeof role === 'string' ? (t.analysis.roles as Record<string, string>)[role] ?? role : (role as Cell));
    // the primary and key secondary rows first (the Holm family), then the exploratory ones
    const order = { primary: 0, key_secondary: 1, exploratory: 2 } as Record<string, number>;
    const sorted = [...rows].sort((a, b) => (order[a.role as string] ?? 3) - (order[b.role as string] ?? 3));
    const mmrm = listOf<Mmrm>(report.mmrm);
    const sensitivity = listOf<Sensitivity>(report.sensitivity);
    const effects = isWithheld(report.effect_sizes) ? null : report.effect_sizes;
    const between = listOf<BetweenArms>(effects?.between_arms);
    const within = listOf<WithinArm>(effects?.within_arm);
    body.replaceChildren(
      withheldLegend(report) ?? '',
      analysisNotes(report, ['comparison', 'mmrm', 'sensitivity', 'effect_sizes'], { warnings: true }) ?? '',
      hierarchy && !isWithheld(hierarchy)
        ? h('p', { class: 'hierarchy' }, t.analysis.hierarchy({
            primary: `${outcomeName(hierarchy.primary.outcome)} ${t.analysis.at} ${timepointName(hierarchy.primary.timepoint)}`,
            secondary: hierarchy.keySecondary.map(outcomeName).join(', ') || t.common.none,
          }))
        : '',
      section(t.comparison.forest, plot?.element ?? h('p', { class: 'empty' }, t.common.empty)),
      section(t.comparison.title, table([
        { title: t.analysis.role, value: (r: Comparison) => roleCell(r.role) },
        { title: t.filters.outcome, value: (r: Comparison) => outcomeName(r.outcome) },
        { title: t.comparison.direction, value: (r) => (higherIsBetter(r.outcome) ? t.comparison.higherBetter : t.comparison.lowerBetter) },
        { title: t.progression.timepoint, value: (r) => timepointName(r.timepoint) },
        ...armCounts<Comparison>(),
        { title: t.comparison.estimate, value: (r) => r.ancova_estimate as Cell, numeric: true },
        { title: t.progression.ci, value: (r) => interval(r.ancova_ci), numeric: true },
        { title: t.comparison.p, value: (r) => pValue(r.ancova_p), numeric: true },
        { title: t.analysis.pHolm, value: (r) => (r.p_holm === null ? t.common.none : pValue(r.p_holm)), numeric: true },
        { title: t.comparison.g, value: (r) => r.hedges_g as Cell, numeric: true },
        { title: t.comparison.welch, value: (r) => (isWithheld(r.diff_in_change) ? r.diff_in_change : typeof r.diff_in_change === 'number' ? `${num(r.diff_in_change)} (${interval(r.welch_ci) ?? ''})` : null) },
      ], sorted, { caption: t.comparison.title, csvName: 'comparison' }), h('p', { class: 'muted' }, t.analysis.holmNote)),
      section(t.analysis.effectSizes,
        table([
          { title: t.filters.outcome, value: (r: BetweenArms) => outcomeName(r.outcome) },
          { title: t.progression.timepoint, value: (r) => timepointName(r.timepoint) },
          ...armCounts<BetweenArms>(),
          { title: t.comparison.g, value: (r) => r.hedges_g as Cell, numeric: true },
          { title: t.progression.ci, value: (r) => interval(r.ci), numeric: true },
        ], between, { caption: t.analysis.betweenArms, csvName: 'effect-sizes-between-arms' }),
        table([
          { title: t.filters.outcome, value: (r: WithinArm) => outcomeName(r.outcome) },
          { title: t.progression.arm, value: (r) => armName(r.arm) },
          { title: t.progression.timepoint, value: (r) => timepointName(r.timepoint) },
          { title: t.progression.n, value: (r) => r.n as Cell, digits: 0, numeric: true },
          { title: t.progression.dz, value: (r) => r.cohen_dz as Cell, numeric: true },
          { title: t.progression.ci, value: (r) => interval(r.ci), numeric: true },
        ], within, { caption: t.analysis.withinArm, csvName: 'effect-sizes-within-arm' }),
        h('p', { class: 'muted' }, t.analysis.effectSizeMethod)),
      section(t.analysis.mmrm, table([
        { title: t.analysis.role, value: (r: Mmrm) => roleCell(r.role) },
        { title: t.filters.outcome, value: (r) => outcomeName(r.outcome) },
        { title: t.analysis.visit, value: (r) => timepointName(r.timepoint) },
        ...armCounts<Mmrm>(),
        ...estimateWithInterval<Mmrm>(),
        { title: t.analysis.df, value: (r) => r.df as Cell, digits: 0, numeric: true },
        { title: t.comparison.p, value: (r) => pValue(r.p), numeric: true },
      ], mmrm, { caption: t.analysis.mmrm, csvName: 'mmrm' }), h('p', { class: 'muted' }, t.analysis.mmrmNote)),
      section(t.analysis.sensitivity, table([
        { title: t.analysis.analysis, value: (r: Sensitivity) => (t.analysis.sensitivityNames as Record<string, string>)[r.analysis] ?? r.analysis },
        { title: t.filters.outcome, value: (r) => outcomeName(r.outcome) },
        { title: t.progression.timepoint, value: (r) => timepointName(r.timepoint) },
        ...armCounts<Sensitivity>(),
        ...estimateWithInterval<Sensitivity>(),
        { title: t.comparison.p, value: (r) => pValue(r.p), numeric: true },
      ], sensitivity, { caption: t.analysis.sensitivity, csvName: 'sensitivity' }), h('p', { class: 'muted' }, t.analysis.sensitivityNote)),
    );
  },
});
