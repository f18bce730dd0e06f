/**
 * The PGY timeline chart (SVG). One row per training year with two lanes:
 * the blocks the source dates, where they fall in the year; and the blocks it
 * lists without a position, by length, followed by the months it leaves
 * unstated. Ranges are a solid minimum with a hatched extra; unstated months
 * are hatched grey; blocks whose length cannot be counted are named under the
 * lanes.
 *
 * @module
 */
import type { Program } from '@gmekit/model';
import type { TimelineChart } from '../model/timeline-chart';
import { svg } from './dom';
import { monthsText } from './format';

const LABEL = 110;
const TRACK = 720;
const LANE = 20;
const GAP = 4;

/**
 * A colour per rotation, from its place in the program's rotation list
 * (golden-angle hues), so one rotation looks the same in every year and
 * neighbours in the list never share a hue.
 *
 * @param program - the program
 * @param id - rotation id
 * @returns an HSL colour
 */
export function rotationColour(program: Program, id: string): string {
  const index = program.rotations.findIndex((r) => r.id === id);
  return `hsl(${Math.round(((index < 0 ? 0 : index) * 137.508) % 360)} 60% 58%)`;
}

function rowHeight(): number {
  return 2 * LANE + GAP + 16;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A rotation's name cut to fit a bar, so bars are told apart without colour. */
function fit(text: string, width: number): string | null {
  const chars = Math.floor((width - 6) / 6.5);
  if (chars < 3) return null;
  return text.length <= chars ? text : `${text.slice(0, Math.max(2, chars - 1))}…`;
}

/** A month count as a number for drawing: the most a stated total can be. */
function totalMonths(t: Program['curriculum']['totals'][number]): number | null {
  if (t.duration.unit !== 'months') return null;
  const a = t.duration.amount;
  if (a.kind === 'range') return a.max;
  return 'value' in a ? a.value : null;
}

/**
 * Renders the chart.
 *
 * @param chart - rows from `timelineChart`
 * @param program - the program (for rotation names)
 * @returns the SVG element
 */
export function chartSvg(chart: TimelineChart, program: Program): SVGSVGElement {
  const name = (id: string) => program.rotations.find((r) => r.id === id)?.name ?? id;
  const scale = chart.scaleMonths;
  const x = (months: number) => LABEL + (Math.min(Math.max(months, 0), scale) / scale) * TRACK;
  const w = (months: number) => Math.max(0, (Math.min(months, scale) / scale) * TRACK);
  const totals = program.curriculum.totals.filter((t) => t.basis === 'unsequenced').map((t) => ({ label: t.label, months: totalMonths(t) }));
  const drawnTotals = totals.filter((t): t is { label: string; months: number } => t.months !== null && t.months > 0);
  const height = 24 + chart.years.length * rowHeight() + (drawnTotals.length > 0 ? LANE + 30 : 0);
  const root = svg('svg', {
    class: 'timeline',
    'data-testid': 'timeline-chart',
    viewBox: `0 0 ${LABEL + TRACK + 10} ${height}`,
    width: LABEL + TRACK + 10,
    height,
    role: 'img',
    'aria-label': `PGY timeline of ${program.name}; the table below gives the same in text`,
  });
  root.append(
    svg(
      'defs',
      {},
      svg('pattern', { id: 'hatch-range', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, svg('rect', { width: 6, height: 6, fill: 'white' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#555', 'stroke-width': 3 })),
      svg('pattern', { id: 'hatch-unstated', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-45)' }, svg('rect', { width: 6, height: 6, fill: '#f4f4f4' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#bbb', 'stroke-width': 2 })),
    ),
  );
  // Month names from the first year's start (July for an on-cycle program).
  const firstMonth = Number(chart.years[0]?.start.slice(5, 7) ?? '7');
  for (let m = 0; m <= scale; m += 1) {
    root.append(svg('line', { class: 'tick', x1: x(m), x2: x(m), y1: 12, y2: height, stroke: m === scale || m === 0 ? '#888' : '#eee' }));
    if (m < scale) root.append(svg('text', { class: 'month', x: x(m + 0.5), y: 11, 'text-anchor': 'middle', 'font-size': 11 }, MONTHS[(firstMonth - 1 + m) % 12] ?? ''));
  }
  const unsequenced = drawnTotals.length > 0;
  let top = 24;
  for (const year of chart.years) {
    const g = svg('g', { class: 'year', 'data-year': year.year, 'data-pgy': year.pgy ?? '' });
    g.append(svg('text', { x: 4, y: top + 14, 'font-weight': 'bold', 'font-size': 12 }, year.pgy === null ? `Year ${year.year}` : `PGY${year.pgy}`));
    g.append(svg('text', { x: 4, y: top + LANE + 16, 'font-size': 11, fill: '#555' }, `${year.start.slice(0, 4)}–${year.end.slice(2, 4)}`));
    for (const bar of year.dated) {
      const fill = rotationColour(program, bar.rotationId);
      if (bar.status === 'order-open') {
        const share = bar.share ?? { index: 0, of: 1 };
        const h = LANE / share.of;
        g.append(svg('rect', { class: 'block', 'data-lane': 'dated', 'data-status': bar.status, 'data-rotation': bar.rotationId, x: x(bar.from), y: top + share.index * h, width: w(Math.min(bar.to, scale) - Math.min(bar.from, scale)), height: h, fill, 'fill-opacity': 0.6, stroke: fill }, svg('title', {}, `${name(bar.rotationId)}: ${bar.label}`)));
        continue;
      }
      if (bar.solid) {
        g.append(svg('rect', { class: 'block', 'data-lane': 'dated', 'data-status': bar.status, 'data-rotation': bar.rotationId, x: x(bar.solid.from), y: top, width: w(Math.min(bar.solid.to, scale) - Math.min(bar.solid.from, scale)), height: LANE, fill }, svg('title', {}, `${name(bar.rotationId)}: ${bar.label}`)));
        const label = fit(name(bar.rotationId), w(bar.solid.to - bar.solid.from));
        if (label !== null) g.append(svg('text', { class: 'bar-label', x: x(bar.solid.from) + 3, y: top + 14, 'font-size': 11, fill: '#111' }, label));
      }
      if (bar.status === 'range') {
        const spans = bar.solid ? [[bar.from, bar.solid.from], [bar.solid.to, bar.to]] : [[bar.from, bar.to]];
        for (const [a = 0, b = 0] of spans) {
          if (b > a) g.append(svg('rect', { class: 'range-extra', 'data-rotation': bar.rotationId, x: x(a), y: top, width: w(Math.min(b, scale) - Math.min(a, scale)), height: LANE, fill: 'url(#hatch-range)', stroke: fill }, svg('title', {}, `${name(bar.rotationId)}: ${bar.label}`)));
        }
      }
    }
    let cursor = 0;
    const lane2 = top + LANE + GAP;
    for (const bar of year.undated) {
      const fill = rotationColour(program, bar.rotationId);
      const hours = bar.hours === null ? '' : ` (${bar.hours} hours)`;
      const tip = `${name(bar.rotationId)}: ${monthsText(bar.min, bar.max)} months${hours}, ${bar.reason.replaceAll('-', ' ')}`;
      if (cursor >= scale) break;
      g.append(svg('rect', { class: 'block', 'data-lane': 'undated', 'data-status': bar.min === bar.max ? 'exact' : 'range', 'data-rotation': bar.rotationId, 'data-months': monthsText(bar.min, bar.max), x: x(cursor), y: lane2, width: w(Math.min(bar.min, scale - cursor)), height: LANE, fill, 'fill-opacity': 0.55, stroke: fill }, svg('title', {}, tip)));
      const label = fit(name(bar.rotationId), w(Math.min(bar.min, scale - cursor)));
      if (label !== null) g.append(svg('text', { class: 'bar-label', x: x(cursor) + 3, y: lane2 + 14, 'font-size': 11, fill: '#111' }, label));
      if (bar.max > bar.min && cursor + bar.min < scale) {
        g.append(svg('rect', { class: 'range-extra', 'data-rotation': bar.rotationId, x: x(cursor + bar.min), y: lane2, width: w(Math.min(bar.max, scale - cursor) - bar.min), height: LANE, fill: 'url(#hatch-range)', stroke: fill }, svg('title', {}, tip)));
      }
      cursor += bar.max;
    }
    // What the ranges before it leave of the year: never past month 12.
    const left = Math.min(year.unstated?.max ?? 0, scale - cursor);
    if (year.unstated && left > 0) {
      const empty = year.dated.length === 0 && year.undated.length === 0 && year.uncounted.length === 0;
      const words = empty && unsequenced ? 'order not stated; see the program totals' : 'not stated by the source';
      const text = `${monthsText(year.unstated.min, year.unstated.max)} months ${words}`;
      g.append(svg('rect', { class: 'unstated', 'data-min': year.unstated.min, 'data-max': year.unstated.max, x: x(cursor), y: lane2, width: w(left), height: LANE, fill: 'url(#hatch-unstated)', stroke: '#bbb' }, svg('title', {}, text)));
      g.append(svg('text', { x: x(cursor) + 4, y: lane2 + 14, 'font-size': 11, fill: '#333' }, empty && unsequenced ? `${monthsText(year.unstated.min, year.unstated.max)} mo, order not stated` : `${monthsText(year.unstated.min, year.unstated.max)} mo not stated`));
    }
    root.append(g);
    top += rowHeight();
  }
  if (unsequenced) {
    // Totals stated without a sequence span the whole program, in proportion.
    const all = drawnTotals.reduce((sum, t) => sum + t.months, 0);
    const g = svg('g', { class: 'totals' });
    g.append(svg('text', { x: 4, y: top + 14, 'font-weight': 'bold', 'font-size': 12 }, 'Program'));
    let at = 0;
    for (const t of drawnTotals) {
      const width = (t.months / all) * TRACK;
      g.append(svg('rect', { class: 'total', 'data-months': t.months, x: LABEL + at, y: top, width, height: LANE, fill: '#dfe8f5', stroke: '#5a6f8f' }, svg('title', {}, `${t.label}: ${t.months} months, order not stated`)));
      const label = fit(`${t.months} mo ${t.label}`, width);
      if (label !== null) g.append(svg('text', { x: LABEL + at + 4, y: top + 14, 'font-size': 11, fill: '#111' }, label));
      at += width;
    }
    g.append(svg('text', { x: LABEL, y: top + LANE + 16, 'font-size': 11, fill: '#333' }, `Stated for the whole program without a sequence (${all} months)`));
    root.append(g);
  }
  return root;
}
