import type { Command } from 'commander';
import { DataSource } from 'typeorm';
import { AuditService, verifyAuditChain } from '@cti/audit';
import { out, say, withCliContext } from '../cli-context';
import { operatorScope } from '../operator-scope';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit trail');
  audit
    .command('verify')
    .description("check the audit trail's hash chain: every row, its link to the row before, and the chain's end")
    .action(async () => {
      const verdict = await withCliContext(async (ctx) => {
        const result = await verifyAuditChain(ctx.get(DataSource));
        await ctx.get(AuditService).record(operatorScope(), { action: 'audit.verify', outcome: result.intact ? 'ok' : 'failed', detail: { rows: result.rows } });
        return result;
      });
      if (verdict.intact) {
        out(`audit trail intact: ${verdict.rows} rows; chain head ${verdict.headHash}`);
        return;
      }
      const at = verdict.firstBreak;
      say(`audit trail BROKEN at row ${at.seq}${at.id !== null ? ` (id ${at.id}, ${at.at})` : ''}: ${at.problem}; ${verdict.rows} rows before it hold`);
      process.exitCode = 1;
    });
}
