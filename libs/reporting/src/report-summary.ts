import type { CohortReport } from '@cti/analytics';

/** The conclusions in words, Danish and English, generated from the report's own figures; nothing beyond them. */
export interface ReportSummary {
  da: string[];
  en: string[];
}

type Lang = 'da' | 'en';
const num = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const fmt = (x: number, lang: Lang, digits = 2) => x.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const dkk = (x: number, lang: Lang) => `${Math.round(x).toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB')} DKK`;
const pText = (x: number, lang: Lang) => (x < 0.001 ? (lang === 'da' ? 'p < 0,001' : 'p < 0.001') : `p = ${fmt(x, lang, 3)}`);
const pct = (a: number, b: number) => Math.round((100 * a) / b);
const TIME: Record<string, [string, string]> = { m9: ['9 måneder', '9 months'], m18: ['18 måneder', '18 months'] };
const when = (tp: string, lang: Lang) => (TIME[tp] ?? [tp, tp])[lang === 'da' ? 0 : 1];

type Row = CohortReport['comparison'][number];

/** One comparison: estimate, interval, p (and Holm p), n, and what the interval does and does not say. */
function comparisonSentence(c: Row, lang: Lang, label: string): string {
  const [lo, hi] = c.ancova_ci;
  const holm = num(c.p_holm) ? (lang === 'da' ? `, Holm-justeret ${pText(c.p_holm, lang)}` : `, Holm-adjusted ${pText(c.p_holm, lang)}`) : '';
  const figures = `${fmt(c.ancova_estimate, lang)} (95 % CI ${fmt(lo, lang)} ${lang === 'da' ? 'til' : 'to'} ${fmt(hi, lang)}; ${pText(c.ancova_p, lang)}${holm}; n = ${c.n_cti} CTI, ${c.n_control} ${lang === 'da' ? 'kontrol' : 'control'})`;
  const excludesZero = lo > 0 || hi < 0;
  const favoursCti = excludesZero && (hi < 0 ? !c.higher_is_better : c.higher_is_better);
  const verdict = !excludesZero
    ? lang === 'da' ? 'intervallet omfatter 0 (ingen forskel er forenelig med data)' : 'the interval includes 0 (no difference is compatible with the data)'
    : lang === 'da' ? `intervallet udelukker 0, til fordel for ${favoursCti ? 'CTI' : 'kontrolgruppen'}` : `the interval excludes 0, in favour of ${favoursCti ? 'CTI' : 'control'}`;
  return lang === 'da'
    ? `${label}: ${c.outcome} ved ${when(c.timepoint, lang)}, CTI − kontrol justeret for baseline (ANCOVA) ${figures}; ${verdict}.`
    : `${label}: ${c.outcome} at ${when(c.timepoint, lang)}, CTI − control adjusted for baseline (ANCOVA) ${figures}; ${verdict}.`;
}

function summaryIn(report: CohortReport, lang: Lang): string[] {
  const da = lang === 'da';
  const out: string[] = [];
  const h = report.outcome_hierarchy;
  const primary = report.comparison.find((c) => c.role === 'primary');
  if (primary && num(primary.ancova_estimate)) out.push(comparisonSentence(primary, lang, da ? 'Primært effektmål' : 'Primary outcome'));
  else {
    const gap = report.unavailable.find((u) => u.section === 'comparison' && u.outcome === h.primary.outcome && u.timepoint === h.primary.timepoint);
    out.push(da ? `Primært effektmål ${h.primary.outcome} ved ${when(h.primary.timepoint, lang)}: ikke beregnet (${gap?.reason ?? 'ikke tilgængeligt'}).` : `Primary outcome ${h.primary.outcome} at ${when(h.primary.timepoint, lang)}: not computed (${gap?.reason ?? 'unavailable'}).`);
  }
  const mmrm = (report.mmrm ?? []).filter((r) => r.outcome === h.primary.outcome && num(r.estimate));
  if (mmrm.length) {
    const parts = mmrm.map((r) => `${when(r.timepoint, lang)} ${fmt(r.estimate, lang)} (95 % CI ${fmt(r.ci[0], lang)} ${da ? 'til' : 'to'} ${fmt(r.ci[1], lang)})`).join(da ? ' og ' : ' and ');
    out.push(da
      ? `Den gentagne-målinger-model (MMRM; alle forløb med baseline og mindst én opfølgning, gyldig hvis data mangler tilfældigt) giver ${parts}.`
      : `The repeated-measures model (MMRM; every course with a baseline and at least one follow-up, valid if data are missing at random) gives ${parts}.`);
  }
  for (const c of report.comparison.filter((r) => r.role === 'key_secondary' && num(r.ancova_estimate))) out.push(comparisonSentence(c, lang, da ? 'Centralt sekundært effektmål' : 'Key secondary outcome'));

  const econ = report.health_economics;
  const rate = econ ? `${fmt(econ.discount_rate * 100, lang, 1)} %` : '';
  if (report.costs.length) {
    for (const c of report.costs) {
      if (!num(c.diff) || !num(c.mean_cost.cti) || !num(c.mean_cost.control)) continue;
      const boot = c.bootstrap_ci && num(c.bootstrap_ci[0]) ? (da ? `, bootstrap ${dkk(c.bootstrap_ci[0], lang)} til ${dkk(c.bootstrap_ci[1], lang)}` : `, bootstrap ${dkk(c.bootstrap_ci[0], lang)} to ${dkk(c.bootstrap_ci[1], lang)}`) : '';
      const discounted = c.horizon_months > 12 && econ && econ.discount_rate > 0 ? (da ? ` (diskonteret med ${rate} om året efter måned 12)` : ` (discounted at ${rate} a year beyond month 12)`) : '';
      out.push(da
        ? `Omkostninger pr. borger over ${c.horizon_months} måneder${discounted}: CTI ${dkk(c.mean_cost.cti, lang)}, kontrol ${dkk(c.mean_cost.control, lang)}; forskel ${dkk(c.diff, lang)} (Welch 95 % CI ${dkk(c.welch_ci[0], lang)} til ${dkk(c.welch_ci[1], lang)}${boot}).`
        : `Costs per citizen over ${c.horizon_months} months${discounted}: CTI ${dkk(c.mean_cost.cti, lang)}, control ${dkk(c.mean_cost.control, lang)}; difference ${dkk(c.diff, lang)} (Welch 95 % CI ${dkk(c.welch_ci[0], lang)} to ${dkk(c.welch_ci[1], lang)}${boot}).`);
    }
  } else {
    const gap = report.unavailable.find((u) => u.section === 'costs');
    out.push(da ? `Omkostninger: ikke beregnet (${gap?.reason ?? 'ikke tilgængelige'}).` : `Costs: not computed (${gap?.reason ?? 'unavailable'}).`);
  }
  const ce = report.cost_effectiveness;
  if (ce && num(ce.delta_cost) && num(ce.delta_effect)) {
    const icer = num(ce.icer) && ce.quadrant !== 'dominant' && ce.quadrant !== 'dominated' ? `; ICER ${dkk(ce.icer, lang)} ${da ? 'pr. point' : 'per point'}` : '';
    const quadrant = {
      dominant: ['CTI koster ikke mere og opnår ikke mindre (dominerer) i punktestimatet', 'CTI costs no more and gains no less (dominates) at the point estimate'],
      dominated: ['CTI koster ikke mindre og opnår ikke mere (domineres) i punktestimatet', 'CTI costs no less and gains no more (is dominated) at the point estimate'],
      more_costly_more_effective: ['CTI koster mere og opnår mere i punktestimatet', 'CTI costs more and gains more at the point estimate'],
      less_costly_less_effective: ['CTI koster mindre og opnår mindre i punktestimatet', 'CTI costs less and gains less at the point estimate'],
      no_difference: ['ingen forskel i omkostninger eller effekt', 'no difference in costs or effect'],
    }[ce.quadrant][da ? 0 : 1];
    const uncertain = ce.bootstrap && num(ce.bootstrap.delta_cost_ci[0]) && ce.bootstrap.delta_cost_ci[0] < 0 && ce.bootstrap.delta_cost_ci[1] > 0
      ? (da ? ' Bootstrap-intervallet for Δomkostning omfatter 0, så retningen er usikker.' : ' The bootstrap interval of Δcost includes 0, so its direction is uncertain.')
      : '';
    out.push(da
      ? `Omkostningseffektivitet (${ce.outcome} ved ${when(ce.timepoint, lang)}, ${ce.horizon_months} måneders omkostninger): Δomkostning ${dkk(ce.delta_cost, lang)}, Δeffekt ${fmt(ce.delta_effect, lang)} point; ${quadrant}${icer}.${uncertain}`
      : `Cost-effectiveness (${ce.outcome} at ${when(ce.timepoint, lang)}, ${ce.horizon_months}-month costs): Δcost ${dkk(ce.delta_cost, lang)}, Δeffect ${fmt(ce.delta_effect, lang)} points; ${quadrant}${icer}.${uncertain}`);
  } else {
    const gap = report.unavailable.find((u) => u.section === 'cost_effectiveness');
    out.push(da ? `Omkostningseffektivitet: ikke beregnet (${gap?.reason ?? 'ikke tilgængelig'}).` : `Cost-effectiveness: not computed (${gap?.reason ?? 'unavailable'}).`);
  }

  // Caveats
  const attrition = report.attrition.filter((a) => a.timepoint === h.primary.timepoint && num(a.analysed) && num(a.allocated) && a.allocated > 0);
  if (attrition.length) {
    const parts = attrition.map((a) => `${a.arm === 'cti' ? 'CTI' : da ? 'kontrol' : 'control'} ${a.analysed} ${da ? 'af' : 'of'} ${a.allocated} (${pct(a.analysed as number, a.allocated)} %)`).join(', ');
    out.push(da
      ? `Forbehold: analyseret ved ${when(h.primary.timepoint, lang)} (komplette par for ${h.primary.outcome}): ${parts}; frafald kan skævvride sammenligningen (se Tabel 1, analyseret mod tabt).`
      : `Caveats: analysed at ${when(h.primary.timepoint, lang)} (complete pairs of ${h.primary.outcome}): ${parts}; attrition may bias the comparison (see Table 1, analysed vs lost).`);
  }
  const family = report.comparison.find((c) => c.role !== 'exploratory')?.holm_family_size;
  if (num(family)) {
    out.push(da
      ? `Kun det primære og de centrale sekundære effektmål er konfirmatoriske (Holm-justeret over ${family}); alle andre p-værdier er eksplorative.`
      : `Only the primary and key secondary outcomes are confirmatory (Holm-adjusted over ${family}); every other p-value is exploratory.`);
  }
  out.push(da
    ? 'ANCOVA bruger kun komplette par (forløb med baseline og opfølgning); MMRM bruger alle forløb med en opfølgning og antager, at data mangler tilfældigt.'
    : 'The ANCOVA uses complete pairs only (courses with a baseline and that follow-up); the MMRM uses every course with a follow-up and assumes data are missing at random.');
  const suppression = (report.metadata as { suppression?: { k: number } }).suppression;
  out.push(suppression
    ? da ? `Tal, der hviler på færre end ${suppression.k} borgere, er tilbageholdt.` : `Figures resting on fewer than ${suppression.k} citizens are withheld.`
    : da ? 'Denne rapport er uden diskretionskontrol (evaluatorens visning); i styrelsens og kommunernes visninger tilbageholdes små celler.' : "This report is not under disclosure control (the evaluator's view); the agency's and municipalities' views withhold small cells.");
  if (report.warnings.length) out.push(da ? `${report.warnings.length} advarsel(er) står nedenfor.` : `${report.warnings.length} warning(s) follow below.`);
  return out;
}

export function reportSummary(report: CohortReport): ReportSummary {
  return { da: summaryIn(report, 'da'), en: summaryIn(report, 'en') };
}
