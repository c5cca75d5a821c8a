// Fidelity: phase lengths against three months, intensity by phase against 4 : 2 : 1, caseload per worker over time
// against 10–12, and open alerts per team (for the agency counts per team only, never per citizen).
import { client, typedBody } from '../api/client';
import { figure, listOf, type PublishedReport } from '../api/report';
import type { components } from '../api/schema';
import { chart } from '../charts/embed';
import { caseloadSpec, intensitySpec, phaseLengthSpec } from '../charts/fidelity';
import { date, lang, pct, t } from '../i18n/i18n';
import { ALERT, nameIn } from '../i18n/vocabulary';
import { h } from '../ui/dom';
import { section, withheldLegend } from '../ui/report-frame';
import { reportPage } from './report-page';
import { table, type Cell } from '../ui/table';
import type { Page } from './page';

type Fidelity = PublishedReport['fidelity'];
type AlertsReport = components['schemas']['FidelityReportDto'];
type TeamAlertCounts = components['schemas']['PublishedTeamAlertsDto'];

const PHASES = ['1', '2', '3'] as const;

async function alertsByTeam(signal: AbortSignal, municipality?: number): Promise<{ team: string; kind: string; count: number }[]> {
  const report = await typedBody(
    client.GET('/api/fidelity/alerts', { params: { query: municipality ? { municipality } : {} }, signal }),
  );
  const teamName = (a: AlertsReport['alerts'][number]) => String(report.teams.find((x) => x.municipalityCode === a.municipalityCode)?.name ?? report.teams[0]?.name ?? '–');
  const counts = new Map<string, { team: string; kind: string; count: number }>();
  for (const a of report.alerts) {
    const key = `${teamName(a)}|${a.kind}`;
    const row = counts.get(key) ?? { team: teamName(a), kind: nameIn(ALERT, a.kind, lang), count: 0 };
    row.count++;
    counts.set(key, row);
  }
  return [...counts.values()];
}

/** The agency's view: open alerts counted per team and kind (the route gives counts only, small ones withheld). */
async function alertCountsTable(signal: AbortSignal): Promise<HTMLElement> {
  const counts = await typedBody(client.GET('/api/fidelity/alert-counts', { signal }));
  const kinds = (Object.keys(ALERT) as (keyof TeamAlertCounts['byKind'])[]).filter((kind) => counts.teams.some((team) => team.byKind[kind] !== 0));
  return h('div', {},
    h('p', { class: 'muted' }, t.fidelity.alertCountsNote({ date: date(counts.asOf), k: counts.k })),
    table<TeamAlertCounts>([
      { title: t.fidelity.team, value: (r) => r.name },
      { title: t.fidelity.openCourses, value: (r) => r.openCourses, digits: 0, numeric: true },
      { title: t.fidelity.openAlerts, value: (r) => r.alerts, digits: 0, numeric: true },
      ...kinds.map((kind) => ({ title: nameIn(ALERT, kind, lang), value: (r: TeamAlertCounts) => r.byKind[kind], digits: 0, numeric: true })),
    ], counts.teams, { caption: t.fidelity.alerts, csvName: 'alert-counts', emptyText: t.fidelity.noRegisteredCourses }));
}

export const fidelityPage: Page = reportPage({
  id: 'fidelity',
  title: () => t.nav.fidelity,
  heading: () => t.fidelity.title,
  async draw(ctx, { report, body }) {
    const f = report.fidelity as Fidelity;
    const lengths = PHASES.map((p) => ({ phase: t.fidelity.phase({ n: p }), ...f.phase_length_days[`phase${p}`] }));
    const lengthRows = lengths.flatMap((l) => (typeof l.median === 'number' ? [{ phase: l.phase, median: l.median }] : []));
    const lengthChart = chart('phase-lengths', t.fidelity.phaseLengths, phaseLengthSpec(lengthRows, { x: t.fidelity.median, norm: '91' }));
    const expected: Record<string, number> = { 1: 4, 2: 2, 3: 1 };
    const intensityRows = PHASES.flatMap((p) => {
      const ratio = figure((f.intensity_ratio as Record<string, unknown>)[p]);
      return [
        ...(ratio === null ? [] : [{ phase: t.fidelity.phase({ n: p }), kind: t.fidelity.ratio, ratio }]),
        { phase: t.fidelity.phase({ n: p }), kind: `${t.fidelity.expected} (4 : 2 : 1)`, ratio: expected[p] },
      ];
    });
    const intensityChart = chart('intensity', t.fidelity.intensity, intensitySpec(intensityRows, { y: t.fidelity.ratio, kind: '' }));
    const caseload = (f as unknown as { caseload?: { norm: { min: number; max: number }; by_month: Record<string, unknown>[] } }).caseload;
    const months = listOf<Record<string, unknown>>(caseload?.by_month);
    const caseloadRows = months.flatMap((m) => [
      ...(typeof m.mean_caseload === 'number' ? [{ month: `${m.month}-01`, value: m.mean_caseload, series: t.fidelity.meanCaseload }] : []),
      ...(typeof m.max_caseload === 'number' ? [{ month: `${m.month}-01`, value: m.max_caseload, series: t.fidelity.maxCaseload }] : []),
    ]);
    const caseloadChart = caseloadRows.length ? chart('caseload', t.fidelity.caseload, caseloadSpec(caseloadRows, caseload!.norm, { x: t.fidelity.month, y: t.team.active, series: '' })) : null;
    ctx.charts.push(lengthChart.rendered, intensityChart.rendered, ...(caseloadChart ? [caseloadChart.rendered] : []));

    const extras = f as unknown as Record<string, Record<string, unknown>>;
    const shares: { what: string; n: Cell; share: Cell }[] = [
      { what: t.fidelity.handover, n: extras.handover_plans?.with_handover_plan as Cell, share: extras.handover_plans?.share as Cell },
      { what: t.fidelity.focusAreas, n: null, share: extras.focus_areas_per_plan?.share_within_norm as Cell },
      { what: t.fidelity.pastNine, n: extras.ended_after_nine_months?.count as Cell, share: extras.ended_after_nine_months?.share as Cell },
    ];

    let alertsPart: HTMLElement;
    // Alerts are per citizen: only the team that owns the register reads them (an evaluator who is no member may not).
    if (ctx.user.role === 'agency') {
      try {
        alertsPart = await alertCountsTable(ctx.signal);
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        alertsPart = h('p', { class: 'error' }, (error as Error).message);
      }
    } else if (ctx.user.role !== 'municipality') alertsPart = h('p', { class: 'muted' }, t.fidelity.alertsNotOwn);
    else {
      try {
        const rows = await alertsByTeam(ctx.signal);
        alertsPart = table([
          { title: t.fidelity.team, value: (r: { team: string }) => r.team },
          { title: t.fidelity.alertKind, value: (r: { kind: string }) => r.kind },
          { title: t.fidelity.count, value: (r: { count: number }) => r.count, digits: 0, numeric: true },
        ], rows, { caption: t.fidelity.alerts, csvName: 'alerts', emptyText: t.fidelity.noAlerts });
      } catch (error) {
        if (ctx.signal.aborted) throw error;
        alertsPart = h('p', { class: 'error' }, (error as Error).message);
      }
    }

    body.replaceChildren(
      withheldLegend(report) ?? '',
      section(t.fidelity.phaseLengths, lengthChart.element, table([
        { title: t.fidelity.phase({ n: '' }).trim(), value: (l: (typeof lengths)[number]) => l.phase },
        { title: 'n', value: (l) => l.n as Cell, digits: 0, numeric: true },
        { title: t.fidelity.median, value: (l) => l.median as Cell, digits: 0, numeric: true },
        { title: t.fidelity.within, value: (l) => l.within_14_days_of_91 as Cell, digits: 0, numeric: true },
      ], lengths, { caption: t.fidelity.phaseLengths, csvName: 'phase-lengths' })),
      section(t.fidelity.intensity, intensityChart.element, table([
        { title: t.fidelity.phase({ n: '' }).trim(), value: (p: string) => t.fidelity.phase({ n: p }) },
        { title: t.fidelity.minutes, value: (p) => (f.contact_minutes_by_phase as Record<string, unknown>)[p] as Cell, digits: 0, numeric: true },
        { title: t.fidelity.ratio, value: (p) => (f.intensity_ratio as Record<string, unknown>)[p] as Cell, digits: 1, numeric: true },
        { title: t.fidelity.expected, value: (p) => expected[p], digits: 0, numeric: true },
      ], [...PHASES], { caption: t.fidelity.intensity, csvName: 'intensity' })),
      section(t.fidelity.caseload, caseloadChart?.element ?? h('p', { class: 'empty' }, t.common.empty)),
      section(t.fidelity.keyFigures, table([
        { title: t.fidelity.what, value: (r: (typeof shares)[number]) => r.what },
        { title: 'n', value: (r) => r.n, digits: 0, numeric: true },
        { title: t.fidelity.shareLabel, value: (r) => (typeof r.share === 'number' ? pct(r.share) : r.share), numeric: true },
      ], shares, { caption: t.fidelity.keyFigures, csvName: 'fidelity-shares' })),
      section(t.fidelity.alerts, alertsPart),
    );
  },
});
