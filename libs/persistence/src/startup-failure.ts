import { ConsoleLogger } from '@nestjs/common';
import { ConfigError } from '@cti/config';

const CONNECTION_CODES: Record<string, string> = {
  ECONNREFUSED: 'refused the connection',
  ENOTFOUND: 'host not found',
  ETIMEDOUT: 'timed out',
  EAI_AGAIN: 'host name could not be resolved',
  '28P01': 'password authentication failed',
  28000: 'the role may not connect',
  '3D000': 'the database does not exist',
};

/** Why the server or the CLI could not start, in one line: the setting at fault, or the database it could not reach. */
export function startupFailure(e: unknown): string {
  if (e instanceof ConfigError) return e.message;
  const error = e as { code?: string; message?: string; errors?: { code?: string }[] };
  const code = error.code ?? error.errors?.[0]?.code;
  if (code && CONNECTION_CODES[code]) return `cannot reach the database (${CONNECTION_CODES[code]}); check DATABASE_URL`;
  return (error.message ?? String(e)).split('\n')[0];
}

/** Nest's own report of a failed start-up is a stack trace; main says the one line instead. */
export class StartupLogger extends ConsoleLogger {
  override error(message: unknown, ...rest: unknown[]): void {
    if (rest.at(-1) === 'ExceptionHandler') return;
    super.error(message, ...rest);
  }
}
