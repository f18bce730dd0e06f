import { KIND, type PeriodTable } from './input';

/**
 * Overlapping in-house periods, resolved to their most restrictive reading.
 *
 * When two rows cover the same time, that time is counted once for hours
 * (see `clip` in trainee-audit.ts), but for the stretch rules it must not
 * matter which row came first in the input: an hour logged both as clinical
 * work and as education is new patient care (CPR 6.22.a), an hour logged
 * both as in-house call and as anything else is call (6.27), and so on. The
 * time is cut at every row boundary into elementary segments, and each
 * segment carries the union of the readings of the rows covering it.
 */

/** Bits of a segment's reading. */
export const FLAG = { call: 1, nightFloat: 2, moonlighting: 4 } as const;

/** Reading bits of each kind code (see `KIND`). */
export const FLAGS_BY_KIND: readonly number[] = (() => {
  const out = new Array<number>(8).fill(0);
  out[KIND['in-house-call']] = FLAG.call;
  out[KIND['night-float']] = FLAG.nightFloat;
  out[KIND['moonlighting-internal']] = FLAG.moonlighting;
  out[KIND['moonlighting-external']] = FLAG.moonlighting;
  return out;
})();

/** Elementary segments of a trainee's in-house time. */
export interface Segments {
  /** Number of segments. */
  readonly count: number;
  /** Segment start, epoch ms. */
  readonly starts: Float64Array;
  /** Segment end, epoch ms. */
  readonly ends: Float64Array;
  /** A covering row starting where the segment starts, when there is one (for texts and paths). */
  readonly startRows: Int32Array;
  /** A covering row ending where the segment ends, when there is one. */
  readonly endRows: Int32Array;
  /** Union of the {@link FLAG} bits of the covering rows. */
  readonly flags: Uint8Array;
  /** 1 when any covering row is new patient care. */
  readonly care: Uint8Array;
}

/** Row order by content only (start, end, kind, texts), never by input position. */
function compareRows(table: PeriodTable, a: number, b: number): number {
  return (
    (table.start[a] ?? 0) - (table.start[b] ?? 0) ||
    (table.end[a] ?? 0) - (table.end[b] ?? 0) ||
    (table.kind[a] ?? 0) - (table.kind[b] ?? 0) ||
    (table.newCare[a] ?? 0) - (table.newCare[b] ?? 0) ||
    (table.startText(a) < table.startText(b) ? -1 : table.startText(a) > table.startText(b) ? 1 : 0) ||
    (table.endText(a) < table.endText(b) ? -1 : table.endText(a) > table.endText(b) ? 1 : 0)
  );
}

/**
 * Whether any two rows overlap (rows sorted by start).
 *
 * @param table - periods
 * @param rows - in-house rows sorted by start
 * @returns true when some row starts before an earlier one ends
 */
export function hasOverlap(table: PeriodTable, rows: Int32Array): boolean {
  let maxEnd = -Infinity;
  for (const row of rows) {
    if ((table.start[row] ?? 0) < maxEnd) return true;
    maxEnd = Math.max(maxEnd, table.end[row] ?? 0);
  }
  return false;
}

/**
 * Cuts overlapping rows into elementary segments with the union of their readings.
 *
 * @param table - periods
 * @param rows - in-house rows sorted by start
 * @returns the segments, in time order
 */
export function segmentsOf(table: PeriodTable, rows: Int32Array): Segments {
  const bounds = new Set<number>();
  for (const row of rows) {
    bounds.add(table.start[row] ?? 0);
    bounds.add(table.end[row] ?? 0);
  }
  const points = [...bounds].sort((a, b) => a - b);
  const cap = Math.max(0, points.length - 1);
  const starts = new Float64Array(cap);
  const ends = new Float64Array(cap);
  const startRows = new Int32Array(cap);
  const endRows = new Int32Array(cap);
  const flags = new Uint8Array(cap);
  const care = new Uint8Array(cap);
  let count = 0;
  let next = 0;
  let active: number[] = [];
  for (let p = 0; p + 1 < points.length; p++) {
    const from = points[p] ?? 0;
    const to = points[p + 1] ?? 0;
    while (next < rows.length && (table.start[rows[next] ?? 0] ?? 0) <= from) active.push(rows[next++] ?? 0);
    active = active.filter((row) => (table.end[row] ?? 0) > from);
    if (active.length === 0) continue;
    let f = 0;
    let c = 0;
    let startRow = -1;
    let endRow = -1;
    let anyRow = -1;
    for (const row of active) {
      f |= FLAGS_BY_KIND[table.kind[row] ?? 0] ?? 0;
      c |= table.newCare[row] ?? 0;
      if (anyRow < 0 || compareRows(table, row, anyRow) < 0) anyRow = row;
      if (table.start[row] === from && (startRow < 0 || compareRows(table, row, startRow) < 0)) startRow = row;
      if (table.end[row] === to && (endRow < 0 || compareRows(table, row, endRow) < 0)) endRow = row;
    }
    starts[count] = from;
    ends[count] = to;
    startRows[count] = startRow < 0 ? anyRow : startRow;
    endRows[count] = endRow < 0 ? anyRow : endRow;
    flags[count] = f;
    care[count] = c;
    count++;
  }
  return { count, starts, ends, startRows, endRows, flags, care };
}
