import type { CohortReport } from '@cti/analytics';
import { outcomeName } from './outcome-names';
import { costEffectivenessSentence, costSentences } from './report-summary-economics';
import { fmt, isWithheld, list, num, pair, pct, pText, to, when, type Lang } from './report-summary-words';

/** The conclusions in words, Danish and English, generated from the report's own figures; nothing beyond them. */
export interface ReportSummary {
  da: string[];
  en: string[];
}

type Row = CohortReport['comparison'][number];
type Gap = CohortReport['unavailable'][number];

/** One comparison: estimate, interval, p (and Holm p), n, and what the interval does and does not say. */
function comparisonSentence(c: Row, [lo, hi]: [number, number], lang: Lang, label: string): string {
  const da = lang === 'da';
  const holm = num(c.p_holm) ? (da ? `, Holm-justeret ${pText(c.p_holm, lang)}` : `, Holm-adjusted ${pText(c.p_holm, lang)}`) : '';
  const p = num(c.ancova_p) ? `; ${pText(c.ancova_p, lang)}${holm}` : '';
  const n = num(c.n_cti) && num(c.n_control) ? `; n = ${c.n_cti} CTI, ${c.n_control} ${da ? 'kontrol' : 'control'}` : '';
  const figures = `${fmt(c.ancova_estimate, lang)} (95 % CI ${fmt(lo, lang)} ${to(lang)} ${fmt(hi, lang)}${p}${n})`;
  const excludesZero = lo > 0 || hi < 0;
  const favoursCti = excludesZero && (hi < 0 ? !c.higher_is_better : c.higher_is_better);
  const verdict = !excludesZero
    ? da ? 'intervallet omfatter 0 (ingen forskel er forenelig med data)' : 'the interval includes 0 (no difference is compatible with the data)'
    : da ? `intervallet udelukker 0, til fordel for ${favoursCti ? 'CTI' : 'kontrolgruppen'}` : `the interval excludes 0, in favour of ${favoursCti ? 'CTI' : 'control'}`;
  const outcome = outcomeName(c.outcome, lang);
  return da
    ? `${label}: ${outcome} ved ${when(c.timepoint, lang)}, CTI − kontrol justeret for baseline (ANCOVA) ${figures}; ${verdict}.`
    : `${label}: ${outcome} at ${when(c.timepoint, lang)}, CTI − control adjusted for baseline (ANCOVA) ${figures}; ${verdict}.`;
}

function summaryIn(report: CohortReport, lang: Lang): string[] {
  const da = lang === 'da';
  const out: string[] = [];
  const k = (report.metadata as { suppression?: { k: number } }).suppression?.k;
  const withheld = da ? `tilbageholdt (hviler på færre end ${k ?? 5} borgere)` : `withheld (rests on fewer than ${k ?? 5} citizens)`;
  const h = report.outcome_hierarchy;
  const primaryName = outcomeName(h.primary.outcome, lang);
  const comparison = list<Row>(report.comparison);
  const shown = (c: Row) => (num(c.ancova_estimate) ? pair(c.ancova_ci) : null);
  const primary = comparison.find((c) => c.role === 'primary');
  const primaryCi = primary && shown(primary);
  if (primary && primaryCi) out.push(comparisonSentence(primary, primaryCi, lang, da ? 'Primært effektmål' : 'Primary outcome'));
  else {
    const gap = list<Gap>(report.unavailable).find((u) => u.section === 'comparison' && u.outcome === h.primary.outcome && u.timepoint === h.primary.timepoint);
    const why = primary && isWithheld(primary.ancova_estimate) ? withheld : da ? `ikke beregnet (${gap?.reason ?? 'ikke tilgængeligt'})` : `not computed (${gap?.reason ?? 'unavailable'})`;
    out.push(da ? `Primært effektmål ${primaryName} ved ${when(h.primary.timepoint, lang)}: ${why}.` : `Primary outcome ${primaryName} at ${when(h.primary.timepoint, lang)}: ${why}.`);
  }
  const mmrm = list<CohortReport['mmrm'][number]>(report.mmrm).filter((r) => r.outcome === h.primary.outcome && num(r.estimate) && pair(r.ci));
  if (mmrm.length) {
    const parts = mmrm.map((r) => `${when(r.timepoint, lang)} ${fmt(r.estimate, lang)} (95 % CI ${fmt(r.ci[0], lang)} ${to(lang)} ${fmt(r.ci[1], lang)})`).join(da ? ' og ' : ' and ');
    out.push(da
      ? `Den gentagne-målinger-model (MMRM; alle forløb med baseline og mindst én opfølgning, gyldig hvis data mangler tilfældigt) giver for ${primaryName} ${parts}.`
      : `The repeated-measures model (MMRM; every course with a baseline and at least one follow-up, valid if data are missing at random) gives for ${primaryName} ${parts}.`);
  }
  for (const c of comparison.filter((r) => r.role === 'key_secondary')) {
    const ci = shown(c);
    if (ci) out.push(comparisonSentence(c, ci, lang, da ? 'Centralt sekundært effektmål' : 'Key secondary outcome'));
    else if (isWithheld(c.ancova_estimate)) out.push(`${da ? 'Centralt sekundært effektmål' : 'Key secondary outcome'} ${outcomeName(c.outcome, lang)}: ${withheld}.`);
  }
  out.push(...costSentences(report, lang, withheld), costEffectivenessSentence(report, lang, withheld));

  // Caveats
  const attrition = list<CohortReport['attrition'][number]>(report.attrition).filter((a) => a.timepoint === h.primary.timepoint && num(a.analysed) && num(a.allocated) && a.allocated > 0);
  if (attrition.length) {
    const parts = attrition.map((a) => `${a.arm === 'cti' ? 'CTI' : da ? 'kontrol' : 'control'} ${a.analysed} ${da ? 'af' : 'of'} ${a.allocated} (${pct(a.analysed as number, a.allocated)} %)`).join(', ');
    out.push(da
      ? `Forbehold: analyseret ved ${when(h.primary.timepoint, lang)} (komplette par for ${primaryName}): ${parts}; frafald kan skævvride sammenligningen (se Tabel 1, analyseret mod tabt).`
      : `Caveats: analysed at ${when(h.primary.timepoint, lang)} (complete pairs of ${primaryName}): ${parts}; attrition may bias the comparison (see Table 1, analysed vs lost).`);
  }
  const family = comparison.find((c) => c.role !== 'exploratory')?.holm_family_size;
  if (num(family)) {
    out.push(da
      ? `Kun det primære og de centrale sekundære effektmål er konfirmatoriske (Holm-justeret over ${family}); alle andre p-værdier er eksplorative.`
      : `Only the primary and key secondary outcomes are confirmatory (Holm-adjusted over ${family}); every other p-value is exploratory.`);
  }
  out.push(da
    ? 'ANCOVA bruger kun komplette par (forløb med baseline og opfølgning); MMRM bruger alle forløb med en opfølgning og antager, at data mangler tilfældigt.'
    : 'The ANCOVA uses complete pairs only (courses with a baseline and that follow-up); the MMRM uses every course with a follow-up and assumes data are missing at random.');
  out.push(k
    ? da ? `Tal, der hviler på færre end ${k} borgere, er tilbageholdt.` : `Figures resting on fewer than ${k} citizens are withheld.`
    : da ? 'Denne rapport er uden diskretionskontrol (evaluatorens visning); i styrelsens og kommunernes visninger tilbageholdes små celler.' : "This report is not under disclosure control (the evaluator's view); the agency's and municipalities' views withhold small cells.");
  const warnings = list(report.warnings).length;
  if (warnings) out.push(da ? `Rapporten har ${warnings} ${warnings === 1 ? 'advarsel' : 'advarsler'}; de står ved de tal, de gælder.` : `The report carries ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}, shown with the figures they concern.`);
  return out;
}

/** Works on the evaluator's report and on a published one alike: a withheld figure is said to be withheld, never stated. */
export function reportSummary(report: CohortReport): ReportSummary {
  return { da: summaryIn(report, 'da'), en: summaryIn(report, 'en') };
}
