// What the report could not compute (unavailable[]) and what it warns about (warnings[]), said in the page's language:
// warnings by their code and parameters, missing figures by section, outcome, timepoint and arm names with the reason.
import { listOf, type PublishedReport } from '../api/report';
import { lang, t } from '../i18n/i18n';
import { armName, outcomeName, timepointName } from '../i18n/names';
import { h } from './dom';

type Unavailable = PublishedReport['unavailable'][number];
type Warning = PublishedReport['warnings'][number];

// The engine words its reasons in English; these phrases are its whole vocabulary (libs/analytics gaps, mmrm, sensitivity).
const DANISH_PHRASES: [RegExp, string][] = [
  [/fewer than (\d+) complete pairs in the CTI arm/g, 'færre end $1 hele par (før og efter) i CTI-armen'],
  [/fewer than (\d+) complete pairs in the control arm/g, 'færre end $1 hele par (før og efter) i kontrolarmen'],
  [/fewer than (\d+) complete pairs in the (CTI|control) arm/g, 'færre end $1 hele par i $2-armen'],
  [/fewer than (\d+) courses with a baseline and a (m9|m18) reading in the CTI arm/g, 'færre end $1 forløb med baseline og måling ved $2 i CTI-armen'],
  [/fewer than (\d+) courses with a baseline and a (m9|m18) reading in the control arm/g, 'færre end $1 forløb med baseline og måling ved $2 i kontrolarmen'],
  [/fewer than (\d+) courses with both m9 and m18 readings \((\d+)\): the correlation between visits cannot be estimated/g, 'færre end $1 forløb med målinger ved både 9 og 18 mdr. ($2): korrelationen mellem besøgene kan ikke estimeres'],
  [/no courses in the CTI arm in scope/g, 'ingen CTI-forløb i udsnittet'],
  [/no courses in the control arm in scope/g, 'ingen kontrolforløb i udsnittet'],
  [/no courses in scope/g, 'ingen forløb i udsnittet'],
  [/no cost lines for either arm/g, 'ingen omkostningslinjer for nogen af armene'],
  [/no cost lines for the CTI arm/g, 'ingen omkostningslinjer for CTI-armen'],
  [/no cost lines for the control arm/g, 'ingen omkostningslinjer for kontrolarmen'],
  [/fewer than 2 courses in the (CTI|control) arm \(no spread to build an interval from\)/g, 'færre end 2 forløb i $1-armen (ingen spredning at bygge et interval på)'],
  [/the model cannot be estimated \(arm and municipality confounded\)/g, 'modellen kan ikke estimeres (arm og kommune falder sammen)'],
  [/municipality_fixed_effects/g, 'kommune som fast effekt'],
  [/completers_only/g, 'kun gennemførte'],
  [/no comparison of (\w+) at (m9|m18)/g, 'ingen sammenligning af $1 ved $2'],
];

/** An engine reason in the current language (Danish by its phrase table; codes inside become names). */
export function reasonText(reason: string): string {
  let text = reason;
  if (lang === 'da') for (const [pattern, danish] of DANISH_PHRASES) text = text.replace(pattern, danish);
  return text.replace(/\b(m9|m18|m3|m6)\b/g, (tp) => timepointName(tp)).replace(/\b(wemwbs_total|sds_total|rs_mean|swemwbs_total|who5_total)\b/g, (o) => outcomeName(o));
}

export function warningText(w: Warning): string {
  const say = (t.analysis.warnings as Record<string, ((p: Record<string, unknown>) => string) | undefined>)[w.code];
  return say ? say(w.params ?? {}) : w.message;
}

function unavailableText(u: Unavailable): string {
  const what = [
    (t.analysis.sections as Record<string, string>)[u.section] ?? u.section,
    u.outcome ? outcomeName(u.outcome) : null,
    u.timepoint ? timepointName(u.timepoint) : null,
    u.arm ? armName(u.arm) : null,
    u.horizon_months ? t.common.months({ n: u.horizon_months }) : null,
  ].filter(Boolean).join(', ');
  return `${what}: ${reasonText(u.reason)}`;
}

/**
 * The notes of the given report sections: the warnings (on every page that passes `warnings`) and the figures that could
 * not be computed. Null when there is nothing to say.
 */
export function analysisNotes(report: PublishedReport, sections: readonly string[], options: { warnings?: boolean } = {}): HTMLElement | null {
  const warnings = options.warnings ? listOf<Warning>(report.warnings) : [];
  const missing = listOf<Unavailable>(report.unavailable).filter((u) => sections.includes(u.section));
  if (warnings.length === 0 && missing.length === 0) return null;
  return h('div', { class: 'analysis-notes', role: 'note' },
    warnings.length ? h('div', {}, h('h3', {}, t.analysis.warningsTitle), h('ul', {}, ...warnings.map((w) => h('li', {}, warningText(w))))) : null,
    missing.length ? h('div', {}, h('h3', {}, t.analysis.unavailableTitle), h('ul', {}, ...missing.map((u) => h('li', {}, unavailableText(u))))) : null,
  );
}
