// Browser tests drive Debian's Chromium through playwright-core (never a browser download); without it they say SKIPPED.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

export const SCREENSHOTS = process.env.CTI_SCREENSHOT_DIR ?? join(__dirname, '../../test-artifacts/screenshots');

/** `describe`, or `describe.skip` with a visible message when Chromium is not installed. */
export function describeInBrowser(what: string): jest.Describe {
  if (existsSync(CHROMIUM)) return describe;
  console.warn(`[cti-outcomes] SKIPPED: browser test of ${what} (${CHROMIUM} not installed; apt-get install -y chromium)`);
  return describe.skip;
}

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  // Without the background-networking flags Chromium keeps trying hosts this machine cannot reach.
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}
