// The one catalogue of error messages, by stable code, in English (what the API's `message` says) and Danish. The API,
// the CLI and the web pages all say an error from here; `{name}` is replaced by the error's parameter of that name.
export type ErrorParams = Record<string, string | number>;
export type Language = 'da' | 'en';

interface Message {
  en: string;
  da: string;
}

export const ERROR_MESSAGES = {
  // any refusal without a code of its own, by HTTP status (request validation, upload limits, the rate limit)
  'request.invalid': { en: '{message}', da: 'Ugyldigt input: {message}' },
  'request.too_many': { en: '{message}', da: 'For mange forsøg; vent et minut.' },
  'request.unprocessable': { en: '{message}', da: 'Kan ikke behandles: {message}' },
  'upload.too_large': { en: '{message}', da: 'Filen er for stor: {message}' },
  'request.not_found': { en: '{message}', da: 'Findes ikke: {message}' },
  'request.conflict': { en: '{message}', da: 'Konflikt: {message}' },
  'server.unavailable': { en: '{message}', da: 'Serveren er optaget: {message}' },
  'server.internal': { en: 'Internal error; it has been logged.', da: 'Intern fejl; den er logget.' },
  'server.shutting_down': { en: 'the server is shutting down', da: 'Serveren lukker ned.' },

  // signing in and access
  'auth.required': { en: 'sign in first: send Authorization: Bearer <token>', da: 'Log ind først.' },
  'auth.wrong_credentials': { en: 'wrong user name or password', da: 'Forkert brugernavn eller adgangskode.' },
  'auth.too_many_failures': {
    en: 'too many failed sign-ins for this account from this address; wait a minute',
    da: 'For mange mislykkede logins til denne konto herfra; vent et minut.',
  },
  'auth.account_disabled': { en: 'this account is disabled or no longer exists', da: 'Kontoen er spærret eller findes ikke længere.' },
  'auth.invalid_api_token': { en: 'invalid, revoked or expired API token', da: 'API-nøglen er ugyldig, tilbagekaldt eller udløbet.' },
  'auth.invalid_access_token': { en: 'invalid or expired access token', da: 'Adgangsnøglen er ugyldig eller udløbet; log ind igen.' },
  'access.forbidden': { en: '{message}', da: 'Du har ikke adgang til dette.' },
  'access.no_decision': { en: 'this route has no access decision', da: 'Denne adresse har ingen adgangsregel.' },
  'access.role_forbidden': { en: 'the {role} role may not use this route', da: 'Rollen {role} må ikke bruge dette.' },
  'access.rows_forbidden': { en: 'your role sees aggregated figures only, never course rows', da: 'Din rolle ser kun samlede tal, aldrig forløbsrækker.' },
  'token.not_found': { en: 'no active token {id} of yours', da: 'Du har ingen aktiv nøgle {id}.' },

  // users and evaluation memberships
  'user.invalid_name': {
    en: 'a user name is 2–63 lower-case letters, digits, dots, hyphens or underscores',
    da: 'Et brugernavn er 2–63 små bogstaver, cifre, punktummer, bindestreger eller understregninger.',
  },
  'user.invalid_role': { en: 'role must be one of {choices}', da: 'Rollen skal være en af {choices}.' },
  'user.municipality_required': { en: 'a municipality user needs a municipality code', da: 'En kommunebruger skal have en kommunekode.' },
  'user.municipality_only_for_municipality': {
    en: 'only a municipality user has a municipality code',
    da: 'Kun en kommunebruger har en kommunekode.',
  },
  'user.last_admin': {
    en: '{username} is the last active admin; make another admin first',
    da: '{username} er den sidste aktive administrator; gør en anden til administrator først.',
  },
  'password.too_short': { en: 'a password needs at least {min} characters', da: 'En adgangskode skal have mindst {min} tegn.' },
  'password.common': {
    en: 'that password is common or appears in breached-password lists (or is built from one, your user name or a keyboard pattern); choose a longer phrase of your own',
    da: 'Adgangskoden er almindelig eller findes på lister over lækkede adgangskoder (eller bygger på en, dit brugernavn eller et tastaturmønster); vælg en længere sætning.',
  },
  'user.exists': { en: 'user {username} exists already', da: 'Brugeren {username} findes allerede.' },
  'user.not_found': { en: 'no user {username}', da: 'Brugeren {username} findes ikke.' },
  'member.not_found': { en: "no evaluation '{slug}' or no evaluator {username}", da: "Evalueringen '{slug}' eller evaluatoren {username} findes ikke." },
  'member.not_a_member': { en: "{username} is not a member of '{slug}'", da: "{username} er ikke medlem af '{slug}'." },

  // evaluations, municipalities and reports
  'evaluation.not_found': { en: "no evaluation '{slug}'", da: "Evalueringen '{slug}' findes ikke." },
  'evaluation.not_member': { en: "you are not a member of evaluation '{slug}'", da: "Du er ikke medlem af evalueringen '{slug}'." },
  'evaluation.is_register': {
    en: "'{slug}' is a municipality register; it is not imported into",
    da: "'{slug}' er et kommuneregister; der importeres ikke til det.",
  },
  'municipality.not_found': { en: 'no municipality {municipality}', da: 'Kommunen {municipality} findes ikke.' },
  'municipality.unknown_code': { en: 'no municipality with code {municipality}', da: 'Ingen kommune har koden {municipality}.' },
  'municipality.forbidden': { en: 'you may not read municipality {municipality}', da: 'Du må ikke se kommune {municipality}.' },
  'export.wide_evaluators_only': {
    en: 'the analysis dataset holds one row per course: evaluators only',
    da: 'Analysedatasættet har én række pr. forløb: kun for evaluatorer.',
  },
  'report.small_cells_only': {
    en: 'this scope sees reports only with small cells withheld',
    da: 'Du ser kun rapporter, hvor små celler er tilbageholdt.',
  },
  'analysis_settings.unknown_outcome': {
    en: "{field}: '{outcome}' is not a score outcome of the instrument registry ({choices})",
    da: "{field}: '{outcome}' er ikke et scoreudfald i instrumentregistret ({choices}).",
  },
  'analysis_settings.invalid_timepoint': {
    en: "{field}: the primary timepoint is one of {choices}, not '{timepoint}'",
    da: "{field}: det primære tidspunkt skal være et af {choices}, ikke '{timepoint}'.",
  },
  'analysis_settings.too_many_secondaries': {
    en: '{field}: at most {max} key secondary outcomes, not {count}',
    da: '{field}: højst {max} centrale sekundære udfald, ikke {count}.',
  },
  'analysis_settings.duplicate_secondary': {
    en: "{field}: '{outcome}' is named twice among the key secondary outcomes",
    da: "{field}: '{outcome}' er nævnt to gange blandt de centrale sekundære udfald.",
  },
  'analysis_settings.primary_as_secondary': {
    en: "{field}: '{outcome}' is the primary outcome; it cannot also be a key secondary one",
    da: "{field}: '{outcome}' er det primære udfald; det kan ikke også være et centralt sekundært udfald.",
  },
  'analysis_settings.evaluators_only': {
    en: "only the evaluators of '{slug}' change its analysis settings",
    da: "Kun evaluatorerne af '{slug}' kan ændre dens analyseindstillinger.",
  },
  'chart.unknown': { en: 'chart must be one of {choices}', da: 'Diagrammet skal være et af {choices}.' },
  'chart.invalid_choice': { en: '{message}', da: 'Ugyldigt valg til diagrammet: {message}' },

  // the municipality registers
  'register.no_reads': { en: 'your role reads no municipality register', da: 'Din rolle kan ikke se kommuneregistre.' },
  'register.no_writes': { en: 'your role changes no municipality register', da: 'Din rolle kan ikke ændre kommuneregistre.' },
  'register.forbidden': { en: "you may not read municipality {municipality}'s register", da: 'Du må ikke se kommune {municipality}s register.' },
  'register.write_forbidden': { en: 'you may not register courses for municipality {municipality}', da: 'Du må ikke registrere forløb for kommune {municipality}.' },
  'register.municipality_required': { en: 'municipalityCode is required', da: 'Kommunekoden mangler.' },

  // courses and what is recorded on them
  'course.invalid': { en: '{problem}', da: 'Forløbet er ikke gyldigt: {problem}' },
  'course.not_found': { en: 'no course {courseId} in your municipality', da: 'Forløb {courseId} findes ikke i din kommune.' },
  'course.exists': { en: 'course {code} already exists', da: 'Forløbet {code} findes allerede.' },
  'course.transition_refused': { en: '{reason}', da: 'Skiftet kan ikke registreres: {reason}' },
  'pseudonym.looks_like_cpr': { en: 'that looks like a CPR number; use pseudonyms', da: 'Det ligner et CPR-nummer; brug pseudonymer.' },
  'citizen.looks_like_cpr': {
    en: 'that looks like a CPR number; register citizens under a pseudonym',
    da: 'Det ligner et CPR-nummer; registrér borgere under et pseudonym.',
  },
  'checklist.tick_in_future': { en: 'an item cannot be ticked in the future ({date})', da: 'Et punkt kan ikke afkrydses i fremtiden ({date}).' },
  'checklist.item_not_found': { en: "no checklist item '{code}'", da: "Tjeklistepunktet '{code}' findes ikke." },
  'handover.control_course': { en: 'a control-group course has no handover plan', da: 'Et forløb i kontrolgruppen har ingen overdragelsesplan.' },
  'handover.before_phase1': {
    en: 'the handover plan cannot be agreed before phase 1 starts ({date})',
    da: 'Overdragelsesplanen kan ikke aftales, før fase 1 starter ({date}).',
  },
  'handover.after_end': { en: 'the handover plan cannot be agreed after the end ({date})', da: 'Overdragelsesplanen kan ikke aftales efter afslutningen ({date}).' },
  'handover.in_future': { en: 'the handover plan cannot be dated in the future ({date})', da: 'Overdragelsesplanen kan ikke dateres i fremtiden ({date}).' },
  'plan.control_course': { en: 'a control-group course has no CTI plan', da: 'Et forløb i kontrolgruppen har ingen CTI-plan.' },
  'focus_area.before_course': {
    en: 'the focus area cannot be set before the course began ({date})',
    da: 'Fokusområdet kan ikke vælges, før forløbet begyndte ({date}).',
  },
  'focus_area.not_found': { en: 'no focus area {focusAreaId} on course {courseId}', da: 'Fokusområde {focusAreaId} findes ikke på forløb {courseId}.' },
  'contact.invalid': { en: '{problem}', da: 'Kontakten er ikke gyldig: {problem}' },
  'contact.not_found': { en: 'no contact {contactId} on course {courseId}', da: 'Kontakt {contactId} findes ikke på forløb {courseId}.' },
  'instrument.not_found': { en: "no instrument '{code}' in the registry ({choices})", da: "Instrumentet '{code}' findes ikke ({choices})." },
  'instrument.no_chart': { en: '{instrument} has no chart: its items are not outcomes of their own', da: '{instrument} har intet diagram: dets punkter er ikke selvstændige udfald.' },
  'reading.in_future': { en: 'a reading cannot be dated in the future ({date})', da: 'En måling kan ikke dateres i fremtiden ({date}).' },
  'reading.before_course': { en: 'the reading ({date}) is before the course began ({begins})', da: 'Målingen ({date}) ligger før forløbet begyndte ({begins}).' },
  'reading.invalid': { en: '{problems}', da: 'Målingen er ikke gyldig: {problems}' },
  'reading.not_found': { en: 'no {instrument} reading at {timepoint} for course {courseId}', da: 'Ingen {instrument}-måling ved {timepoint} for forløb {courseId}.' },
} as const satisfies Record<string, Message>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export const isErrorCode = (code: string): code is ErrorCode => Object.hasOwn(ERROR_MESSAGES, code);

/** The message of `code` in `language`, its `{name}` placeholders filled from `params` (a missing one stays as written). */
export function errorMessage(code: ErrorCode, params: ErrorParams, language: Language): string {
  const template: string = ERROR_MESSAGES[code][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
