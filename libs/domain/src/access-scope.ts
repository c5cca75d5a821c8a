// Who may see what. Built once per request from the authenticated user (libs/access), passed down to every
// service that reads data, and applied in the query itself — never only in a controller.
export const ROLES = ['admin', 'evaluator', 'agency', 'municipality'] as const;
export type Role = (typeof ROLES)[number];

export interface AccessScope {
  /** null for the system itself (start-up demo data, CLI run by the operator). */
  userId: number | null;
  /** The user name, for the audit trail. */
  actor: string;
  role: Role | 'system';
  /** Municipalities whose rows the caller may read and change: 'all', or a list (a municipality user: its own). */
  municipalityCodes: 'all' | number[];
  /** Evaluations the caller may read: 'all', or a list (an evaluator: those it is a member of). */
  evaluationSlugs: 'all' | string[];
  /**
   * Municipalities whose register (`register-<code>`, the courses run in the platform) the caller may read: the owning
   * municipality, evaluators who are members of that register's evaluation, admins. A register is readable by nobody
   * else, whatever `municipalityCodes` and `evaluationSlugs` say.
   */
  registerReads: 'all' | number[];
  /** Municipalities whose register the caller may change (citizens, courses, their records): a municipality its own. */
  registerWrites: 'all' | number[];
  /** May the caller see row-level personal data (pseudonymised rows)? The agency never does. */
  rowLevel: boolean;
  /** Must published figures withhold small cells (fewer than k citizens)? True for agency and municipality. */
  suppressSmallCells: boolean;
  /** Where the request came from (e.g. `api 127.0.0.1`, `cli host`), for the audit trail. */
  origin?: string;
}

/** The operator's own scope: CLI commands and start-up jobs, which run with the machine's authority. */
export const SYSTEM_SCOPE: AccessScope = {
  userId: null, actor: 'system', role: 'system', municipalityCodes: 'all', evaluationSlugs: 'all', registerReads: 'all', registerWrites: 'all',
  rowLevel: true, suppressSmallCells: false,
};

export function mayReadMunicipality(scope: AccessScope, code: number): boolean {
  return scope.municipalityCodes === 'all' || scope.municipalityCodes.includes(code);
}

const REGISTER_PREFIX = 'register-';
const REGISTER_SLUG = /^register-([0-9]{3})$/;

/** Each municipality's own courses form one evaluation: `register-<kommunekode>`. */
export function registerSlug(municipalityCode: number): string {
  return `${REGISTER_PREFIX}${municipalityCode}`;
}

/** Is the slug in the registers' name space (`register-…`)? Such evaluations are made by the course workflow only. */
export function isRegisterSlug(slug: string): boolean {
  return slug.startsWith(REGISTER_PREFIX);
}

/** The municipality whose register the slug names, or null (any other evaluation, or a `register-…` name of no register). */
export function registerMunicipality(slug: string): number | null {
  const match = REGISTER_SLUG.exec(slug);
  return match ? Number(match[1]) : null;
}

export function mayReadRegister(scope: AccessScope, municipalityCode: number): boolean {
  return scope.registerReads === 'all' || scope.registerReads.includes(municipalityCode);
}

export function mayWriteRegister(scope: AccessScope, municipalityCode: number): boolean {
  return scope.registerWrites === 'all' || scope.registerWrites.includes(municipalityCode);
}

/** A register is read by its own rule (registerReads); any other evaluation by `evaluationSlugs`. */
export function mayReadEvaluation(scope: AccessScope, slug: string): boolean {
  const code = registerMunicipality(slug);
  if (code !== null) return mayReadRegister(scope, code);
  return scope.evaluationSlugs === 'all' || scope.evaluationSlugs.includes(slug);
}

/** An evaluation's slug: lower-case letters, digits and hyphens, at most 63 (the database CHECK says the same). */
export const EVALUATION_SLUG = /^[a-z0-9][a-z0-9-]{0,62}$/;
