/**
 * The weekly conference grid (weekday × local start time), with the series
 * that have no stated weekday or time listed apart.
 *
 * @module
 */
import type { Weekday } from '@gmekit/model';
import { WEEKDAYS, type WeeklyGrid } from '../model/weekly-grid';
import { h } from './dom';

const DAY_NAMES: Readonly<Record<Weekday, string>> = { MO: 'Mon', TU: 'Tue', WE: 'Wed', TH: 'Thu', FR: 'Fri', SA: 'Sat', SU: 'Sun' };

/**
 * Renders the grid.
 *
 * @param grid - from `weeklyGrid`
 * @param timeZone - the zone the local times are in
 * @returns the section
 */
export function gridSection(grid: WeeklyGrid, timeZone: string | null): HTMLElement {
  const table = h(
    'table',
    { class: 'grid', 'data-testid': 'conference-grid' },
    h('thead', {}, h('tr', {}, h('th', {}, timeZone ?? ''), ...WEEKDAYS.map((d) => h('th', { scope: 'col' }, DAY_NAMES[d])))),
    h(
      'tbody',
      {},
      ...grid.times.map((time) =>
        h(
          'tr',
          { 'data-time': time },
          h('th', { scope: 'row' }, time),
          ...WEEKDAYS.map((day) => {
            const here = grid.entries.filter((e) => e.time === time && e.weekday === day);
            return h(
              'td',
              { 'data-weekday': day, class: here.length > 0 ? 'filled' : null },
              ...here.map((e) =>
                h(
                  'div',
                  { class: `entry ${e.certainty}`, 'data-series': e.seriesId, title: e.certainty === 'possible' ? 'only some readings of the source put it here' : null },
                  h('strong', {}, e.title),
                  e.topic === null ? null : h('div', { class: 'topic' }, e.topic),
                  h('div', { class: 'meta' }, [e.durationMinutes === null ? 'length not stated' : `${e.durationMinutes} min`, e.frequency === 'every-other-week' ? 'every other week' : null].filter(Boolean).join(' · ')),
                ),
              ),
            );
          }),
        ),
      ),
    ),
  );
  const untimed = h(
    'ul',
    { 'data-testid': 'untimed' },
    ...grid.untimed.map((u) => {
      const days = u.weekdays.length > 0 ? `on ${u.weekdays.map((d) => DAY_NAMES[d]).join(', ')}` : null;
      const details = [u.frequency, days, u.dayPart, `${u.missing.join(' and ')} not stated`].filter((x) => x !== null).join(' · ');
      return h('li', { 'data-series': u.seriesId }, h('strong', {}, u.title), ` — ${details}`);
    }),
  );
  return h(
    'section',
    { id: 'conferences' },
    h('h2', {}, 'Weekly conferences'),
    grid.times.length === 0 ? h('p', { class: 'empty' }, 'No series has both a stated weekday and a stated time.') : table,
    h('p', { class: 'legend' }, h('span', { class: 'entry possible' }, 'dashed'), ' = only some readings of the brochure put the session there (e.g. “daily” may or may not include weekends).'),
    h('h3', {}, `Without a stated weekday or time (${grid.untimed.length})`),
    untimed,
  );
}
