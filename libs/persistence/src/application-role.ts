import { escapeIdentifier, escapeLiteral } from 'pg';
import type { DataSource } from 'typeorm';

/**
 * What the application's own database role may do, granted by the schema's owner after the migrations: read and write
 * the application's tables, but only append to the audit trail, and own nothing — so it can neither disable the
 * audit triggers, nor switch replication mode to skip them, nor change the schema.
 */
export async function grantApplicationRole(owner: DataSource, role: string): Promise<void> {
  const who = escapeIdentifier(role);
  await owner.query(`
    GRANT USAGE ON SCHEMA public TO ${who};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${who};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${who};
    REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM ${who};
    REVOKE ALL ON audit_chain_head FROM ${who};
    GRANT SELECT ON audit_chain_head TO ${who};
    REVOKE INSERT, UPDATE, DELETE ON migrations FROM ${who};
  `);
}

/** The role name in a connection URL (the user part). */
export function roleOf(url: string): string {
  const user = decodeURIComponent(new URL(url).username);
  if (!user) throw new Error('CTI_APP_DATABASE_URL names no user: the application role must be given as postgres://<role>:<password>@…');
  return user;
}

/** Creates the application role when it does not exist yet, with the password its URL gives (a deployment's first run). */
export async function ensureApplicationRole(owner: DataSource, appUrl: string): Promise<void> {
  const role = roleOf(appUrl);
  const [{ exists }] = (await owner.query('SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = $1) AS exists', [role])) as { exists: boolean }[];
  if (exists) return;
  const password = decodeURIComponent(new URL(appUrl).password);
  await owner.query(`CREATE ROLE ${escapeIdentifier(role)} LOGIN${password ? ` PASSWORD ${escapeLiteral(password)}` : ''}`);
}
