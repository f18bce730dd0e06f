/**
 * The PGY timeline as a table: the same blocks, dates, lengths and gaps as
 * the chart, in text a keyboard and a screen reader reach (the chart's
 * tooltips only appear on hover), and the place where long lists wrap.
 *
 * @module
 */
import type { Program } from '@gmekit/model';
import type { TimelineChart } from '../model/timeline-chart';
import { h } from './dom';
import { monthsText } from './format';

const months = (min: number, max: number): string => {
  const text = monthsText(min, max);
  return `${text} month${text === '1' ? '' : 's'}`;
};

const WHY: Readonly<Record<string, string>> = {
  'position-unstated': 'when in the year is not stated',
  'position-ambiguous': 'when in the year is ambiguous',
  'duration-unstated': 'length not stated',
  'duration-open-ended': 'length is a minimum',
  'duration-hours': 'stated in hours',
  'duration-fractional': 'part of a month',
  remainder: 'the rest of the year',
  optional: 'optional',
  'group-position-conflict': 'its group states different positions',
  'group-not-datable': 'another block of its group cannot be dated',
};

/**
 * Renders the table.
 *
 * @param chart - the chart's rows
 * @param program - the program (rotation names, totals)
 * @returns the table, in a scroll container
 */
export function timelineTable(chart: TimelineChart, program: Program): HTMLElement {
  const name = (id: string) => program.rotations.find((r) => r.id === id)?.name ?? id;
  const rows: HTMLTableRowElement[] = [];
  for (const year of chart.years) {
    const label = year.pgy === null ? `Year ${year.year}` : `PGY${year.pgy}`;
    const cell = (rotation: string, when: string, length: string) => h('tr', {}, h('th', { scope: 'row' }, label), h('td', {}, rotation), h('td', {}, when), h('td', {}, length));
    for (const bar of year.dated) rows.push(cell(name(bar.rotationId), bar.label, months(Math.round((bar.to - bar.from) * 10) / 10, Math.round((bar.to - bar.from) * 10) / 10)));
    for (const bar of year.undated) rows.push(cell(name(bar.rotationId), WHY[bar.reason] ?? bar.reason, `${months(bar.min, bar.max)}${bar.hours === null ? '' : ` (${bar.hours} hours)`}`));
    for (const u of year.uncounted) rows.push(cell(name(u.rotationId), WHY[u.reason] ?? u.reason, 'not stated'));
    if (year.unstated && year.unstated.max > 0) rows.push(cell('(not accounted for by the brochure)', '', months(year.unstated.min, year.unstated.max)));
  }
  for (const t of program.curriculum.totals.filter((x) => x.basis === 'unsequenced')) {
    rows.push(h('tr', {}, h('th', { scope: 'row' }, 'Whole program'), h('td', {}, t.label), h('td', {}, 'order not stated'), h('td', {}, `${t.duration.amount.kind === 'at-least' ? 'at least ' : ''}${'value' in t.duration.amount ? t.duration.amount.value : ''} ${t.duration.unit}`)));
  }
  const table = h(
    'table',
    { class: 'timeline-table', id: 'timeline-table', 'data-testid': 'timeline-table' },
    h('caption', {}, 'The timeline as a table'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Year'), h('th', { scope: 'col' }, 'Rotation'), h('th', { scope: 'col' }, 'When'), h('th', { scope: 'col' }, 'Length'))),
    h('tbody', {}, ...rows),
  );
  return h('div', { class: 'scroll', tabindex: 0, role: 'region', 'aria-label': 'Timeline table' }, table);
}
