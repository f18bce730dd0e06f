/**
 * The schedules page in headless Chromium, served as `npm start` serves it:
 * the page's API tag filled in, and `api/catalog.json` and
 * `api/schedules.json` answered from a fixture written for this test (the
 * expected cells are read off the fixture by hand).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { catalog } from '@gmekit/programs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoot, buildOnce } from './build-once';
import { launchChromium, openPage, type LaunchedBrowser, type OpenedPage } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

const IR = 'kp-lamc-interventional-radiology';
const assignment = (id: string, traineeId: string, rotationId: string, start: string, end: string) => ({ id, traineeId, rotationId, start, end });

// Two four-week blocks (1–28 July, 29 July–25 August 2026): A on the MICU then
// on vacation, B on IR for both. Calls from Friday 31 July to Monday 3 August.
const SCHEDULES = {
  schedules: [
    {
      id: 'ir-fixture-year',
      kind: 'block',
      programId: IR,
      version: 2,
      content: {
        assignments: [assignment('a1', 'A', 'ir-micu', '2026-07-01', '2026-07-28'), assignment('b1', 'B', 'ir-interventional-radiology', '2026-07-01', '2026-07-28'), assignment('b2', 'B', 'ir-interventional-radiology', '2026-07-29', '2026-08-25')],
        leave: [{ id: 'v1', traineeId: 'A', start: '2026-07-29', end: '2026-08-25', kind: 'vacation' }],
        calls: [],
      },
    },
    {
      id: 'ir-fixture-calls',
      kind: 'call',
      programId: IR,
      version: 1,
      content: {
        assignments: [],
        leave: [],
        calls: [
          { coverageId: 'ir-weeknight', date: '2026-07-31', traineeId: 'A' },
          { coverageId: 'ir-weekend', date: '2026-08-01', traineeId: 'B' },
          { coverageId: 'ir-weekend', date: '2026-08-02', traineeId: 'A' },
          { coverageId: 'ir-weeknight', date: '2026-08-03', traineeId: 'B' },
        ],
      },
    },
  ],
};
// A name the embedded catalog does not have, so the index page shows which catalog it read.
const STORED_CATALOG = { ...catalog, institution: { ...catalog.institution, name: 'Medical Center (catalog from the store)' } };

let server: StaticServer | undefined;
let chromium: LaunchedBrowser | undefined;
const shots = join(appRoot, 'screenshots');

beforeAll(async () => {
  const dist = await buildOnce();
  server = await serveStatic(dist, { '/api/catalog.json': STORED_CATALOG, '/api/schedules.json': SCHEDULES });
  chromium = await launchChromium();
  mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function open(hash: string, shot: string, width = 1280): Promise<OpenedPage> {
  if (!chromium || !server) throw new Error('the browser or the server did not start');
  return openPage(chromium, `${server.url}${hash}`, join(shots, `${shot}${width === 1280 ? '' : `-${width}`}.png`), width);
}

const texts = (page: Page, selector: string) => page.locator(selector).allTextContents();

describe('schedules page in Chromium, with the start server\'s API', () => {
  it('reads the catalog from api/catalog.json and links to the schedules', async () => {
    const { page, errors, done } = await open('#/', 'index-from-store');
    expect(await page.locator('h1').textContent()).toBe('Medical Center (catalog from the store)');
    expect(await page.locator('[data-catalog-source]').getAttribute('data-catalog-source')).toBe('store');
    await page.locator('a[href="#/schedules"]').click();
    await page.waitForSelector('main[data-page=schedules]');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(errors).toEqual([]);
    await done();
  });

  it('draws the block schedule as trainees × blocks and the call schedule as dates × shifts', async () => {
    const { page, errors, done } = await open('#/schedules', 'schedules');
    const block = '[data-testid=block-grid][data-schedule=ir-fixture-year]';
    expect(await texts(page, `${block} thead th`)).toEqual(['Trainee', '2026-07-01', '2026-07-29']);
    expect(await texts(page, `${block} tbody th[scope=row]`)).toEqual(['A', 'B']);
    expect(await texts(page, `${block} tr[data-trainee=A] td`)).toEqual(['Medical intensive care unit (MICU)', 'Vacation']);
    expect(await texts(page, `${block} tr[data-trainee=B] td`)).toEqual(['Interventional radiology', 'Interventional radiology']);
    // Coloured by category: the MICU is an ICU rotation, IR an IR one; the vacation is marked as leave.
    expect(await page.locator(`${block} td.cat-icu`).count()).toBe(1);
    expect(await page.locator(`${block} td.cat-ir`).count()).toBe(2);
    expect(await page.locator(`${block} td.leave[data-leave=vacation]`).count()).toBe(1);
    expect(await page.locator(`${block} caption`).textContent()).toContain('2 trainees × 2 blocks');

    const calls = '[data-testid=call-grid][data-schedule=ir-fixture-calls]';
    expect(await texts(page, `${calls} thead th`)).toEqual(['Date', 'ir-weeknight', 'ir-weekend']);
    expect(await texts(page, `${calls} tbody th[scope=row]`)).toEqual(['Fri 2026-07-31', 'Sat 2026-08-01', 'Sun 2026-08-02', 'Mon 2026-08-03']);
    expect(await texts(page, `${calls} tr[data-date="2026-08-01"] td`)).toEqual(['—', 'B']);
    expect(await texts(page, `${calls} tr[data-date="2026-08-03"] td`)).toEqual(['B', '—']);
    expect(await page.locator(`${calls} tr.weekend`).count()).toBe(2);
    expect(await texts(page, 'main h2')).toEqual([
      'ir-fixture-year — Integrated Interventional Radiology Residency, block schedule, version 2',
      'ir-fixture-calls — Integrated Interventional Radiology Residency, call schedule, version 1',
    ]);
    expect(errors).toEqual([]);
    await done();
  });

  it.each([1280, 390])('at %i px has no serious or critical axe violations', async (width) => {
    const { page, errors, done } = await open('#/schedules', 'schedules-axe', width);
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
    await done();
  });
});
