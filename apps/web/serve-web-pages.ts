import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** apps/web/public, found from source or from dist/ (tsc does not copy the pages). */
export function webPagesDir(): string {
  const candidates = [resolve(__dirname, 'public'), resolve(__dirname, '../../../apps/web/public'), resolve(process.cwd(), 'apps/web/public')];
  const found = candidates.find((dir) => existsSync(resolve(dir, 'index.html')));
  if (!found) throw new Error(`web pages not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Serves the municipality pages at `/`: static HTML and small ES modules that call the API with the signed-in user's token. */
export function serveWebPages(app: INestApplication): void {
  (app as NestExpressApplication).useStaticAssets(webPagesDir(), { index: 'index.html', extensions: ['html'] });
}
