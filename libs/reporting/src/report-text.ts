import type { CohortReport } from '@cti/analytics';
import { reportSummary } from './report-summary';

const ROLE_ORDER = ['primary', 'key_secondary', 'exploratory'];
const TIMEPOINTS = ['baseline', 'm3', 'm6', 'm9', 'm18'];

// The report as a person reads it in a terminal: the headline figures, with the n each rests on.
const f = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const missing = (x: number | null | undefined): x is null | undefined => x === null || x === undefined || !Number.isFinite(x);
const p = (x: number | null | undefined): string => (missing(x) ? '–' : x < 0.001 ? '<0.001' : x.toFixed(3));
const dkk = (x: number | null | undefined): string => (missing(x) ? '–' : Math.round(x).toLocaleString('en-GB')); // the text report is English: 56,814 (its Danish summary says 56.814)

type Gap = CohortReport['unavailable'][number];
const gapWhere = (g: Gap) => [g.outcome, g.arm, g.timepoint, g.horizon_months !== undefined ? `${g.horizon_months} months` : undefined].filter(Boolean).join(' ');
/** The figures of one section the report could not compute, each with its reason. */
function gapsOf(report: CohortReport, section: string): string[] {
  return (report.unavailable ?? []).filter((g) => g.section === section).map((g) => `  unavailable${gapWhere(g) ? ` (${gapWhere(g)})` : ''}: ${g.reason}`);
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** The start-date period in words, or '' when the report covers every start date. */
export function periodText(f: { startFrom?: string | null; startTo?: string | null }): string {
  if (!f.startFrom && !f.startTo) return '';
  return `started ${f.startFrom ? `from ${f.startFrom}` : ''}${f.startFrom && f.startTo ? ' ' : ''}${f.startTo ? `to ${f.startTo}` : ''}`;
}

export function renderReportText(report: CohortReport): string {
  const m = report.metadata;
  const out: string[] = [];
  out.push(`CTI Outcomes report — data ${m.snapshot.id} (${m.snapshot.source}), generated ${m.generatedAt}`);
  const filters = [m.filters.municipalityCode !== null ? `municipality ${m.filters.municipalityCode}` : '', m.filters.targetGroup ? `target group ${m.filters.targetGroup}` : '', periodText(m.filters)].filter(Boolean);
  out.push(`Filters: ${filters.join(', ') || 'none'}. ${m.baselineRule.description}`);

  const summary = reportSummary(report);
  out.push('\nSammenfatning', ...summary.da.map((line) => `  ${line}`));
  out.push('\nSummary', ...summary.en.map((line) => `  ${line}`));
  out.push('');
  for (const w of report.warnings ?? []) out.push(`Warning: ${w.message}`);

  out.push('\nCTI versus control: change from baseline (ANCOVA primary, Welch on change scores secondary)');
  out.push('Role: the primary outcome and key secondary outcomes form the Holm family (p Holm); every other p-value is exploratory.');
  const byRole = [...report.comparison].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
  out.push(table(
    ['outcome', 'time', 'role', 'n cti', 'n ctl', 'diff in change', 'ANCOVA est', 'ANCOVA 95% CI', 'p', 'p Holm', 'Welch p', 'Hedges g'],
    byRole.map((c) => [
      c.outcome, c.timepoint, c.role, String(c.n_cti), String(c.n_control), f(c.diff_in_change), f(c.ancova_estimate),
      `${f(c.ancova_ci[0])} to ${f(c.ancova_ci[1])}`, p(c.ancova_p), p(c.p_holm), p(c.welch_p), f(c.hedges_g),
    ]),
  ));
  out.push(...gapsOf(report, 'comparison'));

  out.push('\nRepeated-measures model (MMRM: follow-up ~ visit × (baseline + arm), unstructured covariance, REML; all courses with a baseline and a follow-up)');
  if ((report.mmrm ?? []).length) {
    out.push(table(['outcome', 'time', 'role', 'n cti', 'n ctl', 'estimate', '95% CI', 'SE', 'p', 'df'], report.mmrm.map((r) => [
      r.outcome, r.timepoint, r.role, String(r.n_cti), String(r.n_control), f(r.estimate), `${f(r.ci[0])} to ${f(r.ci[1])}`, f(r.se), p(r.p), String(r.df),
    ])));
  }
  out.push(...gapsOf(report, 'mmrm'));

  const primaryByKey = new Map(report.comparison.map((c) => [`${c.outcome}/${c.timepoint}`, c]));
  out.push('\nSensitivity analyses beside the primary ANCOVA (intention to treat: every complete pair)');
  if ((report.sensitivity ?? []).length) {
    out.push(table(['outcome', 'time', 'analysis', 'n cti', 'n ctl', 'estimate', '95% CI', 'p', 'primary ANCOVA'], report.sensitivity.map((r) => [
      r.outcome, r.timepoint, r.analysis.replace(/_/g, ' '), String(r.n_cti), String(r.n_control), f(r.estimate), `${f(r.ci[0])} to ${f(r.ci[1])}`, p(r.p),
      f(primaryByKey.get(`${r.outcome}/${r.timepoint}`)?.ancova_estimate),
    ])));
  }
  out.push(...gapsOf(report, 'sensitivity'));

  const es = report.effect_sizes;
  if (es && es.between_arms.length) {
    out.push(`\nEffect sizes (${es.method})`);
    out.push(table(['outcome', 'time', 'n cti', 'n ctl', "Hedges' g", '95% CI'], es.between_arms.map((e) => [
      e.outcome, e.timepoint, String(e.n_cti), String(e.n_control), f(e.hedges_g), `${f(e.ci[0])} to ${f(e.ci[1])}`,
    ])));
  }

  out.push(...tableOneText(report));
  out.push(...respondersText(report));

  out.push('\nWithin-arm change (paired t-test, Wilcoxon signed-rank)');
  out.push(table(
    ['outcome', 'arm', 'time', 'n', 'mean change', '95% CI', 'p (t)', 'p (W)', 'dz'],
    report.change.filter((c) => !c.outcome.startsWith('rs_') || c.outcome === 'rs_mean').map((c) => [
      c.outcome, c.arm, c.timepoint, String(c.n), f(c.mean_change), `${f(c.ci[0])} to ${f(c.ci[1])}`, p(c.p_ttest), p(c.p_wilcoxon), f(c.cohen_dz),
    ]),
  ));
  out.push(...gapsOf(report, 'change').filter((line) => !/ rs_(?!mean)/.test(line)));

  const scores = [...report.descriptives, ...(report.descriptives_interim ?? [])].filter((d) => !d.outcome.startsWith('rs_') || d.outcome === 'rs_mean');
  out.push('\nReadings per timepoint (mean, SD, n), baseline to m18');
  out.push(table(['outcome', 'arm', 'time', 'n', 'mean', 'SD'], [...scores].sort((a, b) => a.outcome.localeCompare(b.outcome) || a.arm.localeCompare(b.arm) || TIMEPOINTS.indexOf(a.timepoint) - TIMEPOINTS.indexOf(b.timepoint)).map((d) => [
    d.outcome, d.arm, d.timepoint, String(d.n), f(d.mean), f(d.sd),
  ])));

  if (report.recovery_star.length > 0) {
    out.push('\nRecovery Star: dimensions improved (of 10)');
    out.push(table(['arm', 'time', 'positive mean change', 'improved (Holm p<0.05)', 'which'], report.recovery_star.map((r) => [
      r.arm, r.timepoint, String(r.dimensions_with_positive_mean_change), String(r.dimensions_improved_holm_05), r.improved.map((d) => d.replace(/^rs_/, '')).join(', '),
    ])));
  }

  const econ = report.health_economics;
  out.push(`\nCosts per citizen (DKK${econ && econ.discount_rate > 0 ? `; beyond month 12 discounted at ${(econ.discount_rate * 100).toFixed(1)} % a year` : ', undiscounted'})`);
  if (report.costs.length) out.push(table(['horizon', 'n cti', 'CTI mean', 'n ctl', 'control mean', 'difference', 'Welch 95% CI', 'bootstrap 95% CI'], report.costs.map((c) => [
    `${c.horizon_months} months`, String(c.n.cti), dkk(c.mean_cost.cti), String(c.n.control), dkk(c.mean_cost.control), dkk(c.diff), `${dkk(c.welch_ci[0])} to ${dkk(c.welch_ci[1])}`,
    c.bootstrap_ci ? `${dkk(c.bootstrap_ci[0])} to ${dkk(c.bootstrap_ci[1])}` : '–',
  ])));
  out.push(...gapsOf(report, 'costs'));

  const ce = report.cost_effectiveness;
  if (ce) {
    out.push(`\nCost-effectiveness (${ce.outcome} at ${ce.timepoint}, ${ce.horizon_months}-month costs): Δcost ${dkk(ce.delta_cost)} DKK, Δeffect ${f(ce.delta_effect)} points.`);
    out.push(ce.interpretation);
    if (ce.bootstrap) out.push(ce.bootstrap.sparse_pairs_rule + ` (${ce.bootstrap.replicates_without_effect} of ${ce.bootstrap.iterations} replicates without Δeffect.)`);
  } else {
    out.push('\nCost-effectiveness');
    out.push(...gapsOf(report, 'cost_effectiveness'));
  }

  out.push(...cheersText(report));

  const fid = report.fidelity;
  out.push(`\nFidelity (${fid.n} CTI courses)`);
  out.push(table(['phase', 'n', 'median days', 'within 14 days of 91'], (['phase1', 'phase2', 'phase3'] as const).map((ph) => [
    ph, String(fid.phase_length_days[ph].n), f(fid.phase_length_days[ph].median, 0), String(fid.phase_length_days[ph].within_14_days_of_91),
  ])));
  const ratio = fid.intensity_ratio;
  out.push(`Contact minutes by phase ${['1', '2', '3'].map((k) => fid.contact_minutes_by_phase[k] ?? 0).join(' : ')}; intensity ratio ${['1', '2', '3'].map((k) => f(ratio[k], 1)).join(' : ')} (the method expects about 4 : 2 : 1).`);
  return `${out.join('\n')}\n`;
}

const VARIABLE_WORDS: Record<string, string> = { sex: 'sex', target_group: 'target group', municipality_code: 'municipality', age_at_start: 'age at start' };

/** Table 1: mean (SD) or n (%) per group, with the standardised mean difference. */
function tableOneText(report: CohortReport): string[] {
  const t1 = report.table_one;
  if (!t1 || !Array.isArray(t1.rows)) return [];
  const out: string[] = [];
  for (const [comparison, title, groups] of [
    ['arm', 'Table 1: baseline characteristics by arm (mean (SD) or n (%); SMD = standardised mean difference, CTI − control)', ['cti', 'control']],
    ['analysed_vs_lost', `Table 1b: analysed at the primary timepoint (${t1.analysed_definition}) versus lost (SMD analysed − lost)`, ['analysed', 'lost']],
  ] as const) {
    const rows = t1.rows.filter((r) => r.comparison === comparison);
    out.push(`\n${title}`);
    out.push(table(['characteristic', ...groups, 'SMD'], rows.map((r) => {
      const name = r.variable === 'n' ? 'n' : r.variable === 'baseline' ? `${r.outcome} at baseline` : `${VARIABLE_WORDS[r.variable] ?? r.variable}${r.level !== undefined ? `: ${r.level}` : ''}`;
      const cell = (g: string) => {
        const c = r.groups[g];
        if (!c) return '–';
        if (r.kind === 'count') return String(c.n);
        if (r.kind === 'categorical') return `${c.count} (${missing(c.share) ? '–' : Math.round(100 * (c.share as number))} %)`;
        return c.mean === undefined ? '–' : `${f(c.mean)} (${f(c.sd)}), n ${c.n}`;
      };
      return [name, ...groups.map(cell), r.kind === 'count' ? '' : f(r.smd)];
    })));
  }
  return out;
}

function respondersText(report: CohortReport): string[] {
  const r = report.responders;
  if (!r || !Array.isArray(r.by_arm)) return [];
  const out = ['\nResponders (improved / unchanged / deteriorated)', `  ${r.method}`];
  for (const d of r.definitions) out.push(`  ${d.outcome} ${d.criterion.toUpperCase()}: ±${f(d.threshold)} points (${d.source}${d.criterion === 'rci' ? `; reliability ${d.reliability}, baseline SD ${f(d.baseline_sd)}` : ''})`);
  if (r.by_arm.length) {
    out.push(table(['outcome', 'criterion', 'arm', 'time', 'n', 'improved', 'unchanged', 'deteriorated'], r.by_arm.map((x) => [
      x.outcome, x.criterion, x.arm, x.timepoint, String(x.n), `${x.improved} (${Math.round(100 * x.share_improved)} %)`, `${x.unchanged} (${Math.round(100 * x.share_unchanged)} %)`, `${x.deteriorated} (${Math.round(100 * x.share_deteriorated)} %)`,
    ])));
  }
  if (r.differences.length) {
    out.push(table(['outcome', 'criterion', 'time', 'Δ improved (CTI − ctl)', '95% CI (Newcombe)', 'Δ deteriorated', '95% CI'], r.differences.map((x) => [
      x.outcome, x.criterion, x.timepoint, f(x.diff_improved, 3), `${f(x.diff_improved_ci[0], 3)} to ${f(x.diff_improved_ci[1], 3)}`, f(x.diff_deteriorated, 3), `${f(x.diff_deteriorated_ci[0], 3)} to ${f(x.diff_deteriorated_ci[1], 3)}`,
    ])));
  }
  out.push(...gapsOf(report, 'responders'));
  return out;
}

function cheersText(report: CohortReport): string[] {
  const e = report.health_economics;
  if (!e) return [];
  const out = ['\nHealth-economic reporting (CHEERS 2022)'];
  out.push(`  Perspective: ${e.perspective}. ${e.perspective_description}`);
  out.push(`  Currency ${e.currency}; price year ${e.price_year ?? 'not stated (report option priceYear)'}; discount rate ${(e.discount_rate * 100).toFixed(1)} % a year. ${e.discounting}`);
  out.push(table(['item', 'topic', 'status', 'where', 'note'], e.checklist.map((i) => [String(i.item), i.topic, i.status.replace(/_/g, ' '), i.where ?? '–', i.note])));
  return out;
}
