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

// Audit rows are group-committed: many callers, few INSERTs, but every caller's own row, in order, and none lost.
describe.each(testDatabases())('group-committed audit rows ($name)', ({ url }) => {
  let ctx: INestApplicationContext;

  const open = async () => {
    @Module({ imports: [DatabaseModule.forRoot([AuditEventEntity], { url }), AuditModule] })
    class TestAuditModule {}
    return NestFactory.createApplicationContext(TestAuditModule, { logger: ['error'] });
  };

  beforeAll(async () => {
    await resetDatabase(url);
    ctx = await open();
  });
  afterAll(async () => ctx?.close());

  it('writes each caller its row in the order recorded; a bad row fails only its own caller', async () => {
    const audit = ctx.get(AuditService);
    const outcomes = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) => audit.record(SYSTEM_SCOPE, { action: i === 17 ? 'Not An Action' : 'test.batch', target: `row ${i}` })),
    );
    expect(outcomes.map((o) => o.status)).toEqual(Array.from({ length: 40 }, (_, i) => (i === 17 ? 'rejected' : 'fulfilled')));
    const rows = (await ctx.get(DataSource).query(`SELECT target FROM audit_event WHERE action = 'test.batch' ORDER BY seq`)) as { target: string }[];
    expect(rows.map((r) => r.target)).toEqual(Array.from({ length: 40 }, (_, i) => i).filter((i) => i !== 17).map((i) => `row ${i}`));
    expect((await verifyAuditChain(ctx.get(DataSource))).intact).toBe(true);
  });

  it('writes rows recorded just before shutdown', async () => {
    const other = await open();
    void other.get(AuditService).record(SYSTEM_SCOPE, { action: 'test.shutdown', target: 'last words' });
    await other.close();
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'test.shutdown'`)).rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
  });
});
