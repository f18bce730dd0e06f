/**
 * The explorer's pages: an index of the catalog's programs and one page per
 * program, chosen by the URL hash (`#/program/<id>`; `#/schedules` is the
 * schedules page), so the built site is plain static files any server can host.
 *
 * @module
 */
import { layoutCurriculum } from '@gmekit/calendar';
import type { Catalog, Program } from '@gmekit/model';
import { programGaps } from '@gmekit/model';
import { evaluate } from '@gmekit/requirements';
import { timelineChart } from '../model/timeline-chart';
import { weeklyGrid } from '../model/weekly-grid';
import { chartSvg, rotationColour } from './chart';
import { h } from './dom';
import { factsSection } from './facts';
import { gridSection } from './grid';
import { requirementsSection } from './requirements';
import { timelineTable } from './timeline-table';

/** Options of a program page. */
export interface PageOptions {
  /** Calendar year the first training year starts in (on-cycle, July 1). */
  readonly startYear: number;
}

function timelineSection(program: Program, options: PageOptions): HTMLElement {
  const layout = layoutCurriculum(program, { startYear: options.startYear });
  const chart = timelineChart(layout);
  // The legend names what the chart draws in colour; blocks of unstated length are in the table only.
  const used = [...new Set(chart.years.flatMap((y) => [...y.dated.map((b) => b.rotationId), ...y.undated.map((b) => b.rotationId)]))];
  const legend = h(
    'ul',
    { class: 'legend-rotations' },
    ...used.map((id) => h('li', {}, h('span', { class: 'swatch', style: `background:${rotationColour(program, id)}` }), program.rotations.find((r) => r.id === id)?.name ?? id)),
  );
  return h(
    'section',
    { id: 'timeline' },
    h('h2', {}, `PGY timeline (starting July ${options.startYear})`),
    h('p', { class: 'note' }, 'Top lane: blocks the brochure dates. Bottom lane: blocks it lists without a position, by length. Hatched: a range (“one to two months”) or months the brochure leaves unstated. The table below the chart says the same in text.'),
    h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Timeline chart' }, chartSvg(chart, program)),
    used.length === 0 ? null : legend,
    timelineTable(chart, program),
  );
}

/**
 * Renders a program page.
 *
 * @param program - the program
 * @param catalog - its catalog
 * @param options - the start year
 * @returns the page
 */
export function programPage(program: Program, catalog: Catalog, options: PageOptions): HTMLElement {
  const zones = [...new Set(program.conferences.map((c) => c.timeZone))];
  return h(
    'main',
    { 'data-program': program.id },
    h('p', {}, h('a', { href: '#/' }, '← all programs')),
    h('h1', { tabindex: -1 }, program.name),
    factsSection(program, catalog, programGaps(program)),
    timelineSection(program, options),
    gridSection(weeklyGrid(program.conferences), zones.length === 1 ? (zones[0] ?? null) : null, program.conferences.length),
    program.requirementSet === undefined
      ? h('section', { id: 'requirements' }, h('h2', {}, 'Requirement status of the plan'), h('p', {}, 'The program has no requirement set.'))
      : requirementsSection(evaluate(program.requirementSet, { program })),
  );
}

/**
 * Renders the index of programs.
 *
 * @param catalog - the catalog
 * @param source - where the catalog came from: the store (through the start server) or the bundle
 * @returns the page
 */
export function indexPage(catalog: Catalog, source: 'store' | 'embedded' = 'embedded'): HTMLElement {
  return h(
    'main',
    { 'data-page': 'index' },
    h('h1', { tabindex: -1 }, catalog.institution.name),
    h('p', { 'data-catalog-source': source }, `${catalog.programs.length} programs in the catalog${source === 'store' ? ' (read from the store)' : ''}`),
    h('p', {}, h('a', { href: '#/schedules' }, 'Published schedules'), ': block and call schedules kept in the store'),
    h('ul', { 'data-testid': 'programs' }, ...catalog.programs.map((p) => h('li', {}, h('a', { href: `#/program/${p.id}` }, p.name), ` — ${p.type}`))),
  );
}
