import { restsOnFew, smallCount } from './cells';
import { hide } from './hide';
import type { PublishedReport } from './suppress-report';
import { fewerThan, isWithheld } from './withheld';

type Row = Record<string, unknown>;
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as unknown[]).filter((r): r is Row => typeof r === 'object' && r !== null && !isWithheld(r)) : []);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** A figure over n citizens (or over two arms' n): its values withheld when it rests on fewer than k, small n's too. */
function hideFew(row: Row, nKeys: string[], figures: string[], k: number): void {
  const ns = nKeys.map((key) => num(row[key]));
  if (!ns.some((n) => n !== null && restsOnFew(n, k))) return;
  hide(row, figures, fewerThan(k));
  nKeys.forEach((key, i) => {
    const n = ns[i];
    if (n !== null && smallCount(n, k)) hide(row, [key], fewerThan(k));
  });
}

/**
 * The per-response rule on the sections added for evaluators (interim descriptives, effect sizes with intervals, MMRM,
 * sensitivity analyses) and on the counts inside unavailable[]: nothing resting on fewer than k citizens leaves for a
 * suppressing scope. Not yet part of the joint pattern across views.
 */
export function suppressAnalysisAdditions(published: PublishedReport, k: number): void {
  for (const r of rows(published.descriptives_interim)) hideFew(r, ['n'], ['mean', 'sd'], k);
  const effects = published.effect_sizes as unknown;
  if (effects && typeof effects === 'object' && !isWithheld(effects)) {
    const e = effects as Row;
    for (const r of rows(e.within_arm)) hideFew(r, ['n'], ['cohen_dz', 'se', 'ci'], k);
    for (const r of rows(e.between_arms)) hideFew(r, ['n_cti', 'n_control'], ['hedges_g', 'se', 'ci'], k);
  }
  for (const r of rows(published.mmrm)) hideFew(r, ['n_cti', 'n_control'], ['estimate', 'se', 'ci', 't', 'df', 'p', 'n', 'n_observations', 'residual_sd', 'residual_correlation'], k);
  for (const r of rows(published.sensitivity)) hideFew(r, ['n_cti', 'n_control'], ['estimate', 'se', 'ci', 'p'], k);
  for (const r of rows(published.unavailable)) {
    for (const key of ['n', 'n_cti', 'n_control']) {
      const n = num(r[key]);
      if (n !== null && smallCount(n, k)) hide(r, [key], fewerThan(k));
    }
    // the reasons quote counts in brackets: "fewer than 3 complete pairs in the CTI arm (2)"
    if (typeof r.reason === 'string') r.reason = r.reason.replace(/\((\d+)\)/g, (whole, n: string) => (smallCount(Number(n), k) ? `(fewer than ${k})` : whole));
  }
}
