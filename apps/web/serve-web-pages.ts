import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';

/** dist/web, the built web app (`npm run build:web`), found from the compiled API in dist/ or from source under Jest. */
export function webPagesDir(): string {
  const candidates = [resolve(__dirname, '../../web'), resolve(__dirname, '../../dist/web'), resolve(process.cwd(), 'dist/web')];
  const found = candidates.find((dir) => existsSync(resolve(dir, 'index.html')));
  if (!found) throw new Error(`the web app is not built (looked in ${candidates.join(', ')}); run npm run build:web`);
  return found;
}

/** Serves the web app at `/`: one HTML page and its hashed ES modules, which call the API with the signed-in user's token. */
export function serveWebPages(app: INestApplication): void {
  (app as NestExpressApplication).useStaticAssets(webPagesDir(), { index: 'index.html', immutable: false });
}
