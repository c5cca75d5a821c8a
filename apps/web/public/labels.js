// Danish labels for the method's words, with the English code kept in the data.
export const STAGE = { contact: 'Kontaktskabelse', phase1: 'Fase 1', phase2: 'Fase 2', phase3: 'Fase 3', ended: 'Afsluttet' };
export const DOMAIN = {
  housing: 'Bolig', mental_health: 'Psykisk helbred', physical_health: 'Fysisk helbred', finances: 'Økonomi', social_network: 'Socialt netværk',
  daily_activities: 'Daglige aktiviteter', education_employment: 'Uddannelse og beskæftigelse', substance_use: 'Rusmidler', other: 'Andet',
};
export const MODE = { in_person: 'Personligt møde', phone: 'Telefon', digital: 'Digitalt', network_meeting: 'Netværksmøde', accompanying: 'Ledsagelse', other: 'Andet' };
export const PARTY = { citizen: 'Borger', network: 'Netværk', services: 'Tilbud/myndighed' };
export const END_REASON = { completed: 'Gennemført', dropped_out: 'Afbrudt', moved: 'Fraflyttet', died: 'Død', other: 'Andet' };
export const EVENT = { phase1: 'Start fase 1', phase2: 'Start fase 2', phase3: 'Start fase 3', closed: 'Afsluttet', withdrawn: 'Udtrådt før overgangen' };
export const CHECKLIST = { contact_period: 'Kontaktskabelsesperioden', phase2: 'Overgang til 2. fase', phase3: 'Overgang til 3. fase', closure: 'Afslutning' };
export const ALERT = {
  phase_change_due: 'Faseskift snart', phase_change_overdue: 'Faseskift overskredet', course_past_nine_months: 'Over 9 måneder',
  caseload_above_norm: 'Caseload over norm', focus_areas_outside_range: 'Fokusområder ikke 2–3', intensity_not_falling: 'Intensitet falder ikke',
  handover_plan_missing: 'Overdragelsesplan mangler', checklist_open: 'Tjekliste åben',
};
export const options = (map) => Object.entries(map).map(([value, label]) => `<option value="${value}">${label}</option>`).join('');
