import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ROLES, type Role, DomainError } from '@cti/domain';
import { returningRows } from '../returning-rows';
import { hashPassword, verifyPassword } from './password';
import type { ScopeUser } from '../scope/scope-for-user';

export interface NewUser {
  username: string;
  role: Role;
  municipalityCode?: number | null;
  password: string;
}

export interface UserSummary {
  id: number;
  username: string;
  role: Role;
  municipalityCode: number | null;
  disabled: boolean;
  evaluations: string[];
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,62}$/;

const SELECT_USERS = `
  SELECT u.id, u.username, u.role, u.municipality_code AS "municipalityCode", u.disabled,
         coalesce(array_agg(e.slug ORDER BY e.slug) FILTER (WHERE e.slug IS NOT NULL), '{}') AS evaluations
  FROM app_user u LEFT JOIN evaluation_member m ON m.user_id = u.id LEFT JOIN evaluation e ON e.id = m.evaluation_id`;

/** Local accounts: creation with an argon2id hash, password checks, and the memberships that shape a user's scope. */
@Injectable()
export class UsersService {
  constructor(private readonly dataSource: DataSource) {}

  async create(user: NewUser): Promise<UserSummary> {
    if (!USERNAME_PATTERN.test(user.username)) throw new DomainError('invalid', 'user.invalid_name');
    if (!ROLES.includes(user.role)) throw new DomainError('invalid', 'user.invalid_role', { choices: ROLES.join(', ') });
    const municipality = user.role === 'municipality' ? (user.municipalityCode ?? null) : null;
    if (user.role === 'municipality' && municipality === null) throw new DomainError('invalid', 'user.municipality_required');
    if (municipality !== null && !(await this.municipalityExists(municipality))) throw new DomainError('not_found', 'municipality.not_found', { municipality });
    const passwordHash = await hashPassword(user.password, [user.username]);
    const rows = (await this.dataSource.query(
      `INSERT INTO app_user (username, role, municipality_code, password_hash) VALUES ($1, $2, $3, $4) ON CONFLICT (username) DO NOTHING RETURNING id`,
      [user.username, user.role, municipality, passwordHash],
    )) as { id: number }[];
    if (rows.length === 0) throw new DomainError('conflict', 'user.exists', { username: user.username });
    return (await this.find(user.username))!;
  }

  async list(): Promise<UserSummary[]> {
    return (await this.dataSource.query(`${SELECT_USERS} GROUP BY u.id ORDER BY u.username`)) as UserSummary[];
  }

  async find(username: string): Promise<UserSummary | null> {
    const rows = (await this.dataSource.query(`${SELECT_USERS} WHERE u.username = $1 GROUP BY u.id`, [username])) as UserSummary[];
    return rows[0] ?? null;
  }

  /** The active user with this id, as the scope needs it; null when unknown or disabled. */
  async activeById(id: number): Promise<ScopeUser | null> {
    const rows = (await this.dataSource.query(`${SELECT_USERS} WHERE u.id = $1 AND NOT u.disabled GROUP BY u.id`, [id])) as UserSummary[];
    return rows[0] ?? null;
  }

  /** The user when name and password match an active local account; otherwise null (same work either way). */
  async authenticate(username: string, password: string): Promise<UserSummary | null> {
    const rows = (await this.dataSource.query('SELECT id, password_hash, disabled FROM app_user WHERE username = $1', [username])) as {
      id: number; password_hash: string | null; disabled: boolean;
    }[];
    const ok = await verifyPassword(rows[0]?.password_hash, password);
    if (!ok || rows[0].disabled) return null;
    return this.find(username);
  }

  async setPassword(username: string, password: string): Promise<void> {
    const result = await this.dataSource.query('UPDATE app_user SET password_hash = $2 WHERE username = $1 RETURNING id', [username, await hashPassword(password, [username])]);
    if (returningRows(result).length === 0) throw new DomainError('not_found', 'user.not_found', { username });
  }

  async setDisabled(username: string, disabled: boolean): Promise<UserSummary> {
    await this.dataSource.query('UPDATE app_user SET disabled = $2 WHERE username = $1', [username, disabled]);
    return this.require(username);
  }

  /**
   * A new role (and the municipality that goes with the municipality role, and only with it). Memberships belong to the
   * evaluator role and are dropped when a user leaves it; the last active admin keeps the role, so administration is never locked.
   */
  async setRole(username: string, role: Role, municipalityCode?: number | null): Promise<UserSummary> {
    if (!ROLES.includes(role)) throw new DomainError('invalid', 'user.invalid_role', { choices: ROLES.join(', ') });
    const municipality = role === 'municipality' ? (municipalityCode ?? null) : null;
    if (role === 'municipality' && municipality === null) throw new DomainError('invalid', 'user.municipality_required');
    if (role !== 'municipality' && municipalityCode != null) throw new DomainError('invalid', 'user.municipality_only_for_municipality');
    if (municipality !== null && !(await this.municipalityExists(municipality))) throw new DomainError('not_found', 'municipality.not_found', { municipality });
    const user = await this.require(username);
    await this.dataSource.transaction(async (em) => {
      // the admin rows are locked so two demotions at once cannot both pass the check
      const admins = (await em.query(`SELECT username FROM app_user WHERE role = 'admin' AND NOT disabled FOR UPDATE`)) as { username: string }[];
      if (user.role === 'admin' && role !== 'admin' && admins.every((a) => a.username === username)) {
        throw new DomainError('conflict', 'user.last_admin', { username });
      }
      await em.query('UPDATE app_user SET role = $2, municipality_code = $3 WHERE username = $1', [username, role, municipality]);
      if (role !== 'evaluator') await em.query('DELETE FROM evaluation_member m USING app_user u WHERE m.user_id = u.id AND u.username = $1', [username]);
    });
    return this.require(username);
  }

  async require(username: string): Promise<UserSummary> {
    const user = await this.find(username);
    if (!user) throw new DomainError('not_found', 'user.not_found', { username });
    return user;
  }

  private async municipalityExists(code: number): Promise<boolean> {
    return ((await this.dataSource.query('SELECT 1 FROM municipality WHERE code = $1', [code])) as unknown[]).length > 0;
  }
}
