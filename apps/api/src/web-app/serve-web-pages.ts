import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import serveStatic from 'serve-static';

/** dist/web, the built web app (`npm run build:web`), found from the compiled API in dist/ or from source under Jest. */
export function webPagesDir(): string {
  const candidates = [resolve(__dirname, '../../../../web'), resolve(__dirname, '../../../../dist/web'), resolve(process.cwd(), 'dist/web')];
  const found = candidates.find((dir) => existsSync(resolve(dir, 'index.html')));
  if (!found) throw new Error(`the web app is not built (looked in ${candidates.join(', ')}); run npm run build:web`);
  return found;
}

/** Serves the web app at `/`: one HTML page and its hashed ES modules, which call the API with the signed-in user's token. */
export function serveWebPages(app: INestApplication): void {
  const express = app as NestExpressApplication;
  // the addresses of the earlier static pages, so bookmarks still open the same page in the app
  const moved: Record<string, (query: URLSearchParams) => string> = {
    '/report.html': () => '/#/overview',
    '/team.html': () => '/#/team',
    '/course.html': (q) => `/#/course?id=${encodeURIComponent(q.get('id') ?? '')}`,
  };
  express.use((req: { path: string; url: string }, res: { redirect: (status: number, to: string) => void }, next: () => void) => {
    const to = moved[req.path];
    if (to) res.redirect(301, to(new URLSearchParams(req.url.split('?')[1] ?? '')));
    else next();
  });
  const files = serveStatic(webPagesDir(), { index: 'index.html' });
  // no API path is a file: those requests skip the disk look-up the static middleware would make for each of them
  express.use((req: { path: string }, res: unknown, next: () => void) => (isApiPath(req.path) ? next() : files(req as never, res as never, next)));
}

/** `/api` and everything under it: the API's routes, never one of the web app's files. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
