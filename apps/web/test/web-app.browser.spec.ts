// The web app in real Chromium on the demo data: every page for every role that may see it loads, draws charts
// with marks, logs no console errors and passes axe (no serious or critical violations); a screenshot of each is
// saved. Also: the navigation per role, upload of the sample cohort and of a broken bundle (its error CSV
// downloaded and read), the language switch, filters restored from the URL, an empty selection said in words,
// and the printed report. Time to charts is printed, never asserted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { strToU8, zipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { testDatabases } from '@cti/testing/databases';
import { describeInBrowser, launchChromium, SCREENSHOTS } from '@cti/testing/browser';
import { seriousAxeViolations } from './support/axe';
import { UsersService } from '@cti/access';
import { expectEvidence, expectWithheldEvidence } from './support/evidence-checks';
import { chartMarks, demoApp, openView, PASSWORD, signedIn } from './support/web-app-session';

const REPORT_PAGES = ['overview', 'progression', 'comparison', 'costs', 'fidelity'];
const PAGES_BY_USER: Record<string, string[]> = {
  'demo-evaluator': [...REPORT_PAGES, 'upload'],
  'demo-agency': REPORT_PAGES,
  'demo-aalborg': ['team', ...REPORT_PAGES],
  'demo-admin': ['admin'],
};
const WITHOUT_CHARTS = new Set(['overview', 'upload', 'admin', 'team']);
const SAMPLE = join(__dirname, '../../../test/fixtures/sample-cohort');

function bundle(edit: (name: string, text: string) => string = (_n, text) => text): Buffer {
  const files: Record<string, Uint8Array> = {};
  for (const name of ['courses.csv', 'measurements.csv', 'costs.csv', 'contacts.csv', 'focus_areas.csv']) files[name] = strToU8(edit(name, readFileSync(join(SAMPLE, name), 'utf8')));
  return Buffer.from(zipSync(files));
}

describeInBrowser('the web app')('web app in Chromium', () => {
  const { url } = testDatabases()[0];
  let app: INestApplication;
  let base: string;
  let browser: Browser;
  const timings: string[] = [];

  beforeAll(async () => {
    ({ app, base } = await demoApp(url));
    browser = await launchChromium();
  }, 180_000);
  afterAll(async () => {
    console.log(`[cti-outcomes] time to charts (navigation until every chart is drawn), ms:\n${timings.join('\n')}`);
    console.log(`[cti-outcomes] screenshots in ${SCREENSHOTS}`);
    await browser?.close();
    await app?.close();
  });

  it.each(Object.entries(PAGES_BY_USER))('%s: every page it may use loads, draws, passes axe and is screenshotted', async (username, pages) => {
    const session = await signedIn(browser, base, username);
    const { page, errors } = session;
    const nav = await page.locator('header nav a').allInnerTexts();
    expect(nav.length).toBe(pages.length);
    for (const id of pages) {
      const first = await openView(page, base, id);
      const again = await openView(page, base, `${id}?again=1`); // the report is computed by now
      timings.push(`${username.padEnd(15)} ${id.padEnd(12)} first ${String(first).padStart(6)}  again ${String(again).padStart(6)}`);
      expect(await page.getAttribute('main', 'data-ready')).toBe('true');
      if (!WITHOUT_CHARTS.has(id)) expect(await chartMarks(page)).toBeGreaterThan(0);
      if (id === 'overview') expect(await page.locator('.consort-box').count()).toBeGreaterThan(4);
      // lost with reasons: named reasons for those who see them, withheld lists said so for the others
      if (id === 'overview') expect(await page.locator('.consort-reasons li, .consort-lost .muted').count()).toBeGreaterThan(0);
      if (id === 'comparison' && username === 'demo-evaluator') {
        for (const heading of ['Effektstørrelser med 95 % interval', 'Gentagne målinger (MMRM)', 'Følsomhedsanalyser']) {
          expect(await page.locator('section.report-section', { has: page.locator('h2', { hasText: heading }) }).locator('tbody tr').count()).toBeGreaterThan(1);
        }
        expect(await page.locator('td', { hasText: 'Primært' }).count()).toBeGreaterThan(0);
        expect(await page.locator('th', { hasText: 'p (Holm)' }).count()).toBeGreaterThan(0);
        expect(await page.textContent('.hierarchy')).toContain('Mentalt velbefindende (WEMWBS) ved 9 mdr.');
      }
      // the box plot beside the means: boxes drawn from the report's quartiles
      if (id === 'progression') expect(await page.locator('[data-chart=distribution] svg .mark-rect path').count()).toBeGreaterThan(0);
      if (id === 'fidelity' && username === 'demo-agency') expect(await page.textContent('main')).toMatch(/Åbne advarsler pr\. .*aldrig pr\. borger/);
      if (id === 'admin') expect(await page.locator('h2', { hasText: 'Alle API-nøgler' }).count()).toBe(1);
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, `${username}-${id}.png`), fullPage: true });
    }
    expect(errors).toEqual([]);
    await session.context.close();
  }, 600_000);

  it('shows withheld cells to the agency with one legend, and says so in words when a selection is empty', async () => {
    const { page, context, errors } = await signedIn(browser, base, 'demo-agency');
    await openView(page, base, 'comparison?evaluation=default&municipality=851');
    expect(await page.locator('.legend').count()).toBe(1);
    expect(await page.locator('td .withheld').count()).toBeGreaterThan(0);
    await openView(page, base, 'overview?evaluation=default&municipality=101'); // København: no courses in the demo
    expect(await page.textContent('.empty')).toContain('Ingen borgere matcher filtrene');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('states the evidence: the summary with the primary interval, Table 1 with SMDs, responders, CHEERS; withheld for the agency', async () => {
    const evaluator = await signedIn(browser, base, 'demo-evaluator');
    await expectEvidence(evaluator.page, base, 'da');
    await evaluator.page.click('#language');
    await evaluator.page.waitForSelector('header nav >> text=Progression');
    await expectEvidence(evaluator.page, base, 'en');
    await evaluator.page.click('#language'); // back to Danish for the other tests
    await evaluator.page.waitForSelector('header nav >> text=Udvikling');
    expect(evaluator.errors).toEqual([]);
    await evaluator.context.close();
    const agency = await signedIn(browser, base, 'demo-agency');
    await expectWithheldEvidence(agency.page, base);
    expect(agency.errors).toEqual([]);
    await agency.context.close();
  }, 600_000);

  it('restores a view from its URL and switches language, which persists', async () => {
    const { page, context, errors } = await signedIn(browser, base, 'demo-evaluator');
    await openView(page, base, 'progression?evaluation=default&targetGroup=housing&baselineRule=lower_of_first_two&outcome=sds_total');
    expect(await page.inputValue('select[name=targetGroup]')).toBe('housing');
    expect(await page.inputValue('select[name=baselineRule]')).toBe('lower_of_first_two');
    expect(await page.inputValue('#outcome-choice')).toBe('sds_total');
    expect(await page.textContent('.about')).toContain('Botilbud');
    expect(await chartMarks(page)).toBeGreaterThan(0);
    // A filter change through the form lands in the URL
    await page.selectOption('select[name=targetGroup]', 'psychiatric_discharge');
    const started = Date.now();
    await page.click('form.filters button[type=submit]');
    await page.waitForFunction('location.hash.includes("targetGroup=psychiatric_discharge")');
    await page.waitForSelector('main[data-page=progression][data-ready]');
    timings.push(`${'demo-evaluator'.padEnd(15)} filter change (target group, a report not computed before): ${Date.now() - started}`);
    expect(await page.textContent('.about')).toContain('Udskrivning fra psykiatri');
    await openView(page, base, 'progression?evaluation=default&outcome=sds_total');

    expect(await page.textContent('header nav')).toContain('Udvikling');
    await page.click('#language');
    await page.waitForSelector('header nav >> text=Progression');
    await page.waitForSelector('main[data-page=progression][data-ready]');
    expect(await page.textContent('h1')).toBe('Progression over time');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const axis = await page.locator('.chart-canvas svg text').allTextContents();
    expect(axis.join(' ')).toContain('Timepoint');
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-evaluator-progression-en.png'), fullPage: true });
    await page.reload();
    await page.waitForSelector('main[data-page=progression][data-ready]');
    expect(await page.textContent('h1')).toBe('Progression over time');
    await page.click('#language'); // back to Danish for the other tests
    await page.waitForSelector('header nav >> text=Udvikling');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('restores a period of start dates from the URL: any dates for the evaluator, none for the agency (said in Danish)', async () => {
    const allocated = async () => Number((await page.locator('.consort-box.head span').first().textContent())!.replace(/\D/g, ''));
    const { page, context, errors } = await signedIn(browser, base, 'demo-evaluator');
    await openView(page, base, 'overview?evaluation=default');
    const all = await allocated();
    await openView(page, base, 'overview?evaluation=default&startFrom=2015-01-01&startTo=2015-06-30');
    expect(await page.inputValue('input[name=startFrom]')).toBe('2015-01-01');
    expect(await page.inputValue('input[name=startTo]')).toBe('2015-06-30');
    expect(await page.textContent('.about')).toContain('startet 1. januar 2015 – 30. juni 2015');
    const part = await allocated();
    expect(part).toBeGreaterThan(0);
    expect(part).toBeLessThan(all);
    expect(errors).toEqual([]);
    await context.close();

    const agency = await signedIn(browser, base, 'demo-agency');
    await openView(agency.page, base, 'overview?evaluation=default');
    expect(await agency.page.locator('[name=startFrom]').count()).toBe(0); // no period filter where small numbers are withheld
    await agency.page.goto(`${base}/#/overview?evaluation=default&startFrom=2015-01-01&startTo=2015-12-31`);
    await agency.page.waitForSelector('main[data-page=overview][data-ready=error]');
    expect(await agency.page.textContent('main .error')).toBe('Perioder af startdatoer tilbydes ikke, hvor små tal tilbageholdes: forskellen mellem to perioder ville afsløre tilbageholdte tal.');
    // the refused request's 400 is logged by the browser itself; nothing else may be
    expect(agency.errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    await agency.context.close();
  }, 300_000);

  it('administers: changes a role through the form and revokes another user’s API token', async () => {
    await app.get(UsersService).create({ username: 'web-role-user', role: 'evaluator', password: PASSWORD });
    const { page, context, errors } = await signedIn(browser, base, 'demo-agency');
    // the agency makes a token for a script (through the API, as a script would)
    await page.evaluate(`fetch('/api/auth/tokens', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + sessionStorage.getItem('cti.accessToken') }, body: JSON.stringify({ name: 'web-script' }) }).then((r) => r.status)`);
    await context.close();
    const admin = await signedIn(browser, base, 'demo-admin');
    await openView(admin.page, base, 'admin');
    await admin.page.selectOption('#change-role select[name=username]', 'web-role-user');
    await admin.page.selectOption('#change-role select[name=role]', 'agency');
    await admin.page.click('#change-role button[type=submit]');
    await admin.page.waitForSelector('tr:has(td:text-is("web-role-user")) >> td:text-is("styrelse")');
    const tokenRow = admin.page.locator('tr', { has: admin.page.locator('td', { hasText: 'web-script' }) });
    await tokenRow.locator('button', { hasText: 'Tilbagekald' }).click();
    await admin.page.waitForSelector('tr:has(td:text-is("web-script")) >> td:text-is("tilbagekaldt")');
    await admin.page.screenshot({ path: join(SCREENSHOTS, 'demo-admin-admin-after-changes.png'), fullPage: true });
    expect(admin.errors).toEqual([]);
    expect(errors).toEqual([]);
    await admin.context.close();
  }, 300_000);

  it('uploads: a broken bundle is refused with a downloadable error table, the sample cohort is checked and then imported', async () => {
    const { page, context, errors } = await signedIn(browser, base, 'demo-evaluator');
    await openView(page, base, 'upload');
    await page.fill('input[name=evaluation]', 'web-upload');
    const broken = bundle((name, text) => (name === 'courses.csv' ? text.replace(/\n([^,\n]+),/, '\n$1,').replace(/(\n[^\n]*?)\d{4}-\d{2}-\d{2}/, '$1not-a-date') : text));
    await page.setInputFiles('#bundle', { name: 'broken.zip', mimeType: 'application/zip', buffer: broken });
    await page.click('#upload-form button[type=submit]');
    await page.waitForSelector('#upload-status .error');
    expect(await page.locator('#upload-result tbody tr').count()).toBeGreaterThan(0);
    expect(await page.isHidden('#import')).toBe(true);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#upload-result button:has-text("Hent CSV")')]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('import-errors.csv');
    expect(csv.split('\r\n')[0]).toContain('Fil,Række,Kolonne,Fejl');
    expect(csv).toContain('courses.csv');
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-evaluator-upload-rejected.png'), fullPage: true });

    await page.setInputFiles('#bundle', { name: 'sample-cohort.zip', mimeType: 'application/zip', buffer: bundle() });
    await page.click('#upload-form button[type=submit]');
    await page.waitForSelector('#upload-status .ok');
    expect(await page.textContent('#upload-result')).toContain('courses');
    await page.click('#import');
    await page.waitForSelector('#imported', { timeout: 120_000 });
    await page.screenshot({ path: join(SCREENSHOTS, 'demo-evaluator-upload-imported.png'), fullPage: true });
    await openView(page, base, 'overview?evaluation=web-upload');
    expect(await page.inputValue('select[name=evaluation]')).toBe('web-upload');
    // the rejected bundle's 422 is logged by the browser itself; nothing else may be
    expect(errors.filter((e) => !e.includes('status of 422'))).toEqual([]);
    await context.close();
  }, 300_000);

  it('prints the national report: a title page and every section, without navigation or forms', async () => {
    const { page, context, errors } = await signedIn(browser, base, 'demo-agency');
    await openView(page, base, 'print?evaluation=default');
    expect(await page.textContent('.title-page')).toContain('default@v');
    expect(await page.locator('.print-part').count()).toBe(5);
    expect(await page.locator('.print-part').first().locator('.summary .summary-lead').textContent()).toContain('Primært effektmål');
    await page.emulateMedia({ media: 'print' });
    expect(await page.isHidden('header')).toBe(true);
    expect(await page.locator('form:visible').count()).toBe(0);
    await page.screenshot({ path: join(SCREENSHOTS, 'national-report-print.png'), fullPage: true });
    const pdf = await page.pdf({ path: join(SCREENSHOTS, 'national-report.pdf'), format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
