import { DomainError } from '@cti/domain';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { returningRows } from '../returning-rows';

export interface ApiTokenSummary {
  id: number;
  username: string;
  name: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  lastUsedAt: string | null;
  active: boolean;
}

/** API tokens carry this prefix, so the guard tells them from access tokens and secret scanners recognise them. */
export const API_TOKEN_PREFIX = 'cti_';

// A token has 256 random bits: a plain SHA-256 is enough to keep it unusable if the table leaks (no need for argon2).
const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Long-lived tokens for scripts and the CLI: shown once at creation, stored as a hash, revocable, optionally expiring. */
@Injectable()
export class ApiTokenService {
  constructor(private readonly dataSource: DataSource) {}

  async create(userId: number, name: string, expiresInDays?: number): Promise<{ id: number; token: string; expiresAt: string | null }> {
    const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
    const [row] = (await this.dataSource.query(
      `INSERT INTO api_token (user_id, name, token_hash, expires_at)
       VALUES ($1, $2, $3, CASE WHEN $4::int IS NULL THEN NULL ELSE now() + make_interval(days => $4::int) END)
       RETURNING id, expires_at`,
      [userId, name, digest(token), expiresInDays ?? null],
    )) as { id: number; expires_at: Date | null }[];
    return { id: row.id, token, expiresAt: row.expires_at?.toISOString() ?? null };
  }

  /** The user a valid API token belongs to; 401 when unknown, revoked or expired. */
  async userFor(token: string): Promise<number> {
    const list = returningRows<{ user_id: number }>(await this.dataSource.query(
      `UPDATE api_token SET last_used_at = now()
       WHERE token_hash = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now()) RETURNING user_id`,
      [digest(token)],
    ));
    if (list.length === 0) throw new DomainError('unauthenticated', 'auth.invalid_api_token');
    return list[0].user_id;
  }

  /** Every user's tokens (or one user's), newest first: who holds which, since and until when; never the token or its hash. */
  async list(username?: string): Promise<ApiTokenSummary[]> {
    const rows = (await this.dataSource.query(
      `SELECT t.id, u.username, t.name, t.created_at, t.expires_at, t.revoked_at, t.last_used_at
       FROM api_token t JOIN app_user u ON u.id = t.user_id
       WHERE $1::text IS NULL OR u.username = $1 ORDER BY t.id DESC`,
      [username ?? null],
    )) as { id: number; username: string; name: string; created_at: Date; expires_at: Date | null; revoked_at: Date | null; last_used_at: Date | null }[];
    const iso = (d: Date | null) => d?.toISOString() ?? null;
    return rows.map((r) => ({
      id: r.id, username: r.username, name: r.name, createdAt: r.created_at.toISOString(), expiresAt: iso(r.expires_at), revokedAt: iso(r.revoked_at), lastUsedAt: iso(r.last_used_at),
      active: r.revoked_at === null && (r.expires_at === null || r.expires_at > new Date()),
    }));
  }

  /** Revokes any user's token (the admin's route); the owner, or null when there is no active token with this id. */
  async revokeAny(id: number): Promise<string | null> {
    const rows = returningRows<{ username: string }>(await this.dataSource.query(
      `UPDATE api_token t SET revoked_at = now() FROM app_user u WHERE t.id = $1 AND u.id = t.user_id AND t.revoked_at IS NULL RETURNING u.username`,
      [id],
    ));
    return rows[0]?.username ?? null;
  }

  async revoke(userId: number, id: number): Promise<boolean> {
    const sql = 'UPDATE api_token SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id';
    return returningRows(await this.dataSource.query(sql, [id, userId])).length > 0;
  }
}
