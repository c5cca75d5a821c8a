import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { configureFromEnvironment } from '@cti/config';
import { StartupLogger, startupFailure } from '@cti/persistence';

async function bootstrap(): Promise<void> {
  const config = configureFromEnvironment(); // first: a bad setting stops the server here, before anything starts
  const { createApp } = await import('./app.factory.js');
  const app = await createApp({}, undefined, { abortOnError: false, logger: new StartupLogger() });
  await app.listen(config.PORT, config.HOST);
  new Logger('CTI Outcomes').log(`listening on http://${config.HOST}:${config.PORT}/ (web pages at /, API at /api, docs at /api/docs)`);
}

bootstrap().catch((e: unknown) => {
  // One line a person can act on (a setting, an unreachable database), never a stack trace.
  process.stderr.write(`cti-outcomes: ${startupFailure(e)}\n`);
  process.exit(1);
});
