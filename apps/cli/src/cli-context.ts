import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { StartupLogger } from '@cti/persistence';
import { CliModule } from './cli.module';

/** Runs `fn` inside a Nest application context (database open, registry seeded), closing it afterwards. */
export async function withCliContext<T>(fn: (ctx: INestApplicationContext) => Promise<T>): Promise<T> {
  const ctx = await NestFactory.createApplicationContext(CliModule, { logger: new StartupLogger({ logLevels: ['error'] }), abortOnError: false });
  try {
    return await fn(ctx);
  } finally {
    await ctx.close();
  }
}

/** Where a command's output goes: stdout for data, stderr for messages, so `--json` output can be piped. */
export const out = (text: string): void => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
export const say = (text: string): void => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`);
