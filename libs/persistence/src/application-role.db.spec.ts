import { Client } from 'pg';
import { openDataSource } from './data-source';
import { grantApplicationRole } from './application-role';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';

// On a PostgreSQL server the application works as a role that owns nothing: the ways a superuser-connected app could
// rewrite the audit trail are all refused to it. (The embedded database is one superuser session; see README.)
const server = testDatabases().find((d) => d.name === 'postgres');
const ROLE = `cti_app_test_${process.pid}`;

(server ? describe : describe.skip)('the application role on PostgreSQL', () => {
  let app: Client;
  let admin: Client;

  beforeAll(async () => {
    const url = server!.url;
    await resetDatabase(url);
    admin = new Client({ connectionString: url });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${ROLE}`).catch(() => undefined);
    await admin.query(`CREATE ROLE ${ROLE} LOGIN`);
    const owner = await openDataSource({ url, entities: [] });
    await grantApplicationRole(owner, ROLE);
    await owner.destroy();
    const asApp = new URL(url);
    asApp.username = ROLE;
    app = new Client({ connectionString: asApp.toString() });
    await app.connect();
  });
  afterAll(async () => {
    await app?.end();
    await admin?.query(`DROP OWNED BY ${ROLE}`).catch(() => undefined);
    await admin?.query(`DROP ROLE IF EXISTS ${ROLE}`).catch(() => undefined);
    await admin?.end();
  });

  const refusal = (sql: string) => app.query(sql).then(() => 'accepted', (e: { code?: string }) => e.code);

  it('appends to the audit trail, chained', async () => {
    await app.query(`INSERT INTO audit_event (actor, role, action, outcome) VALUES ('app', 'system', 'test.append', 'ok')`);
    const [row] = (await app.query(`SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1`)).rows;
    expect(row.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('cannot disable the audit triggers, skip them by replication mode, or change or remove audit rows', async () => {
    expect(await refusal('ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete')).toBe('42501');
    expect(await refusal('ALTER TABLE audit_event DISABLE TRIGGER ALL')).toBe('42501');
    expect(await refusal('SET session_replication_role = replica')).toBe('42501');
    expect(await refusal(`UPDATE audit_event SET actor = 'x'`)).toBe('42501');
    expect(await refusal('DELETE FROM audit_event')).toBe('42501');
    expect(await refusal('TRUNCATE audit_event')).toBe('42501');
    expect(await refusal('UPDATE audit_chain_head SET seq = 0')).toBe('42501');
    expect(await refusal('DROP TABLE audit_event')).toBe('42501');
  });

  it('reads and writes the application tables', async () => {
    expect(await refusal(`INSERT INTO evaluation (slug, name) VALUES ('role-test', 'Role test')`)).toBe('accepted');
    expect((await app.query(`SELECT count(*)::int AS n FROM evaluation WHERE slug = 'role-test'`)).rows[0].n).toBe(1);
  });
});
