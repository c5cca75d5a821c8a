import { registerMunicipality, type AccessScope, type Role } from '@cti/domain';

export interface ScopeUser {
  id: number;
  username: string;
  role: Role;
  municipalityCode: number | null;
  /** Evaluations the user is a member of (evaluators). */
  evaluations: string[];
}

/**
 * What each role may see. Evaluators: row-level data of their evaluations; the agency: every evaluation,
 * aggregates only; a municipality: its own courses, and aggregates of its own and the national data; an admin:
 * registers (read only), users, memberships and the audit log, no imported cohort. A register (`register-<code>`) is read
 * only by its municipality, member evaluators and admins.
 */
export function scopeForUser(user: ScopeUser, origin?: string): AccessScope {
  const base = { userId: user.id, actor: user.username, role: user.role, origin };
  switch (user.role) {
    case 'evaluator': {
      // an evaluator reads the registers whose evaluations it is a member of, and changes none
      const registers = user.evaluations.map(registerMunicipality).filter((code) => code !== null);
      return { ...base, municipalityCodes: 'all', evaluationSlugs: [...user.evaluations], registerReads: registers, registerWrites: [], rowLevel: true, suppressSmallCells: false };
    }
    case 'agency':
      return { ...base, municipalityCodes: 'all', evaluationSlugs: 'all', registerReads: [], registerWrites: [], rowLevel: false, suppressSmallCells: true };
    case 'municipality':
      if (user.municipalityCode === null) throw new Error(`municipality user ${user.username} has no municipality`);
      return {
        ...base, municipalityCodes: [user.municipalityCode], evaluationSlugs: 'all', registerReads: [user.municipalityCode], registerWrites: [user.municipalityCode],
        rowLevel: true, suppressSmallCells: true,
      };
    case 'admin':
      // registers (read only), users, memberships and the audit log; no imported cohort
      return { ...base, municipalityCodes: [], evaluationSlugs: [], registerReads: 'all', registerWrites: [], rowLevel: false, suppressSmallCells: true };
  }
}

/** A scope that sees nothing: it names an actor for the audit trail (a login attempt, before any scope exists). */
export function actorOnlyScope(actor: { id: number | null; username: string; role: Role | 'system' }, origin?: string): AccessScope {
  return { userId: actor.id, actor: actor.username, role: actor.role, municipalityCodes: [], evaluationSlugs: [], registerReads: [], registerWrites: [], rowLevel: false, suppressSmallCells: true, origin };
}
