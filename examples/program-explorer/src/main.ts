/**
 * Browser entry: loads the catalog and schedules (from the start server's
 * API when there is one, see `data.ts`), renders the page the URL hash names
 * and re-renders on navigation.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { academicYearOf } from '@gmekit/calendar';
import { loadData, type ExplorerData } from './data';
import { indexPage, programPage } from './view/app';
import { h } from './view/dom';
import { schedulesPage } from './view/schedules';
import './style.css';

function startYear(): number {
  const param = new URLSearchParams(window.location.search).get('start');
  if (param !== null && /^\d{4}$/.test(param)) return Number(param);
  // The incoming class: the academic year after the current one.
  return academicYearOf(Temporal.Now.plainDateISO()).startYear + 1;
}

function render(data: ExplorerData): void {
  const root = document.getElementById('app');
  if (!root) return;
  const { catalog } = data;
  const match = /^#\/program\/(.+)$/.exec(window.location.hash);
  const id = match?.[1] === undefined ? null : decodeURIComponent(match[1]);
  const program = id === null ? undefined : catalog.programs.find((p) => p.id === id);
  let page: HTMLElement;
  if (window.location.hash === '#/schedules') page = schedulesPage(data.schedules, catalog);
  else if (id === null) page = indexPage(catalog, data.catalogSource);
  else if (program === undefined) page = h('main', { 'data-page': 'not-found' }, h('h1', {}, 'No such program'), h('p', {}, h('a', { href: '#/' }, 'All programs')));
  else page = programPage(program, catalog, { startYear: startYear() });
  document.title = program ? `${program.name} — gmekit explorer` : window.location.hash === '#/schedules' ? 'Published schedules — gmekit explorer' : 'gmekit program explorer';
  root.replaceChildren(h('header', { class: 'app-bar' }, h('a', { href: '#/', class: 'app-title' }, 'gmekit · GME program explorer')), page);
}

void loadData().then((data) => {
  // After a navigation the new page's heading takes the focus, so keyboard and
  // screen-reader users start at the top of what changed.
  window.addEventListener('hashchange', () => {
    render(data);
    document.querySelector<HTMLElement>('main h1')?.focus();
  });
  render(data);
});
