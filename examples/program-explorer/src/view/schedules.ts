/**
 * The schedules page: each published block schedule as a trainees × blocks
 * table and each call schedule as a dates × shifts table.
 *
 * @module
 */
import type { Catalog } from '@gmekit/model';
import { blockGrid, callGrid, type BlockCell, type PublishedSchedule } from '../model/schedule-grid';
import { h } from './dom';

/** What the page has to show: the schedules, or why there are none. */
export type SchedulesState =
  | {
      /** Schedules read from `api/schedules.json`. */
      readonly kind: 'loaded';
      /** The published schedules. */
      readonly schedules: readonly PublishedSchedule[];
    }
  | {
      /** No schedules to show. */
      readonly kind: 'unavailable';
      /** Why, in a sentence. */
      readonly reason: string;
    };

// Categories with a colour of their own (style.css); any other rotation is plain.
const COLOURED = new Set(['icu', 'ir', 'neuro-ir', 'surgery', 'radiology', 'diagnostic-radiology', 'clinical', 'core-clinical', 'elective', 'research', 'palliative-care', 'neurology']);

function blockCell(cell: BlockCell): HTMLElement {
  if (cell.kind === 'none') return h('td', { class: 'none' }, '—');
  if (cell.kind === 'leave') return h('td', { class: 'leave', 'data-leave': cell.leaveKind }, cell.leaveKind === 'vacation' ? 'Vacation' : `Leave (${cell.leaveKind})`);
  const category = cell.category !== null && COLOURED.has(cell.category) ? `cat-${cell.category}` : null;
  return h('td', { class: ['rotation', category].filter(Boolean).join(' '), 'data-rotation': cell.rotationId }, cell.name);
}

function title(s: PublishedSchedule, catalog: Catalog): string {
  const program = catalog.programs.find((p) => p.id === s.programId)?.name ?? s.programId;
  return `${s.id} — ${program}, ${s.kind === 'block' ? 'block' : 'call'} schedule, version ${s.version}`;
}

function blockSection(s: PublishedSchedule, catalog: Catalog): HTMLElement {
  const grid = blockGrid(s, catalog.programs.find((p) => p.id === s.programId));
  const table = h(
    'table',
    { class: 'schedule block-grid', 'data-testid': 'block-grid', 'data-schedule': s.id },
    h('caption', {}, `Rotation of each trainee (rows) in each block, by the date the block starts (columns): ${grid.rows.length} trainees × ${grid.blockStarts.length} blocks`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Trainee'), ...grid.blockStarts.map((d) => h('th', { scope: 'col' }, d)))),
    h('tbody', {}, ...grid.rows.map((r) => h('tr', { 'data-trainee': r.traineeId }, h('th', { scope: 'row' }, r.traineeId), ...r.cells.map(blockCell)))),
  );
  return section(s, catalog, grid.rows.length === 0 ? 'This version assigns no rotations.' : table);
}

/** A schedule's section: its title, its note, and the grid in a scrolling region (or why there is none). */
function section(s: PublishedSchedule, catalog: Catalog, grid: HTMLElement | string): HTMLElement {
  const label = `${s.kind === 'block' ? 'Block' : 'Call'} schedule ${s.id}`;
  return h(
    'section',
    { 'data-kind': s.kind },
    h('h2', {}, title(s, catalog)),
    s.content.note === undefined ? null : h('p', { class: 'note' }, s.content.note),
    typeof grid === 'string' ? h('p', {}, grid) : h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': label }, grid),
  );
}

function callSection(s: PublishedSchedule, catalog: Catalog): HTMLElement {
  const grid = callGrid(s);
  const range = grid.rows.length === 0 ? '' : `, ${grid.rows[0]?.date ?? ''} to ${grid.rows.at(-1)?.date ?? ''}`;
  const table = h(
    'table',
    { class: 'schedule call-grid', 'data-testid': 'call-grid', 'data-schedule': s.id },
    h('caption', {}, `Who takes each call shift (columns) on each date (rows)${range}`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Date'), ...grid.coverageIds.map((id) => h('th', { scope: 'col' }, id)))),
    h(
      'tbody',
      {},
      ...grid.rows.map((r) =>
        h('tr', { 'data-date': r.date, class: r.weekend ? 'weekend' : null }, h('th', { scope: 'row' }, `${r.weekday} ${r.date}`), ...r.cells.map((who) => h('td', { class: who.length === 0 ? 'none' : null }, who.length === 0 ? '—' : who.join(', ')))),
      ),
    ),
  );
  return section(s, catalog, grid.rows.length === 0 ? 'This version has no calls.' : table);
}

/**
 * Renders the schedules page.
 *
 * @param state - the schedules, or why there are none
 * @param catalog - the catalog (program and rotation names)
 * @returns the page
 */
export function schedulesPage(state: SchedulesState, catalog: Catalog): HTMLElement {
  const body =
    state.kind === 'unavailable'
      ? [h('p', { 'data-testid': 'schedules-unavailable' }, state.reason)]
      : state.schedules.length === 0
        ? [h('p', { 'data-testid': 'schedules-none' }, 'The store holds no published schedule.')]
        : state.schedules.map((s) => (s.kind === 'block' ? blockSection(s, catalog) : callSection(s, catalog)));
  return h('main', { 'data-page': 'schedules' }, h('p', {}, h('a', { href: '#/' }, '← all programs')), h('h1', { tabindex: -1 }, 'Published schedules'), ...body);
}
