// The outcome hierarchy form on the evaluator's upload page, in real Chromium on the demo data: it shows the defaults,
// saves another hierarchy (the comparison page then names it), says a refusal in Danish naming the field, passes axe.
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { testDatabases } from '@cti/testing/databases';
import { describeInBrowser, launchChromium, SCREENSHOTS } from '@cti/testing/browser';
import { seriousAxeViolations } from './support/axe';
import { demoApp, openView, signedIn } from './support/web-app-session';

describeInBrowser('the analysis settings form')('analysis settings in Chromium', () => {
  const { url } = testDatabases()[0];
  let app: INestApplication;
  let base: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ app, base } = await demoApp(url));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('shows the defaults, saves sds_total at 18 months, and the comparison page follows', async () => {
    const { page, context, errors } = await signedIn(browser, base, 'demo-evaluator');
    await openView(page, base, 'upload');
    await page.waitForSelector('#settings-current');
    expect(await page.textContent('#settings-current')).toMatch(/^Primært udfald: Mentalt velbefindende \(WEMWBS\) ved 9 mdr\.; .*intet er gemt/);
    expect(await seriousAxeViolations(page)).toEqual([]);

    // the primary outcome among the secondaries: refused, said in Danish with the field
    await page.selectOption('#settings-primary', 'rs_mean');
    await page.click('#analysis-settings-form button[type=submit]');
    await page.waitForSelector('#settings-status .error');
    expect(await page.textContent('#settings-status')).toMatch(/^keySecondary\[0\]: 'rs_mean' er det primære udfald/);

    await page.selectOption('#settings-primary', 'sds_total');
    await page.selectOption('#settings-timepoint', 'm18');
    await page.uncheck('input[name=secondary][value=sds_total]');
    await page.check('input[name=secondary][value=wemwbs_total]');
    await page.click('#analysis-settings-form button[type=submit]');
    await page.waitForSelector('#settings-status .ok');
    expect(await page.textContent('#settings-current')).toBe('Primært udfald: Funktionsnedsættelse (SDS i alt) ved 18 mdr.; centrale sekundære udfald: Recovery-stjernen, gennemsnit, Mentalt velbefindende (WEMWBS).');
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-evaluator-analysis-settings.png'), fullPage: true });

    await openView(page, base, 'comparison');
    expect(await page.textContent('.hierarchy')).toMatch(/SDS.* ved 18 mdr\./);
    // the refused save's 400 is logged by the browser itself; nothing else may be
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await context.close();
  }, 300_000);
});
