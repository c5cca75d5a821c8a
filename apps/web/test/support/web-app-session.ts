// Helpers of the web app's browser tests: the app on the demo data with one user per role (as `cti-outcomes
// demo-users` makes them), sign-in through the form, and a page that records console errors.
import type { INestApplication } from '@nestjs/common';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EvaluationMembersService, UsersService } from '@cti/access';
import { createApp } from '../../../api/src/app.factory';
import { resetDatabase } from '@cti/testing/reset-database';

export const PASSWORD = 'correct horse battery staple';
export const DEMO_USERS = [
  { username: 'demo-admin', role: 'admin' as const },
  { username: 'demo-evaluator', role: 'evaluator' as const },
  { username: 'demo-agency', role: 'agency' as const },
  { username: 'demo-aalborg', role: 'municipality' as const, municipalityCode: 851 },
];

export async function demoApp(url: string): Promise<{ app: INestApplication; base: string }> {
  await resetDatabase(url);
  const app = await createApp({ databaseUrl: url, jwtSecret: 'w'.repeat(40) }, false); // with the demo cohort
  await app.listen(0, '127.0.0.1');
  const base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  for (const user of DEMO_USERS) await app.get(UsersService).create({ ...user, password: PASSWORD });
  await app.get(EvaluationMembersService).add('default', 'demo-evaluator');
  return { app, base };
}

export interface TestPage {
  context: BrowserContext;
  page: Page;
  errors: string[];
}

/** A fresh context (CSP bypassed only so axe can be injected) signed in through the form. */
export async function signedIn(browser: Browser, base: string, username: string): Promise<TestPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, bypassCSP: true, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(base);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('button[type=submit]');
  await page.waitForSelector('main[data-ready]', { timeout: 120_000 });
  return { context, page, errors };
}

/** Navigates to a view and waits until its data and charts are drawn; the time it took, in ms. */
export async function openView(page: Page, base: string, view: string): Promise<number> {
  const started = Date.now();
  await page.goto(`${base}/#/${view}`);
  const id = view.split('?')[0];
  await page.waitForSelector(`main[data-page="${id}"][data-ready]`, { timeout: 120_000 });
  return Date.now() - started;
}

/** Drawn marks in the page's charts: points, bars, lines and rules vega put into the SVG. */
export function chartMarks(page: Page): Promise<number> {
  return page.locator('.chart-canvas svg').locator('.mark-symbol path, .mark-rect path, .mark-line path, .mark-rule line, .mark-area path').count();
}
