import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory';

async function bootstrap(): Promise<void> {
  const app = await createApp();
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '127.0.0.1');
  new Logger('CTI Outcomes').log(`listening on http://${process.env.HOST ?? '127.0.0.1'}:${port}/ (web pages at /, API at /api, docs at /api/docs)`);
}

void bootstrap();
