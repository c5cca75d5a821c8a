import type { Command } from 'commander';
import { CohortExportService } from '@cti/cohorts';
import { say, withCliContext } from '../cli-context';

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write an evaluation back out as a cohort bundle (CSV files)')
    .argument('<folder>', 'folder to write into (created if missing)')
    .option('-e, --evaluation <slug>', 'evaluation to export', 'default')
    .action(async (folder: string, opts: { evaluation: string }) => {
      const files = await withCliContext((ctx) => ctx.get(CohortExportService).exportTo(folder, opts.evaluation));
      say(`wrote ${files.join(', ')} to ${folder}`);
    });
}
