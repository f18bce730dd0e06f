/**
 * What the PGY timeline chart draws, worked out from the curriculum layout:
 * per training year, the blocks the source dates (placed where they fall in
 * the year), the blocks it lists without a position (by length only, a range
 * drawn as a solid minimum and a hatched extra), blocks whose length cannot be
 * counted (listed as chips), and the months the source leaves unstated.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import type { CurriculumLayout, LaidOutYear, UnplacedReason } from '@gmekit/calendar';

/** A block on the dated lane, in months from the year's start. */
export interface DatedBar {
  /** Rotation id. */
  readonly rotationId: string;
  /**
   * `dated` for exact dates, `range` when a stated range moves its dates,
   * `order-open` when it shares a span with blocks whose order the source
   * leaves open ("one month of IR and one month of neuro-IR at the very
   * beginning of PGY4").
   */
  readonly status: 'dated' | 'range' | 'order-open';
  /** For `order-open`: this block's place among the blocks sharing its span, and how many share it. */
  readonly share?: { readonly index: number; readonly of: number };
  /** Earliest start, months from the year's first day. */
  readonly from: number;
  /** Latest end, months from the year's first day. */
  readonly to: number;
  /** The certain part (latest start to earliest end), or `null` when none is certain. */
  readonly solid: { readonly from: number; readonly to: number } | null;
  /** Dates in words for the tooltip. */
  readonly label: string;
}

/** A block the source lists without a position, by its length. */
export interface UndatedBar {
  /** Rotation id. */
  readonly rotationId: string;
  /** Why it has no dates. */
  readonly reason: UnplacedReason;
  /** Least months. */
  readonly min: number;
  /** Most months. */
  readonly max: number;
  /** Hours, when the source states hours (MICU "about 80 hours"). */
  readonly hours: number | null;
}

/** A block whose length cannot be counted in months. */
export interface UncountedBlock {
  /** Rotation id. */
  readonly rotationId: string;
  /** Why. */
  readonly reason: UnplacedReason;
}

/** One row of the chart. */
export interface ChartYear {
  /** Year of the program. */
  readonly year: number;
  /** PGY level, when stated. */
  readonly pgy: number | null;
  /** First and last day. */
  readonly start: string;
  /** Last day (inclusive). */
  readonly end: string;
  /** Blocks with dates. */
  readonly dated: readonly DatedBar[];
  /** Blocks without dates, by length. */
  readonly undated: readonly UndatedBar[];
  /** Blocks whose length cannot be counted. */
  readonly uncounted: readonly UncountedBlock[];
  /** Months the source leaves unstated (`null` when the year is not whole months). */
  readonly unstated: { readonly min: number; readonly max: number } | null;
}

/** The whole chart. */
export interface TimelineChart {
  /** Rows. */
  readonly years: readonly ChartYear[];
  /**
   * Months across the chart: a training year is 12 months, and nothing is
   * drawn past it (a lane whose ranges could add up to more is cut at the
   * year's end, and its months not stated shrink to what is left).
   */
  readonly scaleMonths: number;
}

/** Months (fractional, by days of the month) from `origin` to `date`. */
function monthsBetween(origin: string, date: string): number {
  const a = Temporal.PlainDate.from(origin);
  const b = Temporal.PlainDate.from(date);
  const whole = a.until(b, { largestUnit: 'months' });
  const at = a.add({ months: whole.months });
  return whole.months + whole.days / at.daysInMonth;
}

function datedBars(year: LaidOutYear): DatedBar[] {
  const bars: DatedBar[] = [];
  // The blocks of one open-order group share its span: stacked strips of it.
  const groupSize = new Map<string, number>();
  for (const slot of year.slots) if (slot.kind === 'block' && slot.orderOpen) groupSize.set(slot.group ?? '', (groupSize.get(slot.group ?? '') ?? 0) + 1);
  const drawn = new Map<string, number>();
  for (const slot of year.slots) {
    if (slot.kind !== 'block') continue;
    // A bar ends at the end of its last day, hence the day after it.
    const after = (d: string) => Temporal.PlainDate.from(d).add({ days: 1 }).toString();
    if (slot.status === 'dated') {
      const from = monthsBetween(year.start, slot.start);
      const to = monthsBetween(year.start, after(slot.end));
      bars.push({ rotationId: slot.rotationId, status: 'dated', from, to, solid: { from, to }, label: `${slot.start} – ${slot.end}` });
    } else if (slot.orderOpen) {
      const from = monthsBetween(year.start, slot.minStart);
      const to = monthsBetween(year.start, after(slot.maxEnd));
      const label = `in ${slot.minStart} – ${slot.maxEnd}, order not stated (starts ${slot.minStart} or as late as ${slot.maxStart})`;
      const key = slot.group ?? '';
      const index = drawn.get(key) ?? 0;
      drawn.set(key, index + 1);
      bars.push({ rotationId: slot.rotationId, status: 'order-open', from, to, solid: null, label, share: { index, of: groupSize.get(key) ?? 1 } });
    } else {
      const from = monthsBetween(year.start, slot.minStart);
      const to = monthsBetween(year.start, after(slot.maxEnd));
      const solidFrom = monthsBetween(year.start, slot.maxStart);
      const solidTo = monthsBetween(year.start, after(slot.minEnd));
      bars.push({
        rotationId: slot.rotationId,
        status: 'range',
        from,
        to,
        solid: solidTo > solidFrom ? { from: solidFrom, to: solidTo } : null,
        label: `starts ${slot.minStart} to ${slot.maxStart}, ends ${slot.minEnd} to ${slot.maxEnd}`,
      });
    }
  }
  return bars;
}

/**
 * Turns a curriculum layout into chart rows.
 *
 * @param layout - from `layoutCurriculum`
 * @returns the rows and the month scale
 */
export function timelineChart(layout: CurriculumLayout): TimelineChart {
  const years = layout.years.map((year): ChartYear => {
    const undated: UndatedBar[] = [];
    const uncounted: UncountedBlock[] = [];
    for (const u of year.unplaced) {
      if (u.months === null) uncounted.push({ rotationId: u.rotationId, reason: u.reason });
      else undated.push({ rotationId: u.rotationId, reason: u.reason, min: u.months.min, max: u.months.max, hours: u.hours?.max ?? null });
    }
    return {
      year: year.year,
      pgy: year.pgy ?? null,
      start: year.start,
      end: year.end,
      dated: datedBars(year),
      undated,
      uncounted,
      unstated: year.months.unstated,
    };
  });
  return { years, scaleMonths: 12 };
}
