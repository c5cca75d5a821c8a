// Names of the codes the data uses (libs/domain vocabularies and the method's words), in both languages.
import type { Lang } from './i18n';

type Names = Record<string, { da: string; en: string }>;

export const ARM: Names = { cti: { da: 'CTI', en: 'CTI' }, control: { da: 'Kontrol (§ 85)', en: 'Control (§ 85 support)' } };
export const TIMEPOINT: Names = {
  baseline: { da: 'Baseline', en: 'Baseline' }, m3: { da: '3 mdr.', en: '3 months' }, m6: { da: '6 mdr.', en: '6 months' }, m9: { da: '9 mdr.', en: '9 months' }, m18: { da: '18 mdr.', en: '18 months' },
};
export const TARGET_GROUP: Names = {
  housing: { da: 'Botilbud → egen bolig', en: 'Residential facility → own home' }, psychiatric_discharge: { da: 'Udskrivning fra psykiatri', en: 'Psychiatric discharge' },
  homelessness: { da: 'Hjemløshed', en: 'Homelessness' }, shelter: { da: 'Kvindekrisecenter', en: 'Women’s shelter' }, prostitution: { da: 'Prostitution', en: 'Prostitution' },
  aftercare: { da: 'Efterværn', en: 'Aftercare' }, other: { da: 'Andet', en: 'Other' },
};
export const COST_CATEGORY: Names = {
  establishment: { da: 'Etablering', en: 'Establishment' }, cti_support: { da: 'CTI-støtte', en: 'CTI support' }, s85_support: { da: '§ 85-støtte', en: '§ 85 support' },
  psychiatric_inpatient: { da: 'Psykiatrisk indlæggelse', en: 'Psychiatric inpatient' }, somatic_inpatient: { da: 'Somatisk indlæggelse', en: 'Somatic inpatient' },
  emergency: { da: 'Skadestue', en: 'Emergency' }, other: { da: 'Andet', en: 'Other' },
};
/** The scores the registry names only in English. Items take the registry's own labels (label / labelDa). */
export const SCORE: Names = {
  rs_mean: { da: 'Recovery-stjernen, gennemsnit', en: 'Recovery Star mean' }, wemwbs_total: { da: 'Mentalt velbefindende (WEMWBS)', en: 'Mental wellbeing (WEMWBS)' },
  sds_total: { da: 'Funktionsnedsættelse (SDS i alt)', en: 'Disability (SDS total)' }, swemwbs_total: { da: 'Mentalt velbefindende (SWEMWBS)', en: 'Mental wellbeing (SWEMWBS)' },
  who5_total: { da: 'Trivsel (WHO-5)', en: 'Wellbeing (WHO-5)' },
};
export const LADDER_STAGE: Names = {
  stuck: { da: 'Fastlåst', en: 'Stuck' }, accepting_help: { da: 'Tager imod hjælp', en: 'Accepting help' }, believing: { da: 'Tror på det', en: 'Believing' },
  learning: { da: 'Lærer', en: 'Learning' }, self_reliance: { da: 'Klarer sig selv', en: 'Self-reliance' },
};
export const STAGE: Names = {
  contact: { da: 'Kontaktskabelse', en: 'Making contact' }, phase1: { da: 'Fase 1', en: 'Phase 1' }, phase2: { da: 'Fase 2', en: 'Phase 2' }, phase3: { da: 'Fase 3', en: 'Phase 3' }, ended: { da: 'Afsluttet', en: 'Ended' },
};
export const FOCUS_DOMAIN: Names = {
  housing: { da: 'Bolig', en: 'Housing' }, mental_health: { da: 'Psykisk helbred', en: 'Mental health' }, physical_health: { da: 'Fysisk helbred', en: 'Physical health' },
  finances: { da: 'Økonomi', en: 'Finances' }, social_network: { da: 'Socialt netværk', en: 'Social network' }, daily_activities: { da: 'Daglige aktiviteter', en: 'Daily activities' },
  education_employment: { da: 'Uddannelse og beskæftigelse', en: 'Education and employment' }, substance_use: { da: 'Rusmidler', en: 'Substance use' }, other: { da: 'Andet', en: 'Other' },
};
export const CONTACT_MODE: Names = {
  in_person: { da: 'Personligt møde', en: 'In person' }, phone: { da: 'Telefon', en: 'Phone' }, digital: { da: 'Digitalt', en: 'Digital' },
  network_meeting: { da: 'Netværksmøde', en: 'Network meeting' }, accompanying: { da: 'Ledsagelse', en: 'Accompanying' }, other: { da: 'Andet', en: 'Other' },
};
export const PARTY: Names = { citizen: { da: 'Borger', en: 'Citizen' }, network: { da: 'Netværk', en: 'Network' }, services: { da: 'Tilbud/myndighed', en: 'Services' } };
export const END_REASON: Names = {
  completed: { da: 'Gennemført', en: 'Completed' }, dropped_out: { da: 'Afbrudt', en: 'Dropped out' }, moved: { da: 'Fraflyttet', en: 'Moved' }, died: { da: 'Død', en: 'Died' }, other: { da: 'Andet', en: 'Other' },
  not_ended: { da: 'Ikke afsluttet / ingen årsag registreret', en: 'Not ended / no reason recorded' },
};
export const EVENT: Names = {
  phase1: { da: 'Start fase 1', en: 'Start phase 1' }, phase2: { da: 'Start fase 2', en: 'Start phase 2' }, phase3: { da: 'Start fase 3', en: 'Start phase 3' },
  closed: { da: 'Afsluttet', en: 'Closed' }, withdrawn: { da: 'Udtrådt før overgangen', en: 'Withdrawn before the transition' },
};
export const CHECKLIST: Names = {
  contact_period: { da: 'Kontaktskabelsesperioden', en: 'Contact period' }, phase2: { da: 'Overgang til 2. fase', en: 'Transition to phase 2' },
  phase3: { da: 'Overgang til 3. fase', en: 'Transition to phase 3' }, closure: { da: 'Afslutning', en: 'Closure' },
};
export const ALERT: Names = {
  phase_change_due: { da: 'Faseskift snart', en: 'Phase change due' }, phase_change_overdue: { da: 'Faseskift overskredet', en: 'Phase change overdue' },
  course_past_nine_months: { da: 'Over 9 måneder', en: 'Past nine months' }, caseload_above_norm: { da: 'Caseload over norm', en: 'Caseload above norm' },
  focus_areas_outside_range: { da: 'Fokusområder ikke 2–3', en: 'Focus areas not 2–3' }, intensity_not_falling: { da: 'Intensitet falder ikke', en: 'Intensity not falling' },
  handover_plan_missing: { da: 'Overdragelsesplan mangler', en: 'Handover plan missing' }, checklist_open: { da: 'Tjekliste åben', en: 'Checklist open' },
};

export function nameIn(names: Names, code: string, lang: Lang): string {
  return names[code]?.[lang] ?? code;
}
