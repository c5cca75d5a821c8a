// The report page in a real browser: the agency signs in, lands on the report, and sees withheld cells marked.
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { UsersService } from '@cti/access';
import { createApp } from '../../api/src/app.factory';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { describeInBrowser, launchChromium, SCREENSHOTS } from '@cti/testing/browser';

describeInBrowser('the report page')('report page in Chromium', () => {
  const { url } = testDatabases()[0];
  let app: INestApplication;
  let base: string;
  let browser: import('playwright-core').Browser;
  const password = 'correct horse battery staple';

  beforeAll(async () => {
    await resetDatabase(url);
    app = await createApp({ databaseUrl: url, jwtSecret: 'w'.repeat(40) }, false); // with the demo cohort
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    await app.get(UsersService).create({ username: 'agency.web', role: 'agency', password });
    await app.get(UsersService).create({ username: 'aalborg.web', role: 'municipality', municipalityCode: 851, password });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  /** The page draws its charts after the tables; wait for them so no request is cut off when the app closes. */
  async function chartsLoaded(page: import('playwright-core').Page): Promise<void> {
    for (const id of ['comparison', 'progression', 'municipality-costs']) await page.waitForSelector(`#chart-${id} svg`, { timeout: 30_000 });
  }

  async function signIn(username: string) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', password);
    await page.click('button[type=submit]');
    return { page, errors };
  }

  it('takes the agency to the national report, with the primary comparison and small cells withheld', async () => {
    const { page, errors } = await signIn('agency.web');
    await page.waitForURL('**/report.html');
    await page.waitForSelector('#comparison tr');
    expect(await page.locator('#comparison tr', { hasText: 'wemwbs_total' }).first().innerText()).toMatch(/m9\s+67\s+36\s+3,56/);
    expect(await page.locator('#costs tr').count()).toBe(2);
    expect(await page.locator('#national-label').isVisible()).toBe(false);
    await chartsLoaded(page);
    await page.screenshot({ path: join(SCREENSHOTS, 'report-agency.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a municipality its own report, with small cells marked as withheld', async () => {
    const { page, errors } = await signIn('aalborg.web');
    await page.waitForURL('**/team.html');
    await page.goto(new URL('/report.html', base).href);
    await page.waitForSelector('#comparison tr');
    expect(await page.inputValue('#municipality')).toBe('851');
    expect(await page.locator('#comparison span[title]').count()).toBeGreaterThan(0);
    await chartsLoaded(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});
