import type { Command } from 'commander';
import { writeFileSync } from 'node:fs';
import type { ReportOptions } from '@cti/analytics';
import { ChartService, renderReportText, ReportService } from '@cti/reporting';
import { out, say, withCliContext } from '../cli-context';
import { operatorScope } from '../operator-scope';
import { calendarDate, discountRate, municipalityCode, oneOf, targetGroup, wholeNumber } from './report-options';
import { writeCharts } from './write-charts';

interface ReportFlags {
  evaluation: string;
  json?: boolean;
  out?: string;
  charts?: string;
  municipality?: number;
  targetGroup?: string;
  startFrom?: string;
  startTo?: string;
  baselineRule: 'first' | 'lower_of_first_two';
  ceOutcome?: string;
  ceTimepoint?: 'm9' | 'm18';
  ceHorizon?: number;
  bootstrap?: number;
  seed?: number;
  discountRate?: number;
  priceYear?: number;
}

export function registerReportCommand(program: Command): void {
  program
    .command('report')
    .description('the full analysis of an evaluation: descriptives, change, CTI versus control, Recovery Star, costs, cost-effectiveness, fidelity')
    .option('-e, --evaluation <slug>', 'evaluation to analyse', 'default')
    .option('--json', 'print the report as JSON (the fields of reference.json, plus metadata and extras)')
    .option('-o, --out <file>', 'write the report to a file instead of stdout')
    .option('--charts <dir>', 'also write every chart of the report into this folder, as .svg and Vega-Lite .vl.json')
    .option('-m, --municipality <code>', 'only courses of this municipality', municipalityCode)
    .option('-t, --target-group <group>', 'only courses of this target group', targetGroup)
    .option('--start-from <date>', 'only courses whose phase 1 started on or after this date', calendarDate)
    .option('--start-to <date>', 'only courses whose phase 1 started on or before this date', calendarDate)
    .option('--baseline-rule <rule>', 'Recovery Star baseline: first reading, or the lower of the first two', oneOf(['first', 'lower_of_first_two'] as const), 'first')
    .option('--ce-outcome <outcome>', 'effect measure of the cost-effectiveness analysis (default wemwbs_total)')
    .option('--ce-timepoint <timepoint>', 'timepoint of the effect (m9 or m18)', oneOf(['m9', 'm18'] as const))
    .option('--ce-horizon <months>', 'cost horizon in months (9 or 21)', (v: string) => oneOf(['9', '21'] as const)(v) && Number(v))
    .option('--bootstrap <iterations>', 'bootstrap replicates for the cost-effectiveness plane (0 to skip)', wholeNumber(0, 100_000))
    .option('--seed <seed>', 'seed of the bootstrap (same seed, same result)', wholeNumber(0, 2 ** 31 - 1))
    .option('--discount-rate <rate>', 'annual discount rate of costs beyond month 12 (default 0.035; 0 = undiscounted)', discountRate)
    .option('--price-year <year>', 'the year whose prices the unit costs are in', wholeNumber(1990, 2100))
    .action(async (flags: ReportFlags) => {
      const options: ReportOptions = {
        municipalityCode: flags.municipality,
        targetGroup: flags.targetGroup,
        startFrom: flags.startFrom,
        startTo: flags.startTo,
        baselineRule: flags.baselineRule,
        costEffectiveness: {
          outcome: flags.ceOutcome, timepoint: flags.ceTimepoint, horizonMonths: flags.ceHorizon as 9 | 21 | undefined,
          bootstrapIterations: flags.bootstrap, seed: flags.seed,
        },
        economics: { discountRate: flags.discountRate, priceYear: flags.priceYear },
      };
      const report = await withCliContext(async (ctx) => {
        const full = await ctx.get(ReportService).fullReport(operatorScope(), flags.evaluation, options);
        if (flags.charts) say(`${(await writeCharts(ctx.get(ChartService), full, flags.charts)).length} chart files written to ${flags.charts}`);
        return full;
      });
      const text = flags.json ? `${JSON.stringify(report, null, 2)}\n` : renderReportText(report);
      if (flags.out) {
        writeFileSync(flags.out, text);
        say(`report on ${report.metadata.snapshot.id} written to ${flags.out}`);
      } else out(text);
    });
}
