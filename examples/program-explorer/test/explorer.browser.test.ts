/**
 * The built explorer in headless Chromium: every program page renders with no
 * console errors, and the chart, grid and requirement table show the counts
 * the brochures give (worked out by hand from the seed texts below, not from
 * the code's output). Writes a screenshot of each page to screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appRoot, buildOnce } from './build-once';
import { launchChromium, openPage, type LaunchedBrowser, type OpenedPage } from './chromium';
import { serveStatic, type StaticServer } from './static-server';

let server: StaticServer | undefined;
let chromium: LaunchedBrowser | undefined;
const shots = join(appRoot, 'screenshots');

beforeAll(async () => {
  const dist = await buildOnce();
  server = await serveStatic(dist);
  chromium = await launchChromium();
  mkdirSync(shots, { recursive: true });
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

async function open(hash: string, shot: string, width = 1280): Promise<OpenedPage> {
  if (!chromium || !server) throw new Error('the browser or the server did not start');
  // A fixed first year keeps the dates on screen stable.
  return openPage(chromium, `${server.url}?start=2026${hash}`, join(shots, `${shot}${width === 1280 ? '' : `-${width}`}.png`), width);
}

const count = (page: Page, selector: string) => page.locator(selector).count();
const attrs = (page: Page, selector: string, name: string) =>
  page.locator(selector).evaluateAll((els, n) => els.map((e) => e.getAttribute(n)), name);

describe('program explorer in Chromium', () => {
  it('lists the three programs on the index page', async () => {
    const { page, errors, done } = await open('#/', 'index');
    expect(await count(page, '[data-testid=programs] li')).toBe(3);
    expect(errors).toEqual([]);
    await done();
  });

  it('Interventional Radiology: six PGY rows, the brochure’s blocks, ranges and unstated months, and the weekly grid', async () => {
    const { page, errors, done } = await open('#/program/kp-lamc-interventional-radiology', 'kp-lamc-interventional-radiology');
    expect(await page.locator('h1').textContent()).toBe('Integrated Interventional Radiology Residency');
    // PGY1–PGY6.
    expect(await attrs(page, 'svg g.year', 'data-pgy')).toEqual(['1', '2', '3', '4', '5', '6']);
    // Internship: IR, vascular, surgical oncology, thoracic, pediatric,
    // colorectal, acute care, minimally invasive surgery, MICU = 9 rotations
    // adding up to 11 months, so 1 month is unstated.
    expect(await count(page, 'g.year[data-pgy="1"] rect.block')).toBe(9);
    // PGY2: about 80 hours of MICU and two months of IR at the end of the
    // year; only the IR block has a position, so it is the only dated block.
    expect(await count(page, 'g.year[data-pgy="2"] rect.block')).toBe(2);
    expect(await attrs(page, 'g.year[data-pgy="2"] rect.block[data-lane=dated]', 'data-rotation')).toEqual(['ir-interventional-radiology']);
    // PGY3: one 3-month block of 1 month CCU + 2 months IR.
    expect(await count(page, 'g.year[data-pgy="3"] rect.block')).toBe(2);
    // PGY4: one month IR and one month neuro-IR "at the very beginning of
    // PGY 4", which comes first not stated: both share the first two months.
    expect(await attrs(page, 'g.year[data-pgy="4"] rect.block', 'data-status')).toEqual(['order-open', 'order-open']);
    expect(await attrs(page, 'g.year[data-pgy="4"] rect.block', 'data-rotation')).toEqual(['ir-interventional-radiology', 'ir-neurointerventional-radiology']);
    // PGY5: neuro-IR 2, vascular surgery 1–2, intensive care 2, mammography
    // 1, nuclear medicine 1 and IR for the remainder (12 − 7…8 = 4–5 months):
    // two ranges, drawn hatched.
    expect(await count(page, 'g.year[data-pgy="5"] rect.block')).toBe(6);
    expect(await attrs(page, 'g.year[data-pgy="5"] rect.block[data-status=range]', 'data-months')).toEqual(['1–2', '4–5']);
    // The two ranges share one month (vascular surgery's second month is the
    // month IR's remainder loses), so only vascular surgery's extra month is
    // hatched; the year ends at month 12.
    expect(await count(page, 'rect.range-extra')).toBe(1);
    // PGY6: IR service, plus elective time of unstated length.
    expect(await count(page, 'g.year[data-pgy="6"] rect.block')).toBe(1);
    // Elective time of unstated length is not drawn; the table lists it.
    expect(await page.locator('[data-testid=timeline-table] tr', { hasText: 'Elective time on clinical rotations' }).count()).toBe(1);
    // Nothing is drawn past the end of a training year: 12 month columns, July to June.
    expect(await page.locator('svg text.month').allTextContents()).toEqual(['Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']);
    const overflow = await page.locator('svg.timeline rect.block, svg.timeline rect.range-extra, svg.timeline rect.unstated').evaluateAll((els) => {
      const end = 110 + 720;
      return els.filter((e) => Number(e.getAttribute('x')) + Number(e.getAttribute('width')) > end + 0.01).length;
    });
    expect(overflow).toBe(0);
    // The legend names only rotations drawn in colour.
    const legend = await page.locator('.legend-rotations li').allTextContents();
    expect(legend).not.toContain('Elective time on clinical rotations');
    // Unstated months: PGY1 12 − 11 = 1; PGY2 12 − 2 − 0.5 (80 h at the
    // program's 160 h a month) = 9.5; PGY3 12 − 3 = 9; PGY4 12 − 2 = 10.
    expect(await attrs(page, 'rect.unstated', 'data-max')).toEqual(['1', '9.5', '9', '10']);

    // Weekly grid: AM conference 07:00 and general diagnostic conferences
    // 12:00 "daily" (Monday–Friday for sure, weekends possibly), the
    // pulmonary/critical care conference Wednesday at noon and the neuro-IR
    // conference every other Thursday at noon.
    expect(await attrs(page, '[data-testid=conference-grid] tbody tr', 'data-time')).toEqual(['07:00', '12:00']);
    expect(await count(page, '[data-testid=conference-grid] .entry.certain')).toBe(5 + 5 + 1 + 1);
    expect(await count(page, '[data-testid=conference-grid] .entry.possible')).toBe(4);
    expect(await count(page, '[data-testid=conference-grid] td.filled')).toBe(14);
    expect(await count(page, 'tr[data-time="12:00"] td[data-weekday=WE] .entry.certain')).toBe(2);
    expect(await count(page, 'tr[data-time="12:00"] td[data-weekday=TH] .entry.certain')).toBe(2);
    // Tuesday's AM topic is the multi-disciplinary vascular conference.
    expect(await page.locator('tr[data-time="07:00"] td[data-weekday=TU] .topic').textContent()).toMatch(/vascular/i);
    // No stated time: hepatobiliary/liver tumor board, multidisciplinary
    // vascular conference, lung tumor board, the weekly clinical lecture
    // series and the ICU lecture series.
    expect(await count(page, '[data-testid=untimed] li')).toBe(5);

    // Requirements: the plan meets the 72-month length and the 7.5, 4.5 and
    // 3-month totals; procedure counts and wound-care hours need trainee records.
    const status = async (id: string) => page.locator(`tr[data-requirement="${id}"]`).getAttribute('data-status');
    expect(await status('ir-training-length')).toBe('met');
    expect(await status('ir-ir-and-clinical-pgy2-4')).toBe('met');
    expect(await status('ir-icu')).toBe('met');
    expect(await status('ir-neuro-ir')).toBe('met');
    expect(await status('ir-aortic-repairs')).toBe('not-evaluable');
    expect(await status('ir-lower-extremity-revascularizations')).toBe('not-evaluable');
    expect(errors).toEqual([]);
    await done();
  });

  it('Radiation Oncology: four unsequenced years and thirteen series with no stated time', async () => {
    const { page, errors, done } = await open('#/program/kp-lamc-radiation-oncology', 'kp-lamc-radiation-oncology');
    // 48 months, PGY2–PGY5; the brochure gives only totals (36 core, 12
    // research/electives), no blocks by year.
    expect(await attrs(page, 'svg g.year', 'data-pgy')).toEqual(['2', '3', '4', '5']);
    expect(await count(page, 'rect.block')).toBe(0);
    expect(await attrs(page, 'rect.unstated', 'data-max')).toEqual(['12', '12', '12', '12']);
    // The stated totals are drawn as such: 36 months of core clinical training and 12 of research and electives.
    expect(await attrs(page, 'rect.total', 'data-months')).toEqual(['36', '12']);
    expect(await page.locator('[data-testid=grid-empty]').textContent()).toMatch(/no clock time for any of its 13 conference series/);
    // Open facts grouped, what shapes training first.
    const groups = await attrs(page, '[data-testid=gaps] .gap-group', 'data-group');
    expect(groups[0]).toBe('curriculum');
    expect(groups).toContain('equipment');
    // Bimonthly faculty lectures, annual mock orals, the Kagan lecture
    // series, weekly case conferences, Tuesday evening didactics, chart
    // rounds, journal club, the Friday physics/biology series and five
    // multidisciplinary conferences: none has a clock time.
    expect(await count(page, '[data-testid=conference-grid]')).toBe(0);
    expect(await count(page, '[data-testid=untimed] li')).toBe(13);
    expect(await page.locator('[data-testid=untimed] li[data-series=ro-tuesday-evening-didactics]').textContent()).toMatch(/Tue.*evening/);
    expect(await page.locator('tr[data-requirement=ro-core-clinical]').getAttribute('data-status')).toBe('met');
    expect(errors).toEqual([]);
    await done();
  });

  it('Hospice & Palliative Medicine: one year across eight settings and centers of unstated length', async () => {
    const { page, errors, done } = await open('#/program/kp-lamc-hospice-palliative-medicine', 'kp-lamc-hospice-palliative-medicine');
    expect(await count(page, 'svg g.year')).toBe(1);
    // Four medical centers of unstated length, and the four settings fellows
    // "have the opportunity" to follow patients across (inpatient consult,
    // outpatient clinic, home-based palliative care, hospice): optional, an
    // opportunity rather than an obligation. Post-acute care is only something
    // fellows are "equipped to practice" in, not a setting they rotate through.
    const tableRows = (text: string) => page.locator('[data-testid=timeline-table] tbody tr', { hasText: text }).count();
    expect(await tableRows('length not stated')).toBe(4);
    expect(await tableRows('optional')).toBe(4);
    expect(await count(page, '[data-testid=untimed] li')).toBe(0);
    expect(await page.locator('[data-testid=grid-empty]').textContent()).toMatch(/names no conference series/);
    expect(await page.locator('tr[data-requirement=hpm-four-medical-centers]').getAttribute('data-status')).toBe('met');
    expect(errors).toEqual([]);
    await done();
  });

  it('Radiation Oncology: the stated highlights and link, and the inferred values listed apart from the open gaps', async () => {
    const { page, errors, done } = await open('#/program/kp-lamc-radiation-oncology', 'kp-lamc-radiation-oncology-facts');
    // "the largest in California …", "a fully integrated healthcare system …",
    // "thirty plus years …", and "http://residency-scal-kaiserpermanente.org".
    expect(await count(page, '[data-testid=stated-facts] li')).toBe(4);
    expect(await page.locator('[data-testid=stated-facts] li[data-kind=link]').textContent()).toContain('http://residency-scal-kaiserpermanente.org');
    // The accreditor is implied ("based on ACGME requirements"), not stated.
    const inferred = await page.locator('[data-testid=inferred] li').allTextContents();
    expect(inferred.some((t) => t.startsWith('Radiation Oncology Residency Program: accreditor = ACGME — '))).toBe(true);
    // The HDR afterloader's year: the brochure dates the suite, not the equipment.
    expect(inferred.some((t) => t.startsWith('Varian HDR Bravos afterloader: year = 2022 — '))).toBe(true);
    const gaps = await page.locator('[data-testid=gaps] li').allTextContents();
    expect(gaps.some((t) => t.includes('inferred'))).toBe(false);
    expect(errors).toEqual([]);
    await done();
  });

  it('an unknown program id gets a not-found page, not an error', async () => {
    const { page, errors, done } = await open('#/program/nope', 'not-found');
    expect(await count(page, 'main[data-page=not-found]')).toBe(1);
    expect(errors).toEqual([]);
    await done();
  });

  it('served as plain files, the schedules page says where schedules come from and asks the server for nothing', async () => {
    const { page, errors, done } = await open('#/schedules', 'schedules-static');
    expect(await page.locator('[data-testid=schedules-unavailable]').textContent()).toContain('api/schedules.json');
    expect(await page.locator('[data-testid=block-grid]').count()).toBe(0);
    expect(errors).toEqual([]);
    await done();
  });

  const PAGES = ['#/', '#/program/kp-lamc-radiation-oncology', '#/program/kp-lamc-interventional-radiology', '#/program/kp-lamc-hospice-palliative-medicine'];
  const name = (hash: string) => (hash === '#/' ? 'index' : hash.slice('#/program/'.length));

  it.each(PAGES.flatMap((hash) => [1280, 390].map((width) => [hash, width] as const)))('%s at %i px has no serious or critical axe violations', async (hash, width) => {
    const { page, errors, done } = await open(hash, `${name(hash)}-axe`, width);
    await page.locator('details.gaps').evaluateAll((els) => { els.forEach((e) => { e.setAttribute('open', ''); }); });
    const result = await new AxeBuilder({ page }).analyze();
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`);
    expect(bad).toEqual([]);
    expect(errors).toEqual([]);
    await done();
  });

  it('is usable at 390 px: no page-wide horizontal scroll, the grid as a list per day, chart text at least 11 px', async () => {
    const { page, errors, done } = await open('#/program/kp-lamc-interventional-radiology', 'kp-lamc-interventional-radiology', 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await page.locator('[data-testid=conference-grid]').isVisible()).toBe(false);
    expect(await page.locator('[data-testid=conference-days]').isVisible()).toBe(true);
    const sizes = await page.locator('svg.timeline text').evaluateAll((els) =>
      els.map((e) => {
        const owner = (e as SVGGraphicsElement).ownerSVGElement;
        return Number.parseFloat(getComputedStyle(e).fontSize) * ((owner?.getBoundingClientRect().width ?? 1) / Number(owner?.getAttribute('width') ?? 1));
      }),
    );
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
    expect(errors).toEqual([]);
    await done();
  });

  it('moves the focus to the new page\'s heading after navigation', async () => {
    const { page, errors, done } = await open('#/', 'index');
    await page.locator('[data-testid=programs] a').first().click();
    await page.waitForSelector('main[data-program]');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(errors).toEqual([]);
    await done();
  });

  it('writes a screenshot of every page at both widths', async () => {
    for (const hash of PAGES) {
      for (const width of [1280, 390]) {
        const { done } = await open(hash, name(hash), width);
        await done();
      }
    }
  });
});
