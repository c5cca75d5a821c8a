// Responders for the chosen outcome: shares improved / unchanged / deteriorated per arm and timepoint, by minimal
// important change and by reliable change index, the CTI − control difference with its interval, and where each
// threshold comes from (the instrument registry's row).
import { isWithheld, type PublishedReport } from '../api/report';
import { num, pct, t } from '../i18n/i18n';
import { armName, outcomeName, timepointName } from '../i18n/names';
import { h } from '../ui/dom';
import { section } from '../ui/report-frame';
import { interval, table } from '../ui/table';
import type { ResponderDifference, ResponderRow, Responders } from '../../../../libs/analytics/src/report/responders';
import { withheldWhole } from './table-one';

const share = (count: number, of: number) => `${pct(of ? count / of : 0)} (${count})`;
const difference = (d: ResponderDifference | undefined, which: 'improved' | 'deteriorated') =>
  d ? `${num(d[`diff_${which}`] * 100, 1)} (${interval(d[`diff_${which}_ci`].map((x) => x * 100), 1)})` : null;

export function respondersSection(report: PublishedReport, outcome: string): HTMLElement {
  const title = t.evidence.responders({ outcome: outcomeName(outcome) });
  const published = report.responders as unknown;
  if (isWithheld(published)) return section(title, withheldWhole(published.reason));
  const responders = published as Responders;
  const definitions = responders.definitions.filter((d) => d.outcome === outcome);
  if (definitions.length === 0) return section(title, h('p', { class: 'muted' }, t.evidence.noResponders));
  const rows = responders.by_arm.filter((r) => r.outcome === outcome);
  const diffOf = (r: ResponderRow) => responders.differences.find((d) => d.outcome === outcome && d.criterion === r.criterion && d.timepoint === r.timepoint);
  const sources = definitions.map((d) => (d.criterion === 'mic'
    ? t.evidence.micDefinition({ threshold: num(d.threshold, 1), source: d.source })
    : t.evidence.rciDefinition({ r: num(d.reliability ?? 0, 2), sd: num(d.baseline_sd ?? 0, 2), threshold: num(d.threshold, 2), source: d.source })));
  return section(title,
    ...sources.map((s) => h('p', { class: 'muted definition' }, s)),
    table<ResponderRow>([
      { title: t.evidence.criterion, value: (r) => h('abbr', { title: t.evidence.criteria[r.criterion] }, r.criterion.toUpperCase()), csv: (r) => t.evidence.criteria[r.criterion] },
      { title: t.progression.timepoint, value: (r) => timepointName(r.timepoint) },
      { title: t.progression.arm, value: (r) => armName(r.arm) },
      { title: t.progression.n, value: (r) => r.n, digits: 0, numeric: true },
      { title: t.evidence.improved, value: (r) => share(r.improved, r.n), numeric: true },
      { title: t.evidence.unchanged, value: (r) => share(r.unchanged, r.n), numeric: true },
      { title: t.evidence.deteriorated, value: (r) => share(r.deteriorated, r.n), numeric: true },
      // the difference belongs to the pair of arms: said once, on the CTI row
      { title: t.evidence.diffImproved, value: (r) => (r.arm === 'cti' ? difference(diffOf(r), 'improved') : ''), numeric: true },
      { title: t.evidence.diffDeteriorated, value: (r) => (r.arm === 'cti' ? difference(diffOf(r), 'deteriorated') : ''), numeric: true },
    ], rows, { caption: title, csvName: `responders-${outcome}`, sortable: false }),
    h('p', { class: 'muted' }, t.evidence.respondersNote));
}
