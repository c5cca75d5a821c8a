import { DomainError } from '@cti/domain';
import { Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { returningRows } from '../returning-rows';

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

  async revoke(userId: number, id: number): Promise<boolean> {
    const sql = 'UPDATE api_token SET revoked_at = now() WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL RETURNING id';
    return returningRows(await this.dataSource.query(sql, [id, userId])).length > 0;
  }
}
