// Table 1: baseline characteristics by arm, and of those analysed at the primary timepoint against those lost, each
// with its standardised mean difference. Withheld whole for suppressing scopes: the marker and the reason, not a table.
import { isWithheld, type PublishedReport } from '../api/report';
import { int, num, pct, t } from '../i18n/i18n';
import { armName, municipalityName, outcomeName, targetGroupName, timepointName } from '../i18n/names';
import { h } from '../ui/dom';
import { section } from '../ui/report-frame';
import { table, type Cell } from '../ui/table';
import type { TableOne, TableOneCell, TableOneRow } from '../../../../libs/analytics/src/report/table-one';

const GROUPS = { arm: ['cti', 'control'], analysed_vs_lost: ['analysed', 'lost'] } as const;
const groupName = (g: string): string => (g === 'analysed' ? t.evidence.analysed : g === 'lost' ? t.evidence.lost : armName(g));

function rowName(r: TableOneRow): string {
  switch (r.variable) {
    case 'n': return t.evidence.courses;
    case 'sex': return `${t.evidence.sex}: ${t.evidence.sexes[r.level ?? ''] ?? r.level}`;
    case 'target_group': return `${t.filters.targetGroup}: ${targetGroupName(r.level ?? '')}`;
    case 'municipality_code': return `${t.filters.municipality}: ${municipalityName(Number(r.level))}`;
    case 'age_at_start': return t.evidence.age;
    case 'baseline': return t.evidence.atBaseline({ outcome: outcomeName(r.outcome ?? '') });
    default: return r.variable;
  }
}

/** Mean (SD) or n (%), with how many lack a value. */
function cellText(r: TableOneRow, c: TableOneCell | undefined): Cell {
  if (!c) return null;
  const missing = c.n_missing ? ` · ${t.evidence.missing({ n: int(c.n_missing) })}` : '';
  if (r.kind === 'count') return int(c.n);
  if (r.kind === 'categorical') return `${int(c.count ?? 0)} (${c.share == null ? t.common.none : pct(c.share)})`;
  if (c.mean === undefined) return `${t.common.none}${missing}`;
  return `${num(c.mean, 1)} (${c.sd == null ? t.common.none : num(c.sd, 1)})${missing}`;
}

function tableOf(one: TableOne, comparison: keyof typeof GROUPS, title: string, analysed: string): HTMLElement {
  const [first, second] = GROUPS[comparison];
  const rows = one.rows.filter((r) => r.comparison === comparison);
  return section(title,
    table<TableOneRow>([
      { title: t.evidence.characteristic, value: rowName },
      { title: groupName(first), value: (r) => cellText(r, r.groups[first]), numeric: true },
      { title: groupName(second), value: (r) => cellText(r, r.groups[second]), numeric: true },
      // rounded first, so a tiny negative difference reads 0,00 rather than -0,00
      { title: t.evidence.smd, value: (r) => (r.kind === 'count' || r.smd == null ? null : Math.round(r.smd * 100) / 100 || 0), numeric: true },
    ], rows, { caption: title, csvName: `table-one-${comparison.replaceAll('_', '-')}`, sortable: false }),
    h('p', { class: 'muted' }, t.evidence.tableOneNote({ first: groupName(first), second: groupName(second), definition: analysed })));
}

/** A whole section withheld: the marker (explained by the page's legend) and why, in the page's language. */
export function withheldWhole(reason: string): HTMLElement {
  return h('p', { class: 'withheld-section', role: 'note' }, h('span', { class: 'withheld', title: `${t.common.withheld}: ${reason}` }, t.common.withheldMarker), ' ', t.evidence.withheldWhole);
}

/** Both tables, or one section saying Table 1 is withheld and why. */
export function tableOneSections(report: PublishedReport): HTMLElement[] {
  const one = report.table_one as unknown;
  const primary = report.outcome_hierarchy && !isWithheld(report.outcome_hierarchy) ? report.outcome_hierarchy.primary : { outcome: 'wemwbs_total', timepoint: 'm9' };
  if (isWithheld(one)) {
    return [section(t.evidence.tableOne, withheldWhole(one.reason))];
  }
  const table = one as TableOne;
  const analysed = t.evidence.analysedDefinition({ outcome: outcomeName(primary.outcome), tp: timepointName(primary.timepoint) });
  return [tableOf(table, 'arm', t.evidence.tableOne, analysed), tableOf(table, 'analysed_vs_lost', t.evidence.tableOneLost({ tp: timepointName(primary.timepoint) }), analysed)];
}
