import type { Command } from 'commander';
import { AnalysisSettingsService, type EvaluationAnalysisSettings } from '@cti/cohorts';
import { out, say, withCliContext } from '../cli-context';
import { operatorScope } from '../operator-scope';

interface SettingsFlags {
  evaluation: string;
  primary?: string;
  timepoint?: string;
  secondary?: string;
  json?: boolean;
}

/** `a,b` → ['a', 'b']; an empty value (`--secondary ''`) or `none` is no key secondary outcome at all. */
const outcomeList = (value: string): string[] => (value.trim() === 'none' ? [] : value.split(',').map((v) => v.trim()).filter((v) => v !== ''));

function describe(settings: EvaluationAnalysisSettings): string {
  const { primary, keySecondary } = settings.hierarchy;
  return [
    `evaluation ${settings.evaluation}${settings.stored ? '' : ' (defaults: nothing stored)'}`,
    `primary outcome: ${primary.outcome} at ${primary.timepoint}`,
    `key secondary outcomes: ${keySecondary.length ? keySecondary.join(', ') : 'none'}`,
  ].join('\n');
}

export function registerSettingsCommand(program: Command): void {
  program
    .command('settings')
    .description("show an evaluation's analysis settings (its outcome hierarchy), or change them with --primary, --timepoint, --secondary")
    .option('-e, --evaluation <slug>', 'evaluation whose settings to show or change', 'default')
    .option('--primary <outcome>', 'primary outcome: a score outcome of the registry, e.g. wemwbs_total')
    .option('--timepoint <timepoint>', 'timepoint of the primary and key secondary outcomes (m9 or m18)')
    .option('--secondary <outcomes>', "key secondary outcomes, comma-separated (e.g. sds_total,rs_mean; 'none' for none)")
    .option('--json', 'print the settings as JSON')
    .action(async (flags: SettingsFlags) => {
      const changing = flags.primary !== undefined || flags.timepoint !== undefined || flags.secondary !== undefined;
      const settings = await withCliContext(async (ctx) => {
        const service = ctx.get(AnalysisSettingsService);
        const current = await service.get(operatorScope(), flags.evaluation);
        if (!changing) return current;
        // what is not given stays as it is
        const { primary, keySecondary } = current.hierarchy;
        return service.set(operatorScope(), flags.evaluation, {
          primary: { outcome: flags.primary ?? primary.outcome, timepoint: flags.timepoint ?? primary.timepoint },
          keySecondary: flags.secondary !== undefined ? outcomeList(flags.secondary) : keySecondary,
        });
      });
      if (changing) say(`stored the analysis settings of ${settings.evaluation}; its reports follow them`);
      out(flags.json ? JSON.stringify(settings, null, 2) : describe(settings));
    });
}
