// The Danish message catalogue (the default language). en.ts has the same keys; the type checker keeps them in step.
type P = Record<string, string | number>;

export const da = {
  lang: 'da',
  locale: 'da-DK',
  app: { title: 'CTI Outcomes', tagline: 'Udfaldsmåling og evaluering af Critical Time Intervention', signOut: 'Log ud', language: 'English', languageLabel: 'Sprog', skip: 'Gå til indhold' },
  nav: { overview: 'Kohorte', progression: 'Udvikling', comparison: 'CTI mod kontrol', costs: 'Omkostninger', fidelity: 'Fidelitet', upload: 'Upload', admin: 'Administration', team: 'Teamet' },
  roles: { admin: 'administrator', evaluator: 'evaluator', agency: 'styrelse', municipality: 'kommune' },
  login: { title: 'Log ind', username: 'Brugernavn', password: 'Adgangskode', submit: 'Log ind' },
  common: {
    loading: 'Henter …', empty: 'Ingen data for dette udsnit.', emptyFilters: 'Ingen borgere matcher filtrene. Prøv et bredere udsnit.',
    all: 'alle', none: '–', show: 'Vis', downloadCsv: 'Hent CSV', saveSvg: 'Gem som SVG', savePng: 'Gem som PNG', print: 'Udskriv rapport',
    withheldMarker: '·', withheldLegend: (p: P) => `· = tilbageholdt: tallet hviler på under ${p.k} borgere eller kan regnes ud fra andre tal (diskretionsregel). Figurerne udelader de samme tal.`,
    withheld: 'tilbageholdt', to: 'til', months: (p: P) => `${p.n} mdr.`, yes: 'ja', no: 'nej', save: 'Gem', cancel: 'Fortryd', delete: 'Slet',
    dataLine: (p: P) => `Data ${p.snapshot}, beregnet ${p.generated}.`, chartFailed: 'Figuren kunne ikke tegnes.',
  },
  filters: {
    legend: 'Udsnit', evaluation: 'Evaluering', municipality: 'Kommune', targetGroup: 'Målgruppe', baselineRule: 'Baseline-regel (Recovery Star)',
    national: 'Tal for', ownMunicipality: 'egen kommune', wholeCountry: 'hele landet', outcome: 'Udfald',
    rule: { first: 'første måling', lower_of_first_two: 'laveste af de to første' },
    noEvaluations: 'Der er ingen evalueringer, du har adgang til.',
  },
  print: { title: 'Evalueringsrapport', evaluation: 'Evaluering', snapshot: 'Datagrundlag', filters: 'Udsnit', date: 'Udskrevet', sections: 'Indhold' },
  overview: {
    title: 'Kohorten', consort: 'Forløb gennem undersøgelsen (CONSORT)', allocated: 'Fordelt', measured: (p: P) => `Målt ved ${p.tp}`, analysed: (p: P) => `Analyseret ved ${p.tp}`,
    lost: (p: P) => `Ikke målt: ${p.n}`, consortNote: (p: P) => `Primært udfald: ${p.outcome}. Årsager til frafald (end_reason) står ikke i rapporten endnu.`,
    baseline: 'Baseline-karakteristika pr. arm (gennemsnit ± SD)', attrition: 'Frafald pr. tidspunkt', measure: 'Mål',
    allocatedCol: 'Fordelt', measuredCol: 'Målt', analysedCol: 'Analyseret', share: 'Andel målt',
  },
  progression: {
    title: 'Udvikling over tid', means: (p: P) => `${p.outcome}: gennemsnit med 95 % konfidensinterval`, change: 'Ændring fra baseline', star: 'Recovery-stjernen pr. arm',
    starAt: (p: P) => `${p.arm}: gennemsnit på de ti dimensioner (1–10)`, ladder: 'Forandringsstigen: andel på hvert trin', mean: 'Gennemsnit', sd: 'SD', ci: '95 % CI',
    meanChange: 'Gns. ændring', p: 'p (t-test)', dz: 'Cohen dz', timepoint: 'Tidspunkt', arm: 'Arm', n: 'n', share: 'Andel', stage: 'Trin', dimension: 'Dimension',
    distributionNote: 'Fordelinger (boks-/punktplot) kræver rækkedata, som rapporten ikke udgiver; figuren viser gennemsnit og interval.',
  },
  comparison: {
    title: 'CTI sammenlignet med kontrol (§ 85-bostøtte)', forest: 'Forskel i ændring, CTI − kontrol (ANCOVA justeret for baseline), 95 % CI',
    better: (p: P) => `bedre for CTI: ${p.dir}`, higherBetter: 'højere', lowerBetter: 'lavere', estimate: 'Estimat', nCti: 'n CTI', nControl: 'n kontrol', p: 'p', g: 'Hedges g', welch: 'Welch: forskel (95 % CI)',
    zero: 'ingen forskel', direction: 'Bedre er',
  },
  costs: {
    title: 'Omkostninger pr. borger', byCategory: (p: P) => `Gennemsnitlig omkostning pr. borger efter kategori, ${p.h} måneder (kr.)`, horizon: 'Horisont', category: 'Kategori', cost: 'Kr. pr. borger',
    diff: 'Forskel CTI − kontrol', ownVsNational: 'Egen kommune ved siden af landstallet (kr. pr. borger)', own: 'Egen kommune', national: 'Hele landet', ce: 'Omkostningseffektivitet',
    plane: (p: P) => `Omkostningseffektivitetsplanet: ${p.outcome} ved ${p.tp}, omkostninger over ${p.h} måneder (bootstrap, ${p.n} gentagelser)`, ceac: 'Accept-kurven (CEAC): sandsynlighed for at CTI er omkostningseffektiv',
    wtp: 'Betalingsvilje pr. point (kr.)', probability: 'Sandsynlighed', deltaCost: 'Meromkostning (kr.)', deltaEffect: (p: P) => `Mereffekt (${p.outcome})`, estimate: 'Punktestimat', replicate: 'Bootstrap-gentagelse',
    quadrants: { ne: 'Dyrere og bedre', nw: 'Dyrere og dårligere (domineret)', se: 'Billigere og bedre (dominerer)', sw: 'Billigere og dårligere' },
    crossing: (p: P) => `Kurven passerer 50 % ved ca. ${p.wtp} kr. pr. point.`, notAvailable: 'Omkostningseffektivitet er ikke tilgængelig for dette udsnit.',
    ce_text: {
      dominant: (p: P) => `CTI dominerer: det koster ${p.cost} mindre pr. borger og giver ${p.effect} mere på ${p.outcome}.`,
      dominated: (p: P) => `CTI er domineret: det koster ${p.cost} mere pr. borger og giver ${p.effect} mindre på ${p.outcome}.`,
      more_costly_more_effective: (p: P) => `CTI koster ${p.cost} mere pr. borger og giver ${p.effect} mere på ${p.outcome}: ${p.icer} pr. vundet point.`,
      less_costly_less_effective: (p: P) => `CTI sparer ${p.cost} pr. borger, men giver ${p.effect} mindre på ${p.outcome}: ${p.icer} sparet pr. tabt point.`,
      no_difference: () => 'CTI og kontrol koster det samme og opnår det samme.',
    },
    kr: (p: P) => `${p.v} kr.`, points: (p: P) => `${p.v} point`,
  },
  fidelity: {
    title: 'Fidelitet (CTI-forløb)', phaseLengths: 'Fasernes længde (median dage) mod normen på tre måneder (91 dage)', phase: (p: P) => `Fase ${p.n}`, median: 'Median dage', within: 'Inden for 91 ± 14 dage',
    intensity: 'Kontaktintensitet pr. fase mod 4 : 2 : 1', ratio: 'Forhold (fase 3 = 1)', expected: 'Forventet', minutes: 'Kontaktminutter', caseload: 'Caseload pr. medarbejder over tid mod normen 10–12',
    month: 'Måned', meanCaseload: 'Gns. caseload', maxCaseload: 'Største caseload', workers: 'Medarbejdere', norm: 'Norm', alerts: 'Åbne advarsler pr. team', alertKind: 'Advarsel', team: 'Team', count: 'Antal',
    alertsNotOwn: 'Advarsler er pr. borger: kun teamet, der ejer registret, ser dem.', alertsAgency: 'Styrelsen ser ikke advarsler pr. borger; API’et udgiver endnu ingen samlet opgørelse pr. team til styrelsen.', noAlerts: 'Ingen åbne advarsler.',
    handover: 'Forløb med overdragelsesplan', focusAreas: 'CTI-planer med 2–3 fokusområder', pastNine: 'Forløb afsluttet efter ni måneder', shareLabel: 'Andel', keyFigures: 'Nøgletal', what: 'Hvad',
  },
  upload: {
    title: 'Upload en kohorte', help: 'Vælg eller træk en zip med kohortens CSV-filer eller en xlsx-projektmappe hertil. Først kontrolleres filen uden at gemme noget (prøvekørsel).',
    drop: 'Træk filen hertil, eller vælg den', choose: 'Vælg fil', evaluation: 'Evaluering (navn i URL’en)', check: 'Kontrollér (prøvekørsel)', import: 'Importér',
    progress: (p: P) => `Sender ${p.pct} % …`, checking: 'Kontrollerer …', clean: 'Filen er i orden. Dette vil ændre sig ved import:', rejected: (p: P) => `Filen blev afvist med ${p.n} fejl. Intet er gemt.`,
    imported: 'Importeret.', unchanged: 'Uændret: dataene var allerede gemt.', file: 'Fil', row: 'Række', column: 'Kolonne', message: 'Fejl', table: 'Tabel', inserted: 'Nye', updated: 'Ændrede', deleted: 'Slettede', unchangedCol: 'Uændrede',
    noFile: 'Vælg en fil først.',
  },
  admin: {
    title: 'Administration', users: 'Brugere', username: 'Brugernavn', role: 'Rolle', municipality: 'Kommune', disabled: 'Spærret', enable: 'Genåbn', disable: 'Spær', create: 'Opret bruger', password: 'Adgangskode (mindst 12 tegn)',
    memberships: 'Medlemskab af evalueringer', evaluation: 'Evaluering', addMember: 'Giv adgang', removeMember: 'Fjern adgang', tokens: 'API-nøgler (dine egne)', tokenName: 'Navn', tokenDays: 'Gyldig i dage', newToken: 'Opret nøgle',
    tokenShown: 'Nøglen vises kun denne ene gang:', audit: 'Revisionslog', actor: 'Aktør', action: 'Handling', outcome: 'Udfald', from: 'Fra', to: 'Til', search: 'Søg', when: 'Tidspunkt', target: 'Mål',
    missing: 'Mangler i API’et: liste over andres API-nøgler og tilbagekaldelse af dem, liste over medlemskaber, ændring af rolle.', done: 'Gemt.',
  },
  team: {
    title: (p: P) => `Teamet i ${p.name}`, noCourses: 'Teamet – endnu ingen forløb', alerts: 'Fidelitetsadvarsler', asOf: (p: P) => `pr. ${p.date}`, course: 'Forløb', worker: 'Medarbejder', date: 'Dato', what: 'Hvad',
    caseloads: 'Caseload pr. medarbejder', active: 'Aktive borgere', inPhase1: 'Heraf i fase 1', weighted: 'Vægtet (fase 1 × 2)', norm: 'Norm', courses: 'Forløb', citizen: 'Borger', arm: 'Arm', stage: 'Fase', start: 'Start (fase 1)',
    newCourse: 'Nyt forløb', citizenPseudonym: 'Borger (pseudonym)', targetGroup: 'Målgruppe', workerPseudonym: 'CTI-medarbejder (pseudonym)', referral: 'Henvist', contactStart: 'Kontaktskabelse fra', plannedStart: 'Planlagt overgang (fase 1)', create: 'Opret forløb',
    noAlerts: 'Ingen advarsler.', withdrawnOn: (p: P) => `udtrådt før overgangen ${p.date}`, planned: (p: P) => `planlagt ${p.date}`, report: 'Teamets rapport',
  },
  course: {
    title: (p: P) => `Forløb ${p.code} – ${p.stage}`, citizen: 'Borger', worker: 'CTI-medarbejder', armGroup: 'Arm / målgruppe', referral: 'Henvist', contactStart: 'Kontaktskabelse fra', phase1Started: 'Fase 1 startede', plannedTransition: 'Planlagt overgang',
    phase2: 'Fase 2', phase3: 'Fase 3', handover: 'Overdragelsesplan', end: 'Afslutning', due: (p: P) => `forfalder ${p.date}`, latest: (p: P) => `senest ${p.date}`, planned: (p: P) => `planlagt ${p.date}`,
    phaseChanges: 'Faseskift og afslutning', event: 'Hændelse', date: 'Dato', endReason: 'Afslutningsårsag', handoverAgreed: 'Overdragelsesplan aftalt', record: 'Registrér', warnings: 'Advarsler', recordedBy: 'Registreret af', warning: 'Advarsel',
    checklists: 'Tjeklister', plan: 'CTI-plan: fokusområder', domain: 'Livsområde', chosen: 'Valgt', status: 'Status', chosenOn: 'Valgt den', addFocus: 'Tilføj fokusområde', contacts: 'Kontakter', minutes: 'Minutter', mode: 'Form', with: 'Med hvem',
    logContact: 'Log kontakt', saveCorrection: 'Gem rettelse', undoCorrection: 'Fortryd rettelse', edit: 'Ret', readings: 'Målinger', instrument: 'Instrument', timepoint: 'Tidspunkt', saveReading: 'Gem måling', incomplete: '– (ufuldstændig)', noScore: 'Ingen samlet score.',
    intensity: (p: P) => `Intensitet (minutter pr. 4 uger): ${p.list} — forventet faldende ca. 4 : 2 : 1`, confirmDelete: (p: P) => `Slet ${p.what}?`, theContact: (p: P) => `kontakten ${p.date}`, theReading: (p: P) => `målingen ${p.what}`,
    teamReport: 'Teamets rapport', star: 'Recovery-stjernen', ticked: (p: P) => `✓ ${p.date}, ${p.by}`, tickItem: (p: P) => `Afkryds: ${p.item}`, focusStatus: (p: P) => `Status for ${p.domain}`,
    focusStatuses: { active: 'Aktiv', achieved: 'Opnået', dropped: 'Droppet' },
  },
  errors: {
    generic: (p: P) => `Fejl fra serveren (${p.status}): ${p.message}`, network: 'Serveren svarer ikke. Prøv igen.', signedOut: 'Du er logget ud.', login: 'Forkert brugernavn eller adgangskode.',
    forbidden: 'Du har ikke adgang til dette.', notFound: 'Findes ikke.', tooMany: 'For mange forsøg; vent et minut.', tooLarge: 'Filen er for stor.', validation: (p: P) => `Ugyldigt input: ${p.message}`,
  },
};

export type Messages = typeof da;
