/**
 * Headless Debian Chromium through playwright-core, with a fresh profile per
 * launch. When the browser is missing the tests fail with a message saying
 * how to install it, rather than skipping: CI installs it.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.GMEKIT_CHROMIUM ?? '/usr/bin/chromium';

export interface LaunchedBrowser {
  /** One persistent context on a fresh profile; open a page per check. */
  readonly context: BrowserContext;
  readonly close: () => Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it with \`apt-get install -y chromium\` (or set GMEKIT_CHROMIUM to a Chromium binary)`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'gmekit-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    viewport: { width: 1200, height: 900 },
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page opened by {@link openPage}, with what it reported while loading. */
export interface OpenedPage {
  readonly page: Page;
  /** Console errors and warnings, page errors and failed requests. */
  readonly errors: string[];
  readonly done: () => Promise<void>;
}

/**
 * Opens a URL in a new page at a width, collects everything the page complains
 * about (console errors and warnings, uncaught errors, failed requests), waits
 * for its `main` and takes a full-page screenshot.
 */
export async function openPage(browser: LaunchedBrowser, url: string, screenshot: string, width = 1280): Promise<OpenedPage> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForSelector('main');
  await page.screenshot({ path: screenshot, fullPage: true });
  return { page, errors, done: () => page.close() };
}
