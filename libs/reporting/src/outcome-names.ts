// Outcomes said by their instruments' short names in the summary's sentences (the registry's codes are for machines).
type Lang = 'da' | 'en';

const SCORES: Record<string, [string, string]> = {
  wemwbs_total: ['WEMWBS i alt (mentalt velbefindende)', 'WEMWBS total (mental wellbeing)'],
  swemwbs_metric: ['SWEMWBS (mentalt velbefindende, metrisk score)', 'SWEMWBS (mental wellbeing, metric score)'],
  who5_index: ['WHO-5-trivselsindeks', 'WHO-5 Well-Being Index'],
  sds_total: ['SDS i alt (funktionsnedsættelse)', 'SDS total (disability)'],
  rs_mean: ['Recovery-stjernen, gennemsnit', 'Recovery Star mean'],
};
const INSTRUMENTS: Record<string, [string, string]> = {
  wemwbs: ['WEMWBS', 'WEMWBS'], swemwbs: ['SWEMWBS', 'SWEMWBS'], who5: ['WHO-5', 'WHO-5'], sds: ['SDS', 'SDS'], rs: ['Recovery-stjernen', 'Recovery Star'],
};

/** "WEMWBS total (mental wellbeing)"; an item as "Recovery Star: managing mental health"; an unknown code as itself. */
export function outcomeName(code: string, lang: Lang): string {
  const i = lang === 'da' ? 0 : 1;
  if (SCORES[code]) return SCORES[code][i];
  const [prefix, ...rest] = code.split('_');
  return INSTRUMENTS[prefix] && rest.length ? `${INSTRUMENTS[prefix][i]}: ${rest.join(' ')}` : code;
}
