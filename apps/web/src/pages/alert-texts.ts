// Alerts and warnings said in the user's language from their stable kind and figures (`params`); the API's English
// `message` is the fallback for entries recorded before params existed.
import { lang } from '../i18n/i18n';
import { CHECKLIST, nameIn } from '../i18n/vocabulary';

type P = Record<string, string | number>;
type Texts = Record<string, (p: P) => string>;

const NEXT: Record<string, { da: string; en: string }> = { phase2: { da: 'Fase 2', en: 'Phase 2' }, phase3: { da: 'Fase 3', en: 'Phase 3' }, closed: { da: 'Afslutningen', en: 'The closure' } };
const next = (p: P) => NEXT[String(p.next)]?.[lang] ?? String(p.next);
const span = (months: number, days: number) => (lang === 'da'
  ? (months === 0 ? `${days} dage` : days === 0 ? `${months} måneder` : `${months} måneder og ${days} dage`)
  : (months === 0 ? `${days} days` : days === 0 ? `${months} months` : `${months} months and ${days} days`));
const checklist = (code: unknown) => nameIn(CHECKLIST, String(code), lang);

export const ALERT_TEXT: Record<'da' | 'en', Texts> = {
  da: {
    phase_change_due: (p) => `${next(p)} forfalder ${p.due} (om ${p.days} dage).`,
    phase_change_overdue: (p) => `${next(p)} forfaldt ${p.due}, for ${p.days} dage siden: hver fase varer ${p.phaseMonths} måneder.`,
    course_past_nine_months: (p) => `Forløbet passerede ${p.months} måneder ${p.endDue} og er stadig åbent; det slutter efter ${p.months} måneder.`,
    caseload_above_norm: (p) => `${p.worker} har ${p.active} borgere (${p.inPhase1} i fase 1, tæller dobbelt): vægtet caseload ${p.weighted}, over normen på ${p.norm}.`,
    focus_areas_outside_range: (p) => `CTI-planen har ${p.n} fokusområder; den bør have ${p.min}–${p.max}.`,
    intensity_not_falling: (p) => `Kontakten i fase ${p.phase} (${p.perFourWeeks} min. pr. 4 uger) er ikke under fase ${p.previousPhase} (${p.previousPerFourWeeks}); den bør falde ca. 4 : 2 : 1.`,
    handover_plan_missing: (p) => `Ingen overdragelsesplan; den skulle foreligge en måned før afslutningen (${p.handoverDue}). Forløbet slutter ${p.endDue}.`,
    checklist_open: (p) => `${p.open} punkt(er) på tjeklisten »${checklist(p.checklist)}« er stadig åbne efter skiftet ${p.date}.`,
  },
  en: {
    phase_change_due: (p) => `${next(p)} is due ${p.due} (in ${p.days} days).`,
    phase_change_overdue: (p) => `${next(p)} was due ${p.due}, ${p.days} days ago: each phase lasts ${p.phaseMonths} months.`,
    course_past_nine_months: (p) => `The course passed ${p.months} months on ${p.endDue} and is still open; it ends after ${p.months} months.`,
    caseload_above_norm: (p) => `${p.worker} has ${p.active} citizens (${p.inPhase1} in phase 1, counting double): weighted caseload ${p.weighted}, above the norm of ${p.norm}.`,
    focus_areas_outside_range: (p) => `The CTI plan has ${p.n} focus areas; it should have ${p.min}–${p.max}.`,
    intensity_not_falling: (p) => `Contact in phase ${p.phase} (${p.perFourWeeks} min. per 4 weeks) is not below phase ${p.previousPhase} (${p.previousPerFourWeeks}); it should fall about 4 : 2 : 1.`,
    handover_plan_missing: (p) => `No handover plan; it was due a month before the end (${p.handoverDue}). The course ends ${p.endDue}.`,
    checklist_open: (p) => `${p.open} item(s) of the checklist “${checklist(p.checklist)}” are still open after the change on ${p.date}.`,
  },
};

export const WARNING_TEXT: Record<'da' | 'en', Texts> = {
  da: {
    phase_length: (p) => `Fase ${p.phase} varede ${span(Number(p.months), Number(p.days))}; hver fase varer ${p.phaseMonths} måneder, hverken mere eller mindre (forfaldt ${p.due}).`,
    past_nine_months: (p) => `Forløbet løb ${p.days} dage over ${p.months} måneder (skulle slutte ${p.endDue}); det slutter efter ${p.months} måneder, også hvis nogen ønsker det forlænget.`,
    ended_early: (p) => `Gennemført ${p.days} dage før den planlagte afslutning (${p.endDue}); et forløb varer ${p.months} måneder.`,
    completed_without_phase3: () => 'Gennemført uden en fase 3, hvor ansvaret overdrages til borgeren og netværket.',
    handover_missing: () => 'Gennemført uden en overdragelsesplan aftalt med netværket.',
    handover_late: (p) => `Overdragelsesplanen blev aftalt ${p.agreed}, senere end en måned før afslutningen (${p.due}).`,
    focus_areas: (p) => `CTI-planen har ${p.n} fokusområder; den bør have ${p.min}–${p.max}, valgt af borgeren.`,
    checklist_open: (p) => `${p.open} tjeklistepunkt(er) stadig åbne: ${p.items}.`,
  },
  en: {
    phase_length: (p) => `Phase ${p.phase} lasted ${span(Number(p.months), Number(p.days))}; each phase lasts ${p.phaseMonths} months, no more and no less (due ${p.due}).`,
    past_nine_months: (p) => `The course ran ${p.days} days past ${p.months} months (it should have ended ${p.endDue}); it ends after ${p.months} months, even if someone wants it extended.`,
    ended_early: (p) => `Completed ${p.days} days before the planned end (${p.endDue}); a course lasts ${p.months} months.`,
    completed_without_phase3: () => 'Completed without a phase 3, in which responsibility passes to the citizen and the network.',
    handover_missing: () => 'Completed without a handover plan agreed with the network.',
    handover_late: (p) => `The handover plan was agreed ${p.agreed}, later than a month before the end (${p.due}).`,
    focus_areas: (p) => `The CTI plan has ${p.n} focus areas; it should have ${p.min}–${p.max}, chosen by the citizen.`,
    checklist_open: (p) => `${p.open} checklist item(s) still open: ${p.items}.`,
  },
};

const say = (texts: Texts, kind: string, params: P | undefined, message: string) => (texts[kind] && params ? texts[kind](params) : message);
export const alertText = (a: { kind: string; params?: P; message: string }) => say(ALERT_TEXT[lang], a.kind, a.params, a.message);
export const warningText = (w: { code: string; params?: P; message: string }) => say(WARNING_TEXT[lang], w.code, w.params, w.message);
