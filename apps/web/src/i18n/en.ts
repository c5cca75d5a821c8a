// The English message catalogue: the same keys as da.ts.
import type { Messages } from './da';

type P = Record<string, string | number>;

export const en: Messages = {
  lang: 'en',
  locale: 'en-GB',
  app: { title: 'CTI Outcomes', tagline: 'Outcome measurement and evaluation of Critical Time Intervention', signOut: 'Sign out', language: 'Dansk', languageLabel: 'Language', skip: 'Skip to content' },
  nav: { overview: 'Cohort', progression: 'Progression', comparison: 'CTI vs control', costs: 'Costs', fidelity: 'Fidelity', upload: 'Upload', admin: 'Administration', team: 'Team' },
  roles: { admin: 'administrator', evaluator: 'evaluator', agency: 'agency', municipality: 'municipality' },
  login: { title: 'Sign in', username: 'Username', password: 'Password', submit: 'Sign in' },
  common: {
    loading: 'Loading …', empty: 'No data for this selection.', emptyFilters: 'No citizens match these filters. Try a wider selection.',
    all: 'all', none: '–', show: 'Show', downloadCsv: 'Download CSV', saveSvg: 'Save as SVG', savePng: 'Save as PNG', print: 'Print report',
    withheldMarker: '·', withheldLegend: (p: P) => `· = withheld: the figure rests on fewer than ${p.k} citizens or could be worked out from other figures (disclosure control). The charts leave out the same figures.`,
    withheld: 'withheld', to: 'to', months: (p: P) => `${p.n} months`, yes: 'yes', no: 'no', save: 'Save', cancel: 'Cancel', delete: 'Delete',
    dataLine: (p: P) => `Data ${p.snapshot}, computed ${p.generated}.`, chartFailed: 'The chart could not be drawn.',
  },
  filters: {
    legend: 'Selection', evaluation: 'Evaluation', municipality: 'Municipality', targetGroup: 'Target group', baselineRule: 'Baseline rule (Recovery Star)',
    national: 'Figures for', ownMunicipality: 'own municipality', wholeCountry: 'the whole country', outcome: 'Outcome',
    rule: { first: 'first reading', lower_of_first_two: 'lower of the first two' },
    noEvaluations: 'There are no evaluations you may read.',
  },
  print: { title: 'Evaluation report', evaluation: 'Evaluation', snapshot: 'Data snapshot', filters: 'Selection', date: 'Printed', sections: 'Contents' },
  overview: {
    title: 'The cohort', consort: 'Flow through the study (CONSORT)', allocated: 'Allocated', measured: (p: P) => `Measured at ${p.tp}`, analysed: (p: P) => `Analysed at ${p.tp}`,
    lost: (p: P) => `Not measured: ${p.n}`, consortNote: (p: P) => `Primary outcome: ${p.outcome}. Reasons for loss (end_reason) are not in the report yet.`,
    baseline: 'Baseline characteristics by arm (mean ± SD)', attrition: 'Attrition by timepoint', measure: 'Measure',
    allocatedCol: 'Allocated', measuredCol: 'Measured', analysedCol: 'Analysed', share: 'Share measured',
  },
  progression: {
    title: 'Progression over time', means: (p: P) => `${p.outcome}: mean with 95 % confidence interval`, change: 'Change from baseline', star: 'The Recovery Star by arm',
    starAt: (p: P) => `${p.arm}: mean of the ten dimensions (1–10)`, ladder: 'Ladder of change: share at each stage', mean: 'Mean', sd: 'SD', ci: '95 % CI',
    meanChange: 'Mean change', p: 'p (t test)', dz: 'Cohen dz', timepoint: 'Timepoint', arm: 'Arm', n: 'n', share: 'Share', stage: 'Stage', dimension: 'Dimension',
    distributionNote: 'Distributions (box or strip plots) need row-level data, which the report does not publish; the chart shows means and intervals.',
  },
  comparison: {
    title: 'CTI compared with control (§ 85 housing support)', forest: 'Difference in change, CTI − control (ANCOVA adjusted for baseline), 95 % CI',
    better: (p: P) => `better for CTI: ${p.dir}`, higherBetter: 'higher', lowerBetter: 'lower', estimate: 'Estimate', nCti: 'n CTI', nControl: 'n control', p: 'p', g: 'Hedges g', welch: 'Welch: difference (95 % CI)',
    zero: 'no difference', direction: 'Better is',
  },
  costs: {
    title: 'Costs per citizen', byCategory: (p: P) => `Mean cost per citizen by category, ${p.h} months (DKK)`, horizon: 'Horizon', category: 'Category', cost: 'DKK per citizen',
    diff: 'Difference CTI − control', ownVsNational: 'Own municipality beside the national figure (DKK per citizen)', own: 'Own municipality', national: 'Whole country', ce: 'Cost-effectiveness',
    plane: (p: P) => `Cost-effectiveness plane: ${p.outcome} at ${p.tp}, costs over ${p.h} months (bootstrap, ${p.n} replicates)`, ceac: 'Acceptability curve (CEAC): probability that CTI is cost-effective',
    wtp: 'Willingness to pay per point (DKK)', probability: 'Probability', deltaCost: 'Extra cost (DKK)', deltaEffect: (p: P) => `Extra effect (${p.outcome})`, estimate: 'Point estimate', replicate: 'Bootstrap replicate',
    quadrants: { ne: 'Costlier and better', nw: 'Costlier and worse (dominated)', se: 'Cheaper and better (dominant)', sw: 'Cheaper and worse' },
    crossing: (p: P) => `The curve crosses 50 % at about DKK ${p.wtp} per point.`, notAvailable: 'Cost-effectiveness is not available for this selection.',
    ce_text: {
      dominant: (p: P) => `CTI dominates: it costs ${p.cost} less per citizen and gains ${p.effect} more on ${p.outcome}.`,
      dominated: (p: P) => `CTI is dominated: it costs ${p.cost} more per citizen and gains ${p.effect} less on ${p.outcome}.`,
      more_costly_more_effective: (p: P) => `CTI costs ${p.cost} more per citizen and gains ${p.effect} more on ${p.outcome}: ${p.icer} per point gained.`,
      less_costly_less_effective: (p: P) => `CTI saves ${p.cost} per citizen but gains ${p.effect} less on ${p.outcome}: ${p.icer} saved per point lost.`,
      no_difference: () => 'CTI and control cost the same and achieve the same.',
    },
    kr: (p: P) => `DKK ${p.v}`, points: (p: P) => `${p.v} points`,
  },
  fidelity: {
    title: 'Fidelity (CTI courses)', phaseLengths: 'Phase length (median days) against the three-month norm (91 days)', phase: (p: P) => `Phase ${p.n}`, median: 'Median days', within: 'Within 91 ± 14 days',
    intensity: 'Contact intensity by phase against 4 : 2 : 1', ratio: 'Ratio (phase 3 = 1)', expected: 'Expected', minutes: 'Contact minutes', caseload: 'Caseload per worker over time against the norm of 10–12',
    month: 'Month', meanCaseload: 'Mean caseload', maxCaseload: 'Largest caseload', workers: 'Workers', norm: 'Norm', alerts: 'Open alerts per team', alertKind: 'Alert', team: 'Team', count: 'Count',
    alertsNotOwn: 'Alerts are per citizen: only the team that owns the register sees them.', alertsAgency: 'The agency sees no alerts per citizen; the API does not yet publish a per-team summary to the agency.', noAlerts: 'No open alerts.',
    handover: 'Courses with a handover plan', focusAreas: 'CTI plans with 2–3 focus areas', pastNine: 'Courses ended after nine months', shareLabel: 'Share', keyFigures: 'Key figures', what: 'What',
  },
  upload: {
    title: 'Upload a cohort', help: 'Choose or drop a zip of the cohort’s CSV files or an xlsx workbook here. It is checked first without saving anything (dry run).',
    drop: 'Drop the file here, or choose it', choose: 'Choose file', evaluation: 'Evaluation (name in the URL)', check: 'Check (dry run)', import: 'Import',
    progress: (p: P) => `Sending ${p.pct} % …`, checking: 'Checking …', clean: 'The file is valid. An import would change:', rejected: (p: P) => `The file was rejected with ${p.n} problems. Nothing was saved.`,
    imported: 'Imported.', unchanged: 'Unchanged: the data was already stored.', file: 'File', row: 'Row', column: 'Column', message: 'Problem', table: 'Table', inserted: 'New', updated: 'Changed', deleted: 'Deleted', unchangedCol: 'Unchanged',
    noFile: 'Choose a file first.',
  },
  admin: {
    title: 'Administration', users: 'Users', username: 'Username', role: 'Role', municipality: 'Municipality', disabled: 'Disabled', enable: 'Enable', disable: 'Disable', create: 'Create user', password: 'Password (at least 12 characters)',
    memberships: 'Evaluation memberships', evaluation: 'Evaluation', addMember: 'Grant access', removeMember: 'Remove access', tokens: 'API tokens (your own)', tokenName: 'Name', tokenDays: 'Valid for days', newToken: 'Create token',
    tokenShown: 'The token is shown this once:', audit: 'Audit log', actor: 'Actor', action: 'Action', outcome: 'Outcome', from: 'From', to: 'To', search: 'Search', when: 'When', target: 'Target',
    missing: 'Missing in the API: listing and revoking other users’ tokens, listing memberships, changing a role.', done: 'Saved.',
  },
  team: {
    title: (p: P) => `The team in ${p.name}`, noCourses: 'The team – no courses yet', alerts: 'Fidelity alerts', asOf: (p: P) => `as of ${p.date}`, course: 'Course', worker: 'Worker', date: 'Date', what: 'What',
    caseloads: 'Caseload per worker', active: 'Active citizens', inPhase1: 'Of whom in phase 1', weighted: 'Weighted (phase 1 × 2)', norm: 'Norm', courses: 'Courses', citizen: 'Citizen', arm: 'Arm', stage: 'Stage', start: 'Start (phase 1)',
    newCourse: 'New course', citizenPseudonym: 'Citizen (pseudonym)', targetGroup: 'Target group', workerPseudonym: 'CTI worker (pseudonym)', referral: 'Referred', contactStart: 'Contact period from', plannedStart: 'Planned transition (phase 1)', create: 'Create course',
    noAlerts: 'No alerts.', withdrawnOn: (p: P) => `withdrawn before the transition ${p.date}`, planned: (p: P) => `planned ${p.date}`, report: 'The team’s report',
  },
  course: {
    title: (p: P) => `Course ${p.code} – ${p.stage}`, citizen: 'Citizen', worker: 'CTI worker', armGroup: 'Arm / target group', referral: 'Referred', contactStart: 'Contact period from', phase1Started: 'Phase 1 started', plannedTransition: 'Planned transition',
    phase2: 'Phase 2', phase3: 'Phase 3', handover: 'Handover plan', end: 'End', due: (p: P) => `due ${p.date}`, latest: (p: P) => `by ${p.date}`, planned: (p: P) => `planned ${p.date}`,
    phaseChanges: 'Phase changes and closure', event: 'Event', date: 'Date', endReason: 'End reason', handoverAgreed: 'Handover plan agreed', record: 'Record', warnings: 'Warnings', recordedBy: 'Recorded by', warning: 'Warning',
    checklists: 'Checklists', plan: 'CTI plan: focus areas', domain: 'Life domain', chosen: 'Chosen', status: 'Status', chosenOn: 'Chosen on', addFocus: 'Add focus area', contacts: 'Contacts', minutes: 'Minutes', mode: 'Mode', with: 'With whom',
    logContact: 'Log contact', saveCorrection: 'Save correction', undoCorrection: 'Undo correction', edit: 'Edit', readings: 'Readings', instrument: 'Instrument', timepoint: 'Timepoint', saveReading: 'Save reading', incomplete: '– (incomplete)', noScore: 'No total score.',
    intensity: (p: P) => `Intensity (minutes per 4 weeks): ${p.list} — expected to fall about 4 : 2 : 1`, confirmDelete: (p: P) => `Delete ${p.what}?`, theContact: (p: P) => `the contact of ${p.date}`, theReading: (p: P) => `the reading ${p.what}`,
    teamReport: 'The team’s report', star: 'The Recovery Star', ticked: (p: P) => `✓ ${p.date}, ${p.by}`, tickItem: (p: P) => `Tick: ${p.item}`, focusStatus: (p: P) => `Status of ${p.domain}`,
    focusStatuses: { active: 'Active', achieved: 'Achieved', dropped: 'Dropped' },
  },
  errors: {
    generic: (p: P) => `Error from the server (${p.status}): ${p.message}`, network: 'The server does not answer. Try again.', signedOut: 'You have been signed out.', login: 'Wrong username or password.',
    forbidden: 'You may not see this.', notFound: 'Not found.', tooMany: 'Too many attempts; wait a minute.', tooLarge: 'The file is too large.', validation: (p: P) => `Invalid input: ${p.message}`,
  },
};
