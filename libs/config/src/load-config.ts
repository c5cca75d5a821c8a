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
  // An empty variable (`DATABASE_URL=`) means "not set", as shells and compose files use it.
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  return cleanEnv(given, SETTINGS, {
    reporter: ({ errors }) => {
      const problems = Object.entries(errors).map(([name, error]) => {
        const accepted = expectation((error as Error).message);
        return `${name}=${JSON.stringify(env[name] ?? '')} is not accepted (expected ${accepted})`;
      });
      if (problems.length > 0) throw new ConfigError(problems);
    },
  });
}

// envalid's own words for its validators, said as what the variable accepts
function expectation(message: string): string {
  if (/^Invalid url/.test(message)) return 'a URL such as postgres://user:password@host:5432/database';
  if (/^Invalid bool/.test(message)) return 'true or false';
  if (/^Invalid (value|input)/.test(message)) return 'a valid value';
  return message;
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
