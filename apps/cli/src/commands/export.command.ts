import type { Command } from 'commander';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFile } from '@cti/analytics';
import { CohortExportService } from '@cti/cohorts';
import { ReportService } from '@cti/reporting';
import { say, withCliContext } from '../cli-context';
import { operatorScope } from '../operator-scope';
import { discountRate, municipalityCode, oneOf, targetGroup } from './report-options';

interface ExportFlags {
  evaluation: string;
  wide?: boolean;
  municipality?: number;
  targetGroup?: string;
  baselineRule?: 'first' | 'lower_of_first_two';
  discountRate?: number;
}

export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('write an evaluation back out as a cohort bundle (CSV files), or with --wide as the analysis dataset')
    .argument('<folder>', 'folder to write into (created if missing)')
    .option('-e, --evaluation <slug>', 'evaluation to export', 'default')
    .option('--wide', 'the wide analysis dataset instead: one row per course (CSV, Parquet, xlsx) and its codebook')
    .option('-m, --municipality <code>', '--wide: only courses of this municipality', municipalityCode)
    .option('-t, --target-group <group>', '--wide: only courses of this target group', targetGroup)
    .option('--baseline-rule <rule>', '--wide: Recovery Star baseline of the change columns', oneOf(['first', 'lower_of_first_two'] as const))
    .option('--discount-rate <rate>', '--wide: annual discount rate of costs beyond month 12 (default 0.035)', discountRate)
    .action(async (folder: string, opts: ExportFlags) => {
      if (!opts.wide) {
        const files = await withCliContext((ctx) => ctx.get(CohortExportService).exportTo(folder, opts.evaluation));
        say(`wrote ${files.join(', ')} to ${folder}`);
        return;
      }
      const options = { municipalityCode: opts.municipality, targetGroup: opts.targetGroup, baselineRule: opts.baselineRule, economics: { discountRate: opts.discountRate } };
      const dataset = await withCliContext((ctx) => ctx.get(ReportService).analysisDataset(operatorScope(), opts.evaluation, options, 'files'));
      mkdirSync(folder, { recursive: true });
      const base = `${opts.evaluation}-analysis`;
      const files: [string, Buffer][] = [
        [`${base}-data.csv`, await datasetFile(dataset, 'csv')],
        [`${base}-codebook.csv`, await datasetFile(dataset, 'csv', 'codebook')],
        [`${base}-data.parquet`, await datasetFile(dataset, 'parquet')],
        [`${base}-codebook.parquet`, await datasetFile(dataset, 'parquet', 'codebook')],
        [`${base}.xlsx`, await datasetFile(dataset, 'xlsx')],
      ];
      for (const [name, bytes] of files) writeFileSync(join(folder, name), bytes);
      say(`wrote ${dataset.rows.length} courses × ${dataset.codebook.length} columns as ${files.map(([n]) => n).join(', ')} to ${folder}`);
    });
}
