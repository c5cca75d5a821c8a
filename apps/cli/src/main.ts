import 'reflect-metadata';
import { Command, CommanderError } from 'commander';
import { registerExportCommand } from './commands/export.command';
import { registerGenerateCommand } from './commands/generate.command';
import { registerImportCommand } from './commands/import.command';
import { registerReportCommand } from './commands/report.command';
import { registerDemoUsersCommand } from './commands/demo-users.command';
import { registerUserCommands } from './commands/user.command';
import { say } from './cli-context';

/** `cti-outcomes`: the command line of the platform. It finds its database as the server does (DATABASE_URL, else CTI_DATA_DIR). */
export async function runCli(argv: string[]): Promise<void> {
  const program = new Command('cti-outcomes')
    .description('CTI Outcomes: import, analyse and export Critical Time Intervention evaluation data')
    .exitOverride();
  registerImportCommand(program);
  registerExportCommand(program);
  registerGenerateCommand(program);
  registerReportCommand(program);
  registerUserCommands(program);
  registerDemoUsersCommand(program);
  try {
    await program.parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : 2;
      return;
    }
    // A user sees the message, never a stack trace; CTI_DEBUG=1 shows it.
    say(`error: ${(e as Error).message}`);
    if (process.env.CTI_DEBUG) say((e as Error).stack ?? '');
    process.exitCode = 1;
  }
}

if (require.main === module) void runCli(process.argv);
