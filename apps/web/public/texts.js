// Danish sentences for what the API says in English: alerts, warnings and the cost-effectiveness reading are built
// from their stable kind and figures (`params`), so the English `message` stays for API users only.
import { CHECKLIST } from './labels.js';

const NEXT = { phase2: 'Fase 2', phase3: 'Fase 3', closed: 'Afslutningen' };
const span = (months, days) => (months === 0 ? `${days} dage` : days === 0 ? `${months} måneder` : `${months} måneder og ${days} dage`);
const kr = (value) => `${Math.round(Math.abs(value)).toLocaleString('da-DK')} kr.`;
const points = (value) => `${Math.abs(value).toFixed(2).replace('.', ',')} point`;

const ALERT_TEXT = {
  phase_change_due: (p) => `${NEXT[p.next]} forfalder ${p.due} (om ${p.days} dage).`,
  phase_change_overdue: (p) => `${NEXT[p.next]} forfaldt ${p.due}, for ${p.days} dage siden: hver fase varer ${p.phaseMonths} måneder.`,
  course_past_nine_months: (p) => `Forløbet passerede ${p.months} måneder ${p.endDue} og er stadig åbent; det slutter efter ${p.months} måneder.`,
  caseload_above_norm: (p) => `${p.worker} har ${p.active} borgere (${p.inPhase1} i fase 1, tæller dobbelt): vægtet caseload ${p.weighted}, over normen på ${p.norm}.`,
  focus_areas_outside_range: (p) => `CTI-planen har ${p.n} fokusområder; den bør have ${p.min}–${p.max}.`,
  intensity_not_falling: (p) => `Kontakten i fase ${p.phase} (${p.perFourWeeks} min. pr. 4 uger) er ikke under fase ${p.previousPhase} (${p.previousPerFourWeeks}); den bør falde ca. 4 : 2 : 1.`,
  handover_plan_missing: (p) => `Ingen overdragelsesplan; den skulle foreligge en måned før afslutningen (${p.handoverDue}). Forløbet slutter ${p.endDue}.`,
  checklist_open: (p) => `${p.open} punkt(er) på tjeklisten »${CHECKLIST[p.checklist] ?? p.checklist}« er stadig åbne efter skiftet ${p.date}.`,
};

const WARNING_TEXT = {
  phase_length: (p) => `Fase ${p.phase} varede ${span(p.months, p.days)}; hver fase varer ${p.phaseMonths} måneder, hverken mere eller mindre (forfaldt ${p.due}).`,
  past_nine_months: (p) => `Forløbet løb ${p.days} dage over ${p.months} måneder (skulle slutte ${p.endDue}); det slutter efter ${p.months} måneder, også hvis nogen ønsker det forlænget.`,
  ended_early: (p) => `Gennemført ${p.days} dage før den planlagte afslutning (${p.endDue}); et forløb varer ${p.months} måneder.`,
  completed_without_phase3: () => 'Gennemført uden en fase 3, hvor ansvaret overdrages til borgeren og netværket.',
  handover_missing: () => 'Gennemført uden en overdragelsesplan aftalt med netværket.',
  handover_late: (p) => `Overdragelsesplanen blev aftalt ${p.agreed}, senere end en måned før afslutningen (${p.due}).`,
  focus_areas: (p) => `CTI-planen har ${p.n} fokusområder; den bør have ${p.min}–${p.max}, valgt af borgeren.`,
  checklist_open: (p) => `${p.open} tjeklistepunkt(er) stadig åbne: ${p.items}.`,
};

const CE_TEXT = {
  dominant: (c) => `CTI dominerer: det koster ${kr(c.delta_cost)} mindre pr. borger og giver ${points(c.delta_effect)} mere på ${c.outcome}; en ICER er unødvendig.`,
  dominated: (c) => `CTI er domineret: det koster ${kr(c.delta_cost)} mere pr. borger og giver ${points(c.delta_effect)} mindre på ${c.outcome}.`,
  more_costly_more_effective: (c) => `CTI koster ${kr(c.delta_cost)} mere pr. borger og giver ${points(c.delta_effect)} mere på ${c.outcome}: ${kr(c.icer)} pr. vundet point.`,
  less_costly_less_effective: (c) => `CTI sparer ${kr(c.delta_cost)} pr. borger, men giver ${points(c.delta_effect)} mindre på ${c.outcome}: ${kr(c.icer)} sparet pr. tabt point.`,
  no_difference: () => 'CTI og kontrol koster det samme og opnår det samme; ingen ICER.',
};

// An entry recorded before `params` existed keeps its English message.
const say = (texts, kind, params, message) => (texts[kind] && params ? texts[kind](params) : message);
export const alertText = (a) => say(ALERT_TEXT, a.kind, a.params, a.message);
export const warningText = (w) => say(WARNING_TEXT, w.code, w.params, w.message);
export const costEffectivenessText = (ce) => say(CE_TEXT, ce.quadrant, ce, ce.interpretation);
