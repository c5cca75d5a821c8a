// The printable evaluation report: a title page (evaluation, data snapshot, selection, date), then every report page
// in turn. The print stylesheet drops navigation and forms and keeps figures whole; page.pdf() gives the same.
import { periodName } from '../ui/report-frame';
import { date, t } from '../i18n/i18n';
import { municipalityName, targetGroupName } from '../i18n/names';
import { loadEvaluations, loadReport } from '../state/report-loader';
import { reportQuery } from '../state/view';
import { h } from '../ui/dom';
import { comparisonPage } from './comparison';
import { costsPage } from './costs';
import { fidelityPage } from './fidelity';
import { overviewPage } from './overview';
import type { Page } from './page';
import { progressionPage } from './progression';

const PARTS = [overviewPage, progressionPage, comparisonPage, costsPage, fidelityPage];

export const printPage: Page = {
  id: 'print',
  roles: ['evaluator', 'agency', 'municipality'],
  inNav: false,
  title: () => t.print.title,
  async render(ctx) {
    const evaluations = await loadEvaluations(ctx.signal);
    const slug = ctx.view.params.get('evaluation') ?? evaluations[0]?.slug;
    const evaluation = evaluations.find((e) => e.slug === slug);
    if (!evaluation) {
      ctx.main.replaceChildren(h('p', { class: 'empty' }, t.filters.noEvaluations));
      return;
    }
    ctx.view.params.set('evaluation', evaluation.slug);
    const report = await loadReport(evaluation.slug, reportQuery(ctx.view.params), ctx.signal);
    const f = report.metadata.filters;
    const selection = [
      `${t.filters.municipality}: ${f.municipalityCode != null ? municipalityName(f.municipalityCode) : t.common.all}`,
      `${t.filters.targetGroup}: ${f.targetGroup ? targetGroupName(f.targetGroup) : t.common.all}`,
      periodName(f) ?? t.filters.allPeriods,
      `${t.filters.baselineRule}: ${t.filters.rule[report.metadata.baselineRule.rule]}`,
    ];
    const parts = PARTS.map(() => h('div', { class: 'print-part' }));
    ctx.main.replaceChildren(
      h('div', { class: 'print-toolbar no-print' }, h('button', { type: 'button', on: { click: () => window.print() } }, t.common.print)),
      h('section', { class: 'title-page' },
        h('p', { class: 'kicker' }, t.app.title),
        h('h1', {}, `${t.print.title}: ${evaluation.name}`),
        h('dl', {},
          h('dt', {}, t.print.evaluation), h('dd', {}, `${evaluation.name} (${evaluation.slug})`),
          h('dt', {}, t.print.snapshot), h('dd', {}, `${report.metadata.snapshot.id} · ${report.metadata.snapshot.source}`),
          h('dt', {}, t.print.filters), h('dd', {}, selection.join(' · ')),
          h('dt', {}, t.print.date), h('dd', {}, date(new Date().toISOString()))),
        h('h2', {}, t.print.sections), h('ol', {}, ...PARTS.map((p) => h('li', {}, p.title())))),
      ...parts,
    );
    ctx.main.classList.add('print-view');
    for (const [i, part] of PARTS.entries()) await part.render({ ...ctx, main: parts[i] });
  },
};
