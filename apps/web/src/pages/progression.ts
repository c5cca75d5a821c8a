// Progression: means with 95 % intervals over the timepoints per arm for a chosen outcome, the change table,
// the Recovery Star as a radar per arm, and the ladder-of-change shares.
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { figure, isWithheld, listOf, type PublishedReport } from '../api/report';
import { chart } from '../charts/embed';
import { ladderSpec } from '../charts/fidelity';
import { boxSpec, type BoxPoint } from '../charts/distribution';
import { meansSpec, type MeanPoint } from '../charts/means';
import { starSpec, type StarPoint } from '../charts/star';
import { num, t } from '../i18n/i18n';
import { armName, higherIsBetter, itemName, outcomeName, stageName, timepointName } from '../i18n/names';
import { LADDER_STAGE } from '../i18n/vocabulary';
import { h } from '../ui/dom';
import { section, withheldLegend } from '../ui/report-frame';
import { reportPage } from './report-page';
import { interval, table, type Cell } from '../ui/table';
import { analysisNotes } from '../ui/analysis-notes';
import type { Page } from './page';
import { respondersSection } from './responders';

type Descriptive = PublishedReport['descriptives'][number];
type Change = PublishedReport['change'][number];
type Distribution = PublishedReport['distributions'][number];
const TIMEPOINTS = ['baseline', 'm3', 'm6', 'm9', 'm18'];
const STAR_TIMEPOINTS = ['baseline', 'm9', 'm18'];

/** Mean ± t(0.975, n − 1) · sd / √n (the t interval of a mean). */
function meanInterval(mean: number, sd: number | null, n: number | null): [number, number] | null {
  if (sd === null || n === null || n < 2) return null;
  const half = tQuantile(0.975, n - 1) * (sd / Math.sqrt(n));
  return [mean - half, mean + half];
}

export const progressionPage: Page = reportPage({
  id: 'progression',
  title: () => t.nav.progression,
  heading: () => t.progression.title,
  async draw(ctx, { report, body }) {
    const chosen = ctx.view.params.get('outcome') ?? 'wemwbs_total';
    const descriptives = listOf<Descriptive>(report.descriptives);
    const outcomes = [...new Set(descriptives.map((d) => d.outcome))];
    const outcome = outcomes.includes(chosen) ? chosen : outcomes[0];
    const chooser = h('select', { name: 'outcome', id: 'outcome-choice' }, ...outcomes.map((o) => h('option', { value: o, selected: o === outcome }, outcomeName(o))));
    chooser.addEventListener('change', () => {
      const next = new URLSearchParams(ctx.view.params);
      next.set('outcome', chooser.value);
      location.hash = `#/progression?${next}`;
    });

    const withheldNotes: string[] = [];
    // 3 and 6 months come from descriptives_interim (WEMWBS, SDS, the Recovery Star), beside baseline, 9 and 18 months
    const interim = listOf<Descriptive>(report.descriptives_interim).filter((d) => d.timepoint === 'm3' || d.timepoint === 'm6');
    const points: MeanPoint[] = [...descriptives, ...interim].filter((d) => d.outcome === outcome).flatMap((d) => {
      const mean = figure(d.mean);
      if (mean === null) {
        if (isWithheld(d.mean)) withheldNotes.push(`${armName(d.arm)}, ${timepointName(d.timepoint)}`);
        return [];
      }
      const ci = meanInterval(mean, figure(d.sd), figure(d.n));
      return [{ arm: armName(d.arm), timepoint: timepointName(d.timepoint), n: figure(d.n) ?? 0, mean, lower: ci?.[0] ?? null, upper: ci?.[1] ?? null }];
    });
    // the spread beside the means: quartiles and the 10th/90th percentiles of each score (items have none)
    const boxes: BoxPoint[] = listOf<Distribution>(report.distributions).filter((d) => d.outcome === outcome).flatMap((d) => {
      const [q1, median, q3] = [figure(d.q1), figure(d.median), figure(d.q3)];
      if (q1 === null || median === null || q3 === null) return [];
      return [{ arm: armName(d.arm), timepoint: timepointName(d.timepoint), n: figure(d.n) ?? 0, q1, median, q3, p10: figure(d.p10), p90: figure(d.p90) }];
    });
    const direction = higherIsBetter(outcome) ? t.comparison.higherBetter : t.comparison.lowerBetter;
    const notes = [...(points.some((p) => p.timepoint === timepointName('m3') || p.timepoint === timepointName('m6')) ? [t.progression.distributionNote] : []), ...(withheldNotes.length ? [`${t.common.withheld}: ${withheldNotes.join('; ')}`] : [])];
    const means = points.length === 0 ? null : chart('progression', t.progression.means({ outcome: outcomeName(outcome) }),
      meansSpec(points, TIMEPOINTS.map(timepointName), { x: t.progression.timepoint, y: `${outcomeName(outcome)} (${t.comparison.direction.toLowerCase()} ${direction})`, arm: t.progression.arm }), notes);
    if (means) ctx.charts.push(means.rendered);
    const spread = boxes.length === 0 ? null : chart('distribution', t.progression.distribution({ outcome: outcomeName(outcome) }),
      boxSpec(boxes, TIMEPOINTS.map(timepointName), { x: t.progression.timepoint, y: outcomeName(outcome), arm: t.progression.arm }), [t.progression.boxNote]);
    if (spread) ctx.charts.push(spread.rendered);

    const change = listOf<Change>(report.change).filter((c) => c.outcome === outcome);
    const changeTable = table([
      { title: t.progression.arm, value: (c: Change) => armName(c.arm) },
      { title: t.progression.timepoint, value: (c) => timepointName(c.timepoint) },
      { title: t.progression.n, value: (c) => c.n as Cell, digits: 0, numeric: true },
      { title: t.progression.meanChange, value: (c) => c.mean_change as Cell, numeric: true },
      { title: t.progression.ci, value: (c) => interval(c.ci), numeric: true },
      { title: t.progression.p, value: (c) => (typeof c.p_ttest === 'number' ? (c.p_ttest < 0.001 ? `< ${num(0.001, 3)}` : num(c.p_ttest, 3)) : (c.p_ttest as Cell)), numeric: true },
      { title: t.progression.dz, value: (c) => c.cohen_dz as Cell, numeric: true },
    ], change, { caption: t.progression.change, csvName: `change-${outcome}` });

    // Ladder shares are pooled over the ten dimensions.
    // The star: the ten Recovery Star dimensions, per arm, at baseline, 9 and 18 months.
    const dimensions = [...new Set(descriptives.filter((d) => /^rs_(?!mean$)/.test(d.outcome)).map((d) => d.outcome))];
    const stars = (['cti', 'control'] as const).map((arm) => {
      const series = STAR_TIMEPOINTS.filter((tp) => descriptives.some((d) => d.arm === arm && d.timepoint === tp && dimensions.includes(d.outcome) && figure(d.mean) !== null));
      const starPoints: StarPoint[] = series.flatMap((tp) => dimensions.flatMap((dim) => {
        const mean = figure(descriptives.find((d) => d.arm === arm && d.timepoint === tp && d.outcome === dim)?.mean);
        return mean === null ? [] : [{ dimension: itemName(dim), series: timepointName(tp), value: mean }];
      }));
      if (starPoints.length === 0) return h('p', { class: 'empty' }, `${armName(arm)}: ${t.common.empty}`);
      const handle = chart(`recovery-star-${arm}`, t.progression.starAt({ arm: armName(arm) }), starSpec(starPoints, dimensions.map(itemName), series.map(timepointName)));
      ctx.charts.push(handle.rendered);
      return handle.element;
    });

    const ladder = listOf<PublishedReport['recovery_star_ladder'][number]>(report.recovery_star_ladder);
    const stages = Object.keys(LADDER_STAGE);
    const ladderRows = ladder.reduce<Map<string, { series: string; stage: string; order: number; citizens: number; n: number }>>((acc, l) => {
      const citizens = figure(l.citizens);
      const n = figure(l.n);
      if (citizens === null || n === null) return acc;
      const series = `${armName(l.arm)}, ${timepointName(l.timepoint)}`;
      const key = `${series}|${l.stage}`;
      const row = acc.get(key) ?? { series, stage: stageName(l.stage), order: stages.indexOf(l.stage), citizens: 0, n: 0 };
      row.citizens += citizens;
      row.n += n;
      acc.set(key, row);
      return acc;
    }, new Map());
    const ladderData = [...ladderRows.values()].map((r) => ({ series: r.series, stage: r.stage, order: r.order, share: r.n > 0 ? r.citizens / r.n : 0 }));
    const ladderChart = ladderData.length
      ? chart('recovery-star-ladder', t.progression.ladder, ladderSpec(ladderData, stages.map(stageName), { x: t.progression.share, stage: t.progression.stage }))
      : null;
    if (ladderChart) ctx.charts.push(ladderChart.rendered);

    body.replaceChildren(
      withheldLegend(report) ?? '',
      h('label', { class: 'inline-choice no-print' }, t.filters.outcome, chooser),
      section(t.progression.means({ outcome: outcomeName(outcome) }),
        h('div', { class: 'two-up' }, means?.element ?? h('p', { class: 'empty', role: 'status' }, t.common.empty), spread?.element ?? h('p', { class: 'muted' }, t.progression.noDistribution)),
        analysisNotes(report, ['change']), changeTable),
      respondersSection(report, outcome),
      section(t.progression.star, h('div', { class: 'two-up' }, ...stars)),
      section(t.progression.ladder, ladderChart?.element ?? h('p', { class: 'empty' }, t.common.empty)),
    );
  },
});
