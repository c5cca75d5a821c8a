import type { Command } from 'commander';
import { COUNTED_TABLES, CohortImportService, type ImportResult } from '@cti/cohorts';
import { out, say, withCliContext } from '../cli-context';
import { operatorScope } from '../operator-scope';

function printHuman(r: ImportResult): void {
  if (r.outcome === 'rejected') {
    for (const e of r.errors) say(e);
    say(`rejected: ${r.errors.length}${r.errorsTruncated ? '+' : ''} problem(s); nothing was written`);
    return;
  }
  const verb = r.dryRun ? 'dry run, nothing written' : r.outcome;
  say(`${verb}: evaluation '${r.evaluation}'${r.batchId ? `, batch ${r.batchId}` : ''}`);
  say(`${'table'.padEnd(20)}${['in bundle', 'inserted', 'updated', 'deleted', 'unchanged'].map((h) => h.padStart(11)).join('')}`);
  for (const t of COUNTED_TABLES) {
    const c = r.counts[t];
    say(`${t.padEnd(20)}${[c.inBundle, c.inserted, c.updated, c.deleted, c.unchanged].map((n) => String(n).padStart(11)).join('')}`);
  }
  if (r.changes.length > 0) say(`${r.changes.length} changed value(s) recorded`);
  for (const w of r.warnings ?? []) say(`warning: ${w}`);
  if (r.coursesNotInBundle.length > 0) say(`note: ${r.coursesNotInBundle.length} stored course(s) are not in this bundle; they were kept`);
}

export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import a cohort bundle (a folder of CSV files, a .zip of them, or an .xlsx workbook)')
    .argument('<bundle>', 'folder, .zip or .xlsx')
    .option('-e, --evaluation <slug>', 'evaluation (dataset) to import into', 'default')
    .option('--dry-run', 'validate and count what would change; write nothing')
    .option('--json', 'print a machine-readable summary on stdout')
    .action(async (bundle: string, opts: { evaluation: string; dryRun?: boolean; json?: boolean }) => {
      const scope = operatorScope();
      const result = await withCliContext((ctx) =>
        ctx.get(CohortImportService).import({ kind: 'path', path: bundle }, { evaluation: opts.evaluation, dryRun: opts.dryRun, actor: scope.actor, scope }),
      );
      if (opts.json) out(JSON.stringify(result, null, 2));
      else printHuman(result);
      if (result.outcome === 'rejected') process.exitCode = 1;
    });
}
