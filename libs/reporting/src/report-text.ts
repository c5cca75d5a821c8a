import type { CohortReport } from '@cti/analytics';

// The report as a person reads it in a terminal: the headline figures, with the n each rests on.
const f = (x: number | null | undefined, digits = 2): string => (x === null || x === undefined || Number.isNaN(x) ? '–' : x.toFixed(digits));
const p = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : x < 0.001 ? '<0.001' : x.toFixed(3));
const dkk = (x: number | null | undefined): string => (x === null || x === undefined ? '–' : Math.round(x).toLocaleString('da-DK'));

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function renderReportText(report: CohortReport): string {
  const m = report.metadata;
  const out: string[] = [];
  out.push(`CTI Outcomes report — data ${m.snapshot.id} (${m.snapshot.source}), generated ${m.generatedAt}`);
  const filters = [m.filters.municipalityCode !== null ? `municipality ${m.filters.municipalityCode}` : '', m.filters.targetGroup ? `target group ${m.filters.targetGroup}` : ''].filter(Boolean);
  out.push(`Filters: ${filters.join(', ') || 'none'}. ${m.baselineRule.description}`);

  out.push('\nCTI versus control: change from baseline (ANCOVA primary, Welch on change scores secondary)');
  out.push(table(
    ['outcome', 'time', 'n cti', 'n ctl', 'diff in change', 'ANCOVA est', 'ANCOVA 95% CI', 'p', 'Welch p', 'Hedges g'],
    report.comparison.map((c) => [
      c.outcome, c.timepoint, String(c.n_cti), String(c.n_control), f(c.diff_in_change), f(c.ancova_estimate),
      `${f(c.ancova_ci[0])} to ${f(c.ancova_ci[1])}`, p(c.ancova_p), p(c.welch_p), f(c.hedges_g),
    ]),
  ));

  out.push('\nWithin-arm change (paired t-test, Wilcoxon signed-rank)');
  out.push(table(
    ['outcome', 'arm', 'time', 'n', 'mean change', '95% CI', 'p (t)', 'p (W)', 'dz'],
    report.change.filter((c) => !c.outcome.startsWith('rs_') || c.outcome === 'rs_mean').map((c) => [
      c.outcome, c.arm, c.timepoint, String(c.n), f(c.mean_change), `${f(c.ci[0])} to ${f(c.ci[1])}`, p(c.p_ttest), p(c.p_wilcoxon), f(c.cohen_dz),
    ]),
  ));

  if (report.recovery_star.length > 0) {
    out.push('\nRecovery Star: dimensions improved (of 10)');
    out.push(table(['arm', 'time', 'positive mean change', 'improved (Holm p<0.05)', 'which'], report.recovery_star.map((r) => [
      r.arm, r.timepoint, String(r.dimensions_with_positive_mean_change), String(r.dimensions_improved_holm_05), r.improved.map((d) => d.replace(/^rs_/, '')).join(', '),
    ])));
  }

  out.push('\nCosts per citizen (DKK)');
  out.push(table(['horizon', 'n cti', 'CTI mean', 'n ctl', 'control mean', 'difference', 'Welch 95% CI'], report.costs.map((c) => [
    `${c.horizon_months} months`, String(c.n.cti), dkk(c.mean_cost.cti), String(c.n.control), dkk(c.mean_cost.control), dkk(c.diff), `${dkk(c.welch_ci[0])} to ${dkk(c.welch_ci[1])}`,
  ])));

  const ce = report.cost_effectiveness;
  if (ce) {
    out.push(`\nCost-effectiveness (${ce.outcome} at ${ce.timepoint}, ${ce.horizon_months}-month costs): Δcost ${dkk(ce.delta_cost)} DKK, Δeffect ${f(ce.delta_effect)} points.`);
    out.push(ce.interpretation);
  }

  const fid = report.fidelity;
  out.push(`\nFidelity (${fid.n} CTI courses)`);
  out.push(table(['phase', 'n', 'median days', 'within 14 days of 91'], (['phase1', 'phase2', 'phase3'] as const).map((ph) => [
    ph, String(fid.phase_length_days[ph].n), f(fid.phase_length_days[ph].median, 0), String(fid.phase_length_days[ph].within_14_days_of_91),
  ])));
  const ratio = fid.intensity_ratio;
  out.push(`Contact minutes by phase ${['1', '2', '3'].map((k) => fid.contact_minutes_by_phase[k] ?? 0).join(' : ')}; intensity ratio ${['1', '2', '3'].map((k) => f(ratio[k], 1)).join(' : ')} (the method expects about 4 : 2 : 1).`);
  return `${out.join('\n')}\n`;
}
