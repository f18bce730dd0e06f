/**
 * The built TypeDoc site in headless Chromium, served over loopback as a
 * reader's browser gets it: the index, each package page and each guide load
 * with no console errors, and the search box finds `auditWorkHours`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from './chromium';
import { siteRoot } from './site-build';
import { serveStatic, type StaticServer } from './static-server';

let server: StaticServer | undefined;
let chromium: LaunchedBrowser | undefined;
let root = '';

beforeAll(async () => {
  root = siteRoot();
  server = await serveStatic(root);
  chromium = await launchChromium();
}, 360_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  if (!chromium || !server) throw new Error('the browser or the server did not start');
  const page = await chromium.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    // TypeDoc's pages declare no icon, so Chromium's own favicon probe 404s.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) errors.push(`${m.text()} ${m.location().url}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`${r.status()} ${r.url()}`);
  });
  const res = await page.goto(new URL(path, server.url).toString(), { waitUntil: 'load' });
  expect(res?.status(), path).toBe(200);
  return { page, errors };
}

const PACKAGES = ['model', 'calendar', 'requirements', 'scheduler', 'store', 'programs', 'cli'];
const GUIDES = ['Getting started', 'Modelling your own program', 'Calendars and time zones', 'Work hours and averaging', 'Requirements', 'The gmekit CLI', 'Publishing with Changesets'];

describe('docs site in Chromium', () => {
  it('loads the index with every package listed', async () => {
    const { page, errors } = await open('index.html');
    const nav = await page.locator('body').innerText();
    for (const p of PACKAGES) expect(nav).toContain(`@gmekit/${p}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it.each(PACKAGES)('loads the @gmekit/%s page', async (p) => {
    const { page, errors } = await open(`modules/_gmekit_${p}.html`);
    expect(await page.locator('h1').first().innerText()).toContain(`@gmekit/${p}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lands on a page for users: one top heading, install, the packages and the guides in reading order', async () => {
    const { page, errors } = await open('index.html');
    expect(await page.locator('h1').count()).toBe(1);
    const text = await page.locator('.tsd-panel.tsd-typography').first().innerText();
    expect(text).toContain('npm install @gmekit/model');
    for (const p of PACKAGES) expect(text).toContain(`@gmekit/${p}`);
    const order = GUIDES.map((title) => text.indexOf(title));
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // repository internals stay in the repository README
    expect(text).not.toMatch(/npm run docs|turbo|ESLint/i);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has a page for every guide', () => {
    const pages = readdirSync(join(root, 'documents'));
    for (const title of GUIDES) expect(pages, title).toContain(`${title.replaceAll(' ', '_')}.html`);
  });

  it('finds auditWorkHours with the search box', async () => {
    const { page, errors } = await open('index.html');
    await page.locator('#tsd-search-trigger').click();
    await page.locator('#tsd-search-input').fill('auditWorkHours');
    const hit = page.locator('#tsd-search-results li', { hasText: 'auditWorkHours' }).first();
    await hit.waitFor({ state: 'visible', timeout: 20_000 });
    const href = await hit.locator('a').first().getAttribute('href');
    expect(href).toMatch(/auditWorkHours\.html$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
