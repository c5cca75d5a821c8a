import { cleanEnv } from 'envalid';
import { SETTINGS } from './settings';

export type AppConfig = Readonly<ReturnType<typeof cleanEnv<typeof SETTINGS>>>;

/** A setting that does not validate: every problem at once, one line each, naming the variable and what it accepts. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`configuration: ${problems.join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Validates the environment against SETTINGS; throws ConfigError, never exits the process itself. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  return cleanEnv(env, SETTINGS, {
    reporter: ({ errors }) => {
      const problems = Object.entries(errors).map(([name, error]) => {
        const accepted = (error as Error).message.replace(/^Invalid (value|url) for env var "\w+"$/, 'a valid value');
        return `${name}=${JSON.stringify(env[name] ?? '')} is not accepted (expected ${accepted})`;
      });
      if (problems.length > 0) throw new ConfigError(problems);
    },
  });
}

let current: AppConfig | undefined;

/** The process's configuration: the one its entry point read at start-up (else read on first use), the same everywhere. */
export function appConfig(): AppConfig {
  current ??= loadConfig(process.env);
  return current;
}

/** Reads and validates the environment as the configuration from now on: an entry point's first step (server, CLI run). */
export function configureFromEnvironment(env: NodeJS.ProcessEnv = process.env): AppConfig {
  current = loadConfig(env);
  return current;
}
