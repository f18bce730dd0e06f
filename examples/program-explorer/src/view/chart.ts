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
import type { ChartYear, TimelineChart } from '../model/timeline-chart';
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

function rowHeight(y: ChartYear): number {
  return 2 * LANE + GAP + (y.uncounted.length > 0 ? 18 : 0) + 14;
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
  const x = (months: number) => LABEL + (months / chart.scaleMonths) * TRACK;
  const w = (months: number) => Math.max(0, (months / chart.scaleMonths) * TRACK);
  const height = 24 + chart.years.reduce((sum, y) => sum + rowHeight(y), 0);
  const root = svg('svg', {
    class: 'timeline',
    'data-testid': 'timeline-chart',
    viewBox: `0 0 ${LABEL + TRACK + 10} ${height}`,
    width: LABEL + TRACK + 10,
    height,
    role: 'img',
    'aria-label': `PGY timeline of ${program.name}`,
  });
  root.append(
    svg(
      'defs',
      {},
      svg('pattern', { id: 'hatch-range', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, svg('rect', { width: 6, height: 6, fill: 'white' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#555', 'stroke-width': 3 })),
      svg('pattern', { id: 'hatch-unstated', width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(-45)' }, svg('rect', { width: 6, height: 6, fill: '#f4f4f4' }), svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#bbb', 'stroke-width': 2 })),
    ),
  );
  for (let m = 0; m <= chart.scaleMonths; m += 1) {
    root.append(svg('line', { class: 'tick', x1: x(m), x2: x(m), y1: 12, y2: height, stroke: m === 12 ? '#888' : '#eee' }));
    if (m < chart.scaleMonths) root.append(svg('text', { x: x(m + 0.5), y: 10, 'text-anchor': 'middle', 'font-size': 9 }, m + 1));
  }
  let top = 24;
  for (const year of chart.years) {
    const g = svg('g', { class: 'year', 'data-year': year.year, 'data-pgy': year.pgy ?? '' });
    g.append(svg('text', { x: 4, y: top + 14, 'font-weight': 'bold', 'font-size': 12 }, year.pgy === null ? `Year ${year.year}` : `PGY${year.pgy}`));
    g.append(svg('text', { x: 4, y: top + LANE + 16, 'font-size': 9, fill: '#666' }, `${year.start.slice(0, 7)} → ${year.end.slice(0, 7)}`));
    for (const bar of year.dated) {
      const fill = rotationColour(program, bar.rotationId);
      if (bar.status === 'order-open') {
        const share = bar.share ?? { index: 0, of: 1 };
        const h = LANE / share.of;
        g.append(svg('rect', { class: 'block', 'data-lane': 'dated', 'data-status': bar.status, 'data-rotation': bar.rotationId, x: x(bar.from), y: top + share.index * h, width: w(bar.to - bar.from), height: h, fill, 'fill-opacity': 0.6, stroke: fill }, svg('title', {}, `${name(bar.rotationId)}: ${bar.label}`)));
        continue;
      }
      if (bar.solid) {
        g.append(svg('rect', { class: 'block', 'data-lane': 'dated', 'data-status': bar.status, 'data-rotation': bar.rotationId, x: x(bar.solid.from), y: top, width: w(bar.solid.to - bar.solid.from), height: LANE, fill }, svg('title', {}, `${name(bar.rotationId)}: ${bar.label}`)));
      }
      if (bar.status === 'range') {
        const spans = bar.solid ? [[bar.from, bar.solid.from], [bar.solid.to, bar.to]] : [[bar.from, bar.to]];
        for (const [a = 0, b = 0] of spans) {
          if (b > a) g.append(svg('rect', { class: 'range-extra', 'data-rotation': bar.rotationId, x: x(a), y: top, width: w(b - a), height: LANE, fill: 'url(#hatch-range)', stroke: fill }, svg('title', {}, `${name(bar.rotationId)}: ${bar.label}`)));
        }
      }
    }
    let cursor = 0;
    const lane2 = top + LANE + GAP;
    for (const bar of year.undated) {
      const fill = rotationColour(program, bar.rotationId);
      const hours = bar.hours === null ? '' : ` (${bar.hours} hours)`;
      const tip = `${name(bar.rotationId)}: ${monthsText(bar.min, bar.max)} months${hours}, ${bar.reason.replaceAll('-', ' ')}`;
      g.append(svg('rect', { class: 'block', 'data-lane': 'undated', 'data-status': bar.min === bar.max ? 'exact' : 'range', 'data-rotation': bar.rotationId, 'data-months': monthsText(bar.min, bar.max), x: x(cursor), y: lane2, width: w(bar.min), height: LANE, fill, 'fill-opacity': 0.55, stroke: fill }, svg('title', {}, tip)));
      if (bar.max > bar.min) {
        g.append(svg('rect', { class: 'range-extra', 'data-rotation': bar.rotationId, x: x(cursor + bar.min), y: lane2, width: w(bar.max - bar.min), height: LANE, fill: 'url(#hatch-range)', stroke: fill }, svg('title', {}, tip)));
      }
      cursor += bar.max;
    }
    if (year.unstated && year.unstated.max > 0) {
      const text = `${monthsText(year.unstated.min, year.unstated.max)} months not stated by the source`;
      g.append(svg('rect', { class: 'unstated', 'data-min': year.unstated.min, 'data-max': year.unstated.max, x: x(cursor), y: lane2, width: w(year.unstated.max), height: LANE, fill: 'url(#hatch-unstated)', stroke: '#bbb' }, svg('title', {}, text)));
      g.append(svg('text', { x: x(cursor) + 4, y: lane2 + 14, 'font-size': 10, fill: '#555' }, `${monthsText(year.unstated.min, year.unstated.max)} mo unstated`));
    }
    if (year.uncounted.length > 0) {
      const t = svg('text', { x: LABEL, y: lane2 + LANE + 14, 'font-size': 10, fill: '#333' }, 'Length not stated: ');
      year.uncounted.forEach((u, i) => {
        t.append(svg('tspan', { class: 'uncounted', 'data-rotation': u.rotationId }, `${i > 0 ? ', ' : ''}${name(u.rotationId)}${u.reason === 'optional' ? ' (optional)' : ''}`));
      });
      g.append(t);
    }
    root.append(g);
    top += rowHeight(year);
  }
  return root;
}
