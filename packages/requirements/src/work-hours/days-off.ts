import { DAY_MS } from './instant';
import type { ZoneDays } from './zone-days';

/**
 * Days off (CPR 6.21.b: one day in seven free of clinical work and required
 * education; a day off is one continuous 24-hour period; at-home call cannot
 * be assigned on it).
 *
 * Free time is the complement of all logged work, at-home call included.
 * Leave is free time too, so a free stretch continues through it, but a day
 * off is never credited to a leave day (leave days are out of the
 * denominator). A free run of length L holds ⌊L / 24 h⌋ disjoint 24-hour
 * periods; they are credited to calendar days so that the count does not
 * depend on where the run began:
 *
 * 1. every wholly free calendar day of the run gets one (so July 6, 7 and 8
 *    entirely free are three days off for the window that holds them,
 *    whenever the stretch started);
 * 2. the free pieces at the two ends of the run (the end of the day it
 *    starts on, the start of the day it ends on) make one more day off when
 *    together they reach 24 hours (Sunday 07:00 → Monday 19:00 has no
 *    wholly free day but 36 hours), credited to the day the run starts on,
 *    else the day it ends on; this depends only on the run's own two ends,
 *    never on how far away the work before or after it lies;
 * 3. the day a run starts on also gets one when the next day is a leave day
 *    of the run: the 24 hours from the start run into leave, whose own
 *    credit is never counted (Sunday free from 03:00, vacation from Monday).
 *
 * So no 24 hours of free time are counted twice: rule 2 never gives a run
 * more than ⌊L / 24 h⌋, and rule 3 uses a leave day's uncounted credit. A
 * wholly free 23-hour spring-forward day counts, as the calendar day it is.
 *
 * Time after the end of the data is unknown, not free: the last free run is
 * counted up to the end of the data (`off`, what is known) and, separately,
 * as if it went on for ever (`bestCase`): a window is a violation only when
 * even the best case lacks days off, and "cannot be verified yet" when only
 * the known count does.
 */

/** What the day-off pass needs. */
export interface DaysOffInput {
  /** The trainee's zone days. */
  readonly days: ZoneDays;
  /** Epoch day of index 0 of the arrays. */
  readonly d0: number;
  /** 1 on leave days, indexed from `d0`. */
  readonly leave: Float64Array;
  /** Occupied intervals (in-house work, then at-home call), each sorted by start and not overlapping within itself. */
  readonly layers: readonly { readonly starts: Float64Array; readonly ends: Float64Array; readonly count: number }[];
  /** The instant the data ends (start of the day after the last covered day). */
  readonly coverEnd: number;
  /** A best-case end far past every window (mid-day, so the run's start day can be credited). */
  readonly bestEnd: number;
}

/** Known credits per day, and the last run's known and best-case credits. */
export interface DaysOffResult {
  /** Epoch day the last free run starts on (windows ending before it are final). */
  readonly lastRunDay: number;
}

/**
 * Credits the free 24-hour periods of one free run `[s, e)` to days.
 *
 * @param input - zone days, leave, array base
 * @param s - run start (ms)
 * @param e - run end (ms, exclusive)
 * @param out - credits per day, indexed from `d0`
 */
function creditRun(input: DaysOffInput, s: number, e: number, out: Float64Array): void {
  const { days, d0, leave } = input;
  const first = days.dayOf(s);
  const last = days.dayOf(e);
  const firstFull = days.dayStart(first) === s ? first : first + 1;
  const lastFull = last - 1; // whether e is at midnight or later in `last`, the day before ends inside the run
  const startPiece = firstFull !== first ? Math.min(e, days.dayStart(first + 1)) - s : 0;
  const endPiece = last !== first ? e - days.dayStart(last) : 0;
  const full = Math.max(0, lastFull - firstFull + 1);
  for (let d = firstFull; d <= lastFull; d++) if (leave[d - d0] !== 1) out[d - d0] = (out[d - d0] ?? 0) + 1;
  // The pieces at the two ends make one more 24 hours when together they
  // reach it; never more 24-hour periods than the run holds (a wholly free
  // 23-hour spring-forward day excepted, which counts as the calendar day it is).
  let extra = Math.min(Math.floor((startPiece + endPiece) / DAY_MS), Math.max(0, Math.floor((e - s) / DAY_MS) - full));
  let startCredited = false;
  if (extra > 0 && startPiece > 0) {
    extra--;
    if (leave[first - d0] !== 1) {
      out[first - d0] = (out[first - d0] ?? 0) + 1;
      startCredited = true;
    }
  }
  if (extra > 0 && endPiece > 0 && leave[last - d0] !== 1) out[last - d0] = (out[last - d0] ?? 0) + 1;
  if (!startCredited && startPiece > 0 && leave[first - d0] !== 1 && first + 1 <= lastFull && leave[first + 1 - d0] === 1) {
    out[first - d0] = (out[first - d0] ?? 0) + 1;
  }
}

/**
 * Counts days off per local day.
 *
 * @param input - occupied time, leave, the data's end
 * @param off - known credits per day (added to)
 * @param lastKnown - the last run's known credits per day (added to; also in `off`)
 * @param lastBest - the last run's best-case credits per day (added to)
 * @returns the day the last free run starts on
 */
export function countDaysOff(input: DaysOffInput, off: Float64Array, lastKnown: Float64Array, lastBest: Float64Array): DaysOffResult {
  const { days, d0, layers } = input;
  const at = layers.map(() => 0);
  let cursor = days.dayStart(d0);
  for (;;) {
    // The next occupied interval of any layer, in start order.
    let pick = -1;
    let start = Infinity;
    for (let l = 0; l < layers.length; l++) {
      const layer = layers[l];
      const k = at[l] ?? 0;
      if (layer === undefined || k >= layer.count) continue;
      const s = layer.starts[k] ?? 0;
      if (s < start) {
        start = s;
        pick = l;
      }
    }
    if (pick < 0) break;
    const layer = layers[pick];
    const k = at[pick] ?? 0;
    at[pick] = k + 1;
    const end = layer?.ends[k] ?? 0;
    if (end <= start) continue;
    if (start > cursor) creditRun(input, cursor, start, off);
    if (end > cursor) cursor = end;
  }
  if (cursor < input.coverEnd) {
    creditRun(input, cursor, input.coverEnd, off);
    creditRun(input, cursor, input.coverEnd, lastKnown);
  }
  creditRun(input, cursor, input.bestEnd, lastBest);
  return { lastRunDay: days.dayOf(cursor) };
}
