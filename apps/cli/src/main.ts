import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerAuditCommands } from './commands/audit.command';
import { registerDbCommands } from './commands/db.command';
import { registerExportCommand } from './commands/export.command';
import { registerGenerateCommand } from './commands/generate.command';
import { registerImportCommand } from './commands/import.command';
import { registerReportCommand } from './commands/report.command';
import { registerSettingsCommand } from './commands/settings.command';
import { registerDemoUsersCommand } from './commands/demo-users.command';
import { registerUserCommands } from './commands/user.command';
import { appConfig, configureFromEnvironment } from '@cti/config';
import { say } from './cli-context';
import { errorLine } from './error-output';

/** `cti-outcomes`: the command line of the platform. It finds its database as the server does (DATABASE_URL, else CTI_DATA_DIR). */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command('cti-outcomes')
    .description('CTI Outcomes: import, analyse and export Critical Time Intervention evaluation data')
    .exitOverride();
  registerImportCommand(program);
  registerExportCommand(program);
  registerGenerateCommand(program);
  registerReportCommand(program);
  registerSettingsCommand(program);
  registerUserCommands(program);
  registerDemoUsersCommand(program);
  registerAuditCommands(program);
  registerDbCommands(program);
  try {
    configureFromEnvironment(); // read once per run; a bad setting is said before any command runs
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    // A user sees the message (by its code, in the shell's language), never a stack trace; CTI_DEBUG=true shows it.
    say(errorLine(e));
    if (debugging()) say((e as Error).stack ?? '');
    process.exitCode = 1;
  }
}

function debugging(): boolean {
  try {
    return appConfig().CTI_DEBUG;
  } catch {
    return false;
  }
}

if (require.main === module) void runCli(process.argv);
