// The summary's sentences on costs and cost-effectiveness; a withheld figure is said to be withheld, never stated.
import type { CohortReport } from '@cti/analytics';
import { outcomeName } from './outcome-names';
import { at, dkk, fmt, isWithheld, list, num, pair, to, when, type Lang } from './report-summary-words';

type Cost = CohortReport['costs'][number];
const gapReason = (report: CohortReport, section: string) => list<{ section: string; reason: string }>(report.unavailable).find((u) => u.section === section)?.reason;

export function costSentences(report: CohortReport, lang: Lang, withheld: string): string[] {
  const da = lang === 'da';
  const costs = list<Cost>(report.costs);
  if (isWithheld(report.costs)) return [da ? `Omkostninger: ${withheld}.` : `Costs: ${withheld}.`];
  if (!costs.length) {
    const reason = gapReason(report, 'costs');
    return [da ? `Omkostninger: ikke beregnet (${reason ?? 'ikke tilgængelige'}).` : `Costs: not computed (${reason ?? 'unavailable'}).`];
  }
  const rate = num(at(report.health_economics, 'discount_rate')) ? `${fmt((at(report.health_economics, 'discount_rate') as number) * 100, lang, 1)} %` : null;
  const out: string[] = [];
  for (const c of costs) {
    const cti = at(c, 'mean_cost', 'cti');
    const control = at(c, 'mean_cost', 'control');
    const welch = pair(c.welch_ci);
    if (!num(c.diff) || !num(cti) || !num(control) || !welch) {
      out.push(da ? `Omkostninger pr. borger over ${c.horizon_months} måneder: ${withheld}.` : `Costs per citizen over ${c.horizon_months} months: ${withheld}.`);
      continue;
    }
    const b = pair(c.bootstrap_ci);
    const boot = b ? `, bootstrap ${dkk(b[0], lang)} ${to(lang)} ${dkk(b[1], lang)}` : '';
    const discounted = c.horizon_months > 12 && rate && (at(report.health_economics, 'discount_rate') as number) > 0 ? (da ? ` (diskonteret med ${rate} om året efter måned 12)` : ` (discounted at ${rate} a year beyond month 12)`) : '';
    out.push(da
      ? `Omkostninger pr. borger over ${c.horizon_months} måneder${discounted}: CTI ${dkk(cti, lang)}, kontrol ${dkk(control, lang)}; forskel ${dkk(c.diff, lang)} (Welch 95 % CI ${dkk(welch[0], lang)} til ${dkk(welch[1], lang)}${boot}).`
      : `Costs per citizen over ${c.horizon_months} months${discounted}: CTI ${dkk(cti, lang)}, control ${dkk(control, lang)}; difference ${dkk(c.diff, lang)} (Welch 95 % CI ${dkk(welch[0], lang)} to ${dkk(welch[1], lang)}${boot}).`);
  }
  return out;
}

const QUADRANT = {
  dominant: ['CTI koster ikke mere og opnår ikke mindre (dominerer) i punktestimatet', 'CTI costs no more and gains no less (dominates) at the point estimate'],
  dominated: ['CTI koster ikke mindre og opnår ikke mere (domineres) i punktestimatet', 'CTI costs no less and gains no more (is dominated) at the point estimate'],
  more_costly_more_effective: ['CTI koster mere og opnår mere i punktestimatet', 'CTI costs more and gains more at the point estimate'],
  less_costly_less_effective: ['CTI koster mindre og opnår mindre i punktestimatet', 'CTI costs less and gains less at the point estimate'],
  no_difference: ['ingen forskel i omkostninger eller effekt', 'no difference in costs or effect'],
} as const;

export function costEffectivenessSentence(report: CohortReport, lang: Lang, withheld: string): string {
  const da = lang === 'da';
  const ce = report.cost_effectiveness;
  if (ce && num(ce.delta_cost) && num(ce.delta_effect)) {
    const icer = num(ce.icer) && ce.quadrant !== 'dominant' && ce.quadrant !== 'dominated' ? `; ICER ${dkk(ce.icer, lang)} ${da ? 'pr. point' : 'per point'}` : '';
    const quadrant = (QUADRANT[ce.quadrant] ?? ['', ''])[da ? 0 : 1];
    const ci = pair(at(ce, 'bootstrap', 'delta_cost_ci'));
    const uncertain = ci && ci[0] < 0 && ci[1] > 0
      ? (da ? ' Bootstrap-intervallet for Δomkostning omfatter 0, så retningen er usikker.' : ' The bootstrap interval of Δcost includes 0, so its direction is uncertain.')
      : '';
    const outcome = outcomeName(ce.outcome, lang);
    return da
      ? `Omkostningseffektivitet (${outcome} ved ${when(ce.timepoint, lang)}, ${ce.horizon_months} måneders omkostninger): Δomkostning ${dkk(ce.delta_cost, lang)}, Δeffekt ${fmt(ce.delta_effect, lang)} point; ${quadrant}${icer}.${uncertain}`
      : `Cost-effectiveness (${outcome} at ${when(ce.timepoint, lang)}, ${ce.horizon_months}-month costs): Δcost ${dkk(ce.delta_cost, lang)}, Δeffect ${fmt(ce.delta_effect, lang)} points; ${quadrant}${icer}.${uncertain}`;
  }
  const reason = gapReason(report, 'cost_effectiveness');
  if (!reason && (isWithheld(ce) || ce)) return da ? `Omkostningseffektivitet: ${withheld}.` : `Cost-effectiveness: ${withheld}.`;
  return da ? `Omkostningseffektivitet: ikke beregnet (${reason ?? 'ikke tilgængelig'}).` : `Cost-effectiveness: not computed (${reason ?? 'unavailable'}).`;
}
