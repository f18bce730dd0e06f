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

function emptyReason(seriesCount: number): string {
  if (seriesCount === 0) return 'The brochure names no conference series for this program, so there is nothing to place on a weekly grid or in its calendar feed.';
  return `The brochure gives no clock time for any of its ${seriesCount} conference series, so none can be placed on the weekly grid or in the calendar feed; they are listed below with what it does say.`;
}

/** The grid as one list per weekday, shown instead of the table on narrow screens. */
function byDay(grid: WeeklyGrid): HTMLElement {
  return h(
    'div',
    { class: 'by-day narrow-only', 'data-testid': 'conference-days' },
    ...WEEKDAYS.filter((d) => grid.entries.some((e) => e.weekday === d)).map((day) =>
      h(
        'div',
        { class: 'day' },
        h('p', { class: 'day-name' }, DAY_NAMES[day]),
        h('ul', {}, ...grid.entries.filter((e) => e.weekday === day).map((e) => h('li', { class: `entry ${e.certainty}` }, `${e.time} ${e.title}${e.topic === null ? '' : ` — ${e.topic}`}${e.certainty === 'possible' ? ' (only some readings)' : ''}`))),
      ),
    ),
  );
}

/**
 * Renders the grid.
 *
 * @param grid - from `weeklyGrid`
 * @param timeZone - the zone the local times are in
 * @param seriesCount - how many series the program has, to say why the grid is empty
 * @returns the section
 */
export function gridSection(grid: WeeklyGrid, timeZone: string | null, seriesCount: number): HTMLElement {
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
    grid.times.length === 0 ? h('p', { class: 'empty', 'data-testid': 'grid-empty' }, emptyReason(seriesCount)) : h('div', { class: 'scroll wide-only', tabindex: 0, role: 'region', 'aria-label': 'Weekly conference grid' }, table),
    grid.times.length === 0 ? null : byDay(grid),
    grid.times.length === 0 ? null : h('p', { class: 'legend' }, h('span', { class: 'entry possible' }, 'dashed'), ' = only some readings of the brochure put the session there (e.g. “daily” may or may not include weekends).'),
    seriesCount === 0 ? null : h('h3', {}, `Without a stated weekday or time (${grid.untimed.length})`),
    seriesCount === 0 ? null : untimed,
  );
}
