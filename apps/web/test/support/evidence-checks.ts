// What the report pages must state on the demo data (the summary, Table 1, responders, CHEERS), in either language,
// and what the agency sees where Table 1 and the responders are withheld.
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from '@cti/testing/browser';
import { seriousAxeViolations } from './axe';
import { openView } from './web-app-session';

const WORDS = {
  da: {
    primary: 'Primært effektmål: WEMWBS i alt (mentalt velbefindende) ved 9 måneder', interval: /95 % CI -?\d+,\d\d til -?\d+,\d\d/,
    tableOne: 'Tabel 1: baseline-karakteristika efter arm', tableOneLost: 'Tabel 1b: analyseret ved 9 mdr. mod tabt', smd: /^-?\d+,\d\d$/,
    responders: 'Respondenter', source: /\(MIC\): en ændring på mindst [\d,]+ point \(kilde: .+\)/, cheers: 'Sundhedsøkonomisk rapportering (CHEERS 2022)', facts: ['Perspektiv', 'Prisår', 'Diskonteringsrate'],
  },
  en: {
    primary: 'Primary outcome: WEMWBS total (mental wellbeing) at 9 months', interval: /95 % CI -?\d+\.\d\d to -?\d+\.\d\d/,
    tableOne: 'Table 1: baseline characteristics by arm', tableOneLost: 'Table 1b: analysed at 9 months vs lost', smd: /^-?\d+\.\d\d$/,
    responders: 'Responders', source: /\(MIC\): a change of at least [\d.]+ points \(source: .+\)/, cheers: 'Health-economic reporting (CHEERS 2022)', facts: ['Perspective', 'Price year', 'Discount rate'],
  },
};

const sectionNamed = (page: Page, heading: string) => page.locator('section.report-section', { has: page.locator('h2', { hasText: heading }) });

/** The evaluator's pages state the evidence with its figures; each page passes axe and is screenshotted. */
export async function expectEvidence(page: Page, base: string, lang: 'da' | 'en'): Promise<void> {
  const w = WORDS[lang];
  await openView(page, base, 'overview?evaluation=default');
  const lead = (await page.textContent('.summary .summary-lead')) ?? '';
  expect(lead).toContain(w.primary);
  expect(lead).toMatch(w.interval);
  expect(await page.textContent('.summary')).not.toMatch(/wemwbs_total|NaN|undefined/);
  for (const title of [w.tableOne, w.tableOneLost]) {
    const tableOne = sectionNamed(page, title);
    expect(await tableOne.locator('thead th').last().textContent()).toBe('SMD');
    const smds = (await tableOne.locator('tbody tr td:last-child').allTextContents()).filter((s) => w.smd.test(s));
    expect(smds.length).toBeGreaterThan(5);
    expect(await tableOne.locator('.table-actions button').count()).toBe(1);
  }
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `demo-evaluator-overview-evidence-${lang}.png`), fullPage: true });

  await openView(page, base, 'progression?evaluation=default&outcome=wemwbs_total');
  const responders = sectionNamed(page, w.responders);
  expect(await responders.locator('tbody tr').count()).toBeGreaterThan(3);
  expect(await responders.textContent()).toMatch(w.source);
  expect(await seriousAxeViolations(page)).toEqual([]);

  await openView(page, base, 'costs?evaluation=default');
  const cheers = sectionNamed(page, w.cheers);
  expect(await cheers.locator('tbody tr').count()).toBe(28);
  const facts = await cheers.locator('dl.facts dt').allTextContents();
  for (const fact of w.facts) expect(facts).toContain(fact);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, `demo-evaluator-costs-cheers-${lang}.png`), fullPage: true });
}

/** The agency: Table 1 and the responders withheld whole, shown as the marker under the page's one legend. */
export async function expectWithheldEvidence(page: Page, base: string): Promise<void> {
  await openView(page, base, 'overview?evaluation=default');
  expect(await page.locator('.legend').count()).toBe(1);
  expect(await page.textContent('.summary .summary-lead')).toContain('WEMWBS i alt');
  const tableOne = sectionNamed(page, WORDS.da.tableOne);
  expect(await tableOne.locator('.withheld-section .withheld').textContent()).toBe('·');
  expect(await tableOne.locator('table').count()).toBe(0);
  expect(await seriousAxeViolations(page)).toEqual([]);
  await page.screenshot({ path: join(SCREENSHOTS, 'demo-agency-overview-withheld.png'), fullPage: true });
  await openView(page, base, 'progression?evaluation=default&outcome=wemwbs_total');
  expect(await sectionNamed(page, WORDS.da.responders).locator('.withheld-section .withheld').count()).toBe(1);
}
