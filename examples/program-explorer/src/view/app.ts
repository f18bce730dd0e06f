/**
 * The explorer's pages: an index of the catalog's programs and one page per
 * program, chosen by the URL hash (`#/program/<id>`), so the built site is
 * plain static files any server can host.
 *
 * @module
 */
import { layoutCurriculum } from '@gmekit/calendar';
import type { Catalog, Program } from '@gmekit/model';
import { gapsOf } from '@gmekit/programs';
import { evaluate } from '@gmekit/requirements';
import { timelineChart } from '../model/timeline-chart';
import { weeklyGrid } from '../model/weekly-grid';
import { chartSvg, rotationColour } from './chart';
import { h } from './dom';
import { factsSection } from './facts';
import { gridSection } from './grid';
import { requirementsSection } from './requirements';

/** Options of a program page. */
export interface PageOptions {
  /** Calendar year the first training year starts in (on-cycle, July 1). */
  readonly startYear: number;
}

function timelineSection(program: Program, options: PageOptions): HTMLElement {
  const layout = layoutCurriculum(program, { startYear: options.startYear });
  const chart = timelineChart(layout);
  const used = [...new Set(layout.years.flatMap((y) => [...y.slots.flatMap((s) => (s.kind === 'block' ? [s.rotationId] : [])), ...y.unplaced.map((u) => u.rotationId)]))];
  const legend = h(
    'ul',
    { class: 'legend-rotations' },
    ...used.map((id) => h('li', {}, h('span', { class: 'swatch', style: `background:${rotationColour(program, id)}` }), program.rotations.find((r) => r.id === id)?.name ?? id)),
  );
  const totals = program.curriculum.totals;
  return h(
    'section',
    { id: 'timeline' },
    h('h2', {}, `PGY timeline (starting July ${options.startYear})`),
    h('p', { class: 'note' }, 'Top lane: blocks the brochure dates. Bottom lane: blocks it lists without a position, by length. Hatched: a range (“one to two months”) or months the brochure leaves unstated.'),
    chartSvg(chart, program),
    legend,
    totals.length === 0 ? null : h('p', {}, 'Totals stated without a sequence: ', totals.map((t) => t.label).join('; ')),
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
    h('h1', {}, program.name),
    factsSection(program, catalog, gapsOf(program)),
    timelineSection(program, options),
    gridSection(weeklyGrid(program.conferences), zones.length === 1 ? (zones[0] ?? null) : null),
    program.requirementSet === undefined
      ? h('section', { id: 'requirements' }, h('h2', {}, 'Requirement status of the plan'), h('p', {}, 'The program has no requirement set.'))
      : requirementsSection(evaluate(program.requirementSet, { program })),
  );
}

/**
 * Renders the index of programs.
 *
 * @param catalog - the catalog
 * @returns the page
 */
export function indexPage(catalog: Catalog): HTMLElement {
  return h(
    'main',
    { 'data-page': 'index' },
    h('h1', {}, catalog.institution.name),
    h('p', {}, `${catalog.programs.length} programs in the catalog`),
    h('ul', { 'data-testid': 'programs' }, ...catalog.programs.map((p) => h('li', {}, h('a', { href: `#/program/${p.id}` }, p.name), ` — ${p.type}`))),
  );
}
