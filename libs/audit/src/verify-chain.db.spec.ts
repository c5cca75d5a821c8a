import type { INestApplicationContext } from '@nestjs/common';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SYSTEM_SCOPE } from '@cti/domain';
import { DatabaseModule } from '@cti/persistence';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { AuditEventEntity } from './audit-event.entity';
import { AuditModule } from './audit.module';
import { AuditService } from './audit.service';
import { verifyAuditChain } from './verify-chain';

// Someone with the database's superuser rights changes the trail behind the application's back: verify names the row.
describe.each(testDatabases())('the audit hash chain ($name)', ({ url }) => {
  let ctx: INestApplicationContext;
  let db: DataSource;
  let superuser: Client;

  beforeAll(async () => {
    await resetDatabase(url);
    @Module({ imports: [DatabaseModule.forRoot([AuditEventEntity], { url }), AuditModule] })
    class TestAuditModule {}
    ctx = await NestFactory.createApplicationContext(TestAuditModule, { logger: ['error'] });
    db = ctx.get(DataSource);
    const audit = ctx.get(AuditService);
    await Promise.all(Array.from({ length: 12 }, (_, i) => audit.record(SYSTEM_SCOPE, { action: 'test.write', target: `row ${i}`, detail: { i, text: 'æøå' } })));
    superuser = new Client({ connectionString: url });
    await superuser.connect();
  });
  afterAll(async () => {
    await superuser?.end();
    await ctx?.close();
  });

  const behindTheBack = (sql: string) =>
    superuser.query(`BEGIN; ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update_delete; ${sql}; ALTER TABLE audit_event ENABLE TRIGGER audit_event_no_update_delete; COMMIT`);

  it('holds for rows written concurrently', async () => {
    expect(await verifyAuditChain(db)).toEqual({ intact: true, rows: 12, headHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('names a row whose content was changed', async () => {
    await behindTheBack(`UPDATE audit_event SET actor = 'someone else' WHERE seq = 5`);
    const verdict = await verifyAuditChain(db);
    expect(verdict).toMatchObject({ intact: false, firstBreak: { seq: 5, problem: expect.stringContaining('was changed') } });
    await behindTheBack(`UPDATE audit_event SET actor = 'system' WHERE seq = 5`);
    expect((await verifyAuditChain(db)).intact).toBe(true);
  });

  it('notices a forged hash, a removed row and rows cut from the end', async () => {
    await behindTheBack(`UPDATE audit_event SET detail = '{"i": 99}', hash = hash WHERE seq = 3`);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, firstBreak: { seq: 3 } });
    await behindTheBack(`DELETE FROM audit_event WHERE seq = 3`);
    expect(await verifyAuditChain(db)).toMatchObject({ intact: false, firstBreak: { seq: 3, problem: expect.stringContaining('missing') } });
  });
});
