// The team and course pages in a real browser (Debian's Chromium driven by playwright-core, never a browser download):
// a municipal team registers and runs a course through the forms.
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { UsersService } from '@cti/access';
import { createApp } from '../../api/src/app.factory';
import { clockAt } from '../../api/test/course-api-client';
import { testDatabases } from '@cti/testing/databases';
import { resetDatabase } from '@cti/testing/reset-database';
import { describeInBrowser, launchChromium, SCREENSHOTS } from '@cti/testing/browser';
import { seriousAxeViolations } from './support/axe';

/** Fills a form's inputs and selects by name, then submits it. */
async function submitForm(page: import('playwright-core').Page, form: string, fields: { fill?: Record<string, string>; select?: Record<string, string> }) {
  for (const [name, value] of Object.entries(fields.fill ?? {})) await page.fill(`${form} input[name=${name}]`, value);
  for (const [name, value] of Object.entries(fields.select ?? {})) await page.selectOption(`${form} select[name=${name}]`, value);
  await page.click(`${form} button[type=submit]`);
}

describeInBrowser('the web pages')('web pages in Chromium', () => {
  const { url } = testDatabases()[0];
  let app: INestApplication;
  let base: string;
  let today: (date: string) => void;
  let browser: import('playwright-core').Browser;

  beforeAll(async () => {
    await resetDatabase(url);
    app = await createApp({ databaseUrl: url, warmReports: false, demoData: false, jwtSecret: 'y'.repeat(40) }, false);
    await app.listen(0, '127.0.0.1');
    base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
    today = clockAt(app);
    await app.get(UsersService).create({ username: 'greve.cti', role: 'municipality', municipalityCode: 253, password: 'correct horse battery staple' });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in, registers a course, ticks the checklist, starts phase 1, plans, logs a contact, enters a Recovery Star, and sees the alert', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true }); // CSP bypassed only so axe can be injected
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    today('2025-01-06');
    await page.goto(base);
    await page.fill('input[name=username]', 'greve.cti');
    await page.fill('input[name=password]', 'correct horse battery staple');
    await page.click('button[type=submit]');
    await page.waitForURL('**/#/team');
    await page.waitForSelector('#team-title:has-text("Teamet")');

    await page.fill('#new-course input[name=citizen]', 'B-0042');
    await page.fill('#new-course input[name=worker]', 'W-ANNA');
    await page.selectOption('#new-course select[name=targetGroup]', 'housing');
    await page.fill('#new-course input[name=contactStart]', '2025-01-06');
    await page.fill('#new-course input[name=plannedStart]', '2025-01-31');
    await page.click('#new-course button[type=submit]');
    await page.waitForURL('**/#/course?id=*');
    await page.waitForSelector('#title:has-text("Kontaktskabelse")');

    for (const item of ['cp_first_meetings', 'cp_informed', 'cp_contact_agreement']) {
      await page.check(`input[data-item=${item}]`);
      await page.waitForSelector(`li:has(input[data-item=${item}]:checked) >> text=greve.cti`);
    }
    today('2025-01-31');
    await page.selectOption('#phase select[name=event]', 'phase1');
    await page.fill('#phase input[name=date]', '2025-01-31');
    await page.click('#phase button[type=submit]');
    await page.waitForSelector('#title:has-text("Fase 1")');
    expect(await page.textContent('#facts')).toContain('forfalder 30. april 2025');

    // Out of order: phase 3 now is refused, and the page says why
    await page.selectOption('#phase select[name=event]', 'phase3');
    await page.fill('#phase input[name=date]', '2025-01-31');
    await page.click('#phase button[type=submit]');
    await page.waitForSelector('#message .error:has-text("phase 3 cannot start before phase 2")');

    for (const [domain, name] of [['housing', 'Bolig'], ['finances', 'Økonomi']]) {
      await page.selectOption('#focus-form select[name=domain]', domain);
      await page.fill('#focus-form input[name=setDate]', '2025-01-31');
      await page.click('#focus-form button[type=submit]');
      await page.waitForSelector(`#focus tr:has-text("${name}")`); // the page redraws after each save
    }
    await page.waitForSelector('#focus tr:nth-child(2)');

    await page.check('#contact-form input[value=services]');
    await submitForm(page, '#contact-form', { fill: { date: '2025-01-31', minutes: '90' }, select: { mode: 'accompanying' } });
    await page.waitForSelector('#contacts tr:has-text("Ledsagelse")');
    // Correct the contact, then log one by mistake and delete it (the page asks first)
    await page.click('#contacts tr:has-text("Ledsagelse") button:has-text("Ret")');
    await page.fill('#contact-form input[name=minutes]', '75');
    await page.click('#contact-form button[type=submit]:has-text("Gem rettelse")');
    await page.waitForSelector('#contacts tr:has-text("Ledsagelse") >> text=75');
    await page.waitForSelector('#contact-form button[type=submit]:has-text("Log kontakt")');
    await submitForm(page, '#contact-form', { fill: { date: '2025-01-31', minutes: '5' }, select: { mode: 'phone' } });
    await page.waitForSelector('#contacts tr:has-text("Telefon")');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('#contacts tr:has-text("Telefon") button:has-text("Slet")');
    await page.waitForSelector('#contacts tr:has-text("Telefon")', { state: 'detached' });
    expect(await page.$$eval('#contacts tr', (rows) => rows.length)).toBe(1);

    await page.selectOption('#reading-form select[name=instrument]', 'rs');
    await page.fill('#reading-form input[name=date]', '2025-01-31');
    const items = await page.$$('#items input');
    for (const [i, input] of items.entries()) await input.fill(String(3 + (i % 5)));
    await page.click('#reading-form button[type=submit]');
    await page.waitForSelector('.star svg .mark-line path');
    expect(await page.textContent('#readings')).toContain('5'); // the mean of 3,4,5,6,7 twice

    // A second course is withdrawn in its contact period, and the team page lists it as ended
    await page.goto(`${base}/#/team`);
    await page.waitForSelector('#new-course');
    await submitForm(page, '#new-course', { fill: { citizen: 'B-0043', contactStart: '2025-01-20', plannedStart: '2025-03-01' } });
    await page.waitForSelector('#title:has-text("Kontaktskabelse")');
    await submitForm(page, '#phase', { fill: { date: '2025-01-25' }, select: { event: 'withdrawn', endReason: 'moved' } });
    await page.waitForSelector('#title:has-text("Afsluttet")');
    expect(await page.textContent('#events')).toContain('Udtrådt før overgangen');

    today('2025-04-16');
    await page.goto(`${base}/#/team`);
    await page.reload();
    await page.waitForSelector('#courses tr:has-text("B-0043") >> text=udtrådt før overgangen 25. januar 2025');
    expect(await page.textContent('#courses tr:has-text("B-0043")')).toContain('Afsluttet');
    await page.waitForSelector('#alerts tr[data-kind=phase_change_due]');
    expect(await page.textContent('#alerts')).toContain('Fase 2 forfalder 2025-04-30 (om 14 dage).');
    expect(await page.textContent('#caseloads')).toContain('W-ANNA');
    await page.screenshot({ path: join(SCREENSHOTS, 'team-page.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.goto(`${base}/#/course?id=1`);
    await page.waitForSelector('main[data-page=course][data-ready] .star svg');
    expect(await page.getAttribute('a:has-text("Teamets rapport")', 'href')).toBe('#/overview');
    await page.screenshot({ path: join(SCREENSHOTS, 'course-page.png'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await (await page.$('.reading'))!.screenshot({ path: join(SCREENSHOTS, 'recovery-star.png') });
    // the addresses of the earlier static pages lead to the same pages in the app
    await page.goto(`${base}/team.html`);
    await page.waitForSelector('main[data-page=team][data-ready] #team-title');
    await page.goto(`${base}/course.html?id=1`);
    await page.waitForSelector('main[data-page=course][data-ready] .star svg');
    expect(errors).toEqual([]);
    await context.close();
  });
});
