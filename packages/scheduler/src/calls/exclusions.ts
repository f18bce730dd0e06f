import { exclusionRows, type Occupancy } from './cliques';
import { conflicts, HOUR, REST_AFTER_24_MS, REST_MS } from './conflicts';
import type { Item, PreparedCalls } from './prepare';

/** A stretch a day-off variable stands for: a calendar day, or the noon-to-noon period starting at day `day`'s noon. */
export interface DayOffSlot {
  /** Day index. */
  readonly day: number;
  /** Whether the slot is the noon-to-noon period (else the calendar day). */
  readonly noon: boolean;
  /** Start (epoch ms). */
  readonly start: number;
  /** End (epoch ms). */
  readonly end: number;
}

/**
 * One trainee's exclusion sets in local numbers — the trainee's items by
 * position, then its day-off slots after them — with what they were worked
 * out from, so a model built later can tell whether they still hold.
 */
export interface TraineeExclusions {
  /** The inputs the sets depend on, flattened (the rule, each item's times, day and kind, each slot's times). */
  readonly signature: Float64Array;
  /** "At most one of these" sets in local numbers. */
  readonly sets: readonly (readonly number[])[];
}

/**
 * The day-off slots of one trainee in the order the model makes their
 * variables: each day not on leave, and after it the noon-to-noon period
 * into the next day when that day is not on leave, lies in the same
 * averaging window, and the window is not one where only calendar days count.
 *
 * @param p - the prepared problem
 * @param t - trainee slot
 * @param calendarDaysOnly - trainee-windows (`slot:window`) without noon-to-noon periods
 * @returns the slots in variable order
 */
export function dayOffSlots(p: PreparedCalls, t: number, calendarDaysOnly: ReadonlySet<string> | undefined): DayOffSlot[] {
  const leave = p.leave[t] ?? new Set<number>();
  const mid = p.midnight;
  const windowOf = (k: number) => p.windows.findIndex((w) => k >= w.first && k <= w.last);
  const out: DayOffSlot[] = [];
  for (let k = 0; k < p.days; k++) {
    if (leave.has(k)) continue;
    out.push({ day: k, noon: false, start: mid(k), end: mid(k + 1) });
    const w = windowOf(k);
    if (k + 1 < p.days && !leave.has(k + 1) && windowOf(k + 1) === w && !(calendarDaysOnly?.has(`${t}:${w}`) ?? false)) {
      out.push({ day: k, noon: true, start: (mid(k) + mid(k + 1)) / 2, end: (mid(k + 1) + mid(k + 2)) / 2 });
    }
  }
  return out;
}

function signatureOf(items: readonly Item[], slots: readonly DayOffSlot[], postCallDayOff: boolean): Float64Array {
  const out = new Float64Array(3 + items.length * 4 + slots.length * 2);
  let i = 0;
  out[i++] = postCallDayOff ? 1 : 0;
  out[i++] = items.length;
  for (const it of items) {
    out[i++] = it.start;
    out[i++] = it.end;
    out[i++] = it.day;
    out[i++] = (it.inHouse ? 1 : 0) + (it.atHome ? 2 : 0);
  }
  out[i++] = slots.length;
  for (const s of slots) {
    out[i++] = s.start;
    out[i++] = s.end;
  }
  return out;
}

const same = (a: Float64Array, b: Float64Array): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * One trainee's exclusion sets: items and days off sharing an instant, and
 * in-house items within the rest that must follow the earlier one (its
 * stretch extended by 8 or 14 hours), as "at most one" sets; pairs the sets
 * miss (the post-call day) stay pairs. Every pair a set implies is checked
 * against the rule's own list, so the sets forbid nothing more. Numbered
 * locally (items by position, then slots), so the sets of one window,
 * worked out before its history is known, serve its model once it is: the
 * sets depend on neither history nor variable numbering, and `cached` is
 * used only when everything they depend on is unchanged.
 *
 * @param items - the trainee's items, in index order
 * @param slots - the trainee's day-off slots, in variable order
 * @param postCallDayOff - the program rule
 * @param cached - sets worked out earlier, if any
 * @returns the sets (`cached` itself when it still holds)
 * @throws Error when a set would join two compatible variables (a bug)
 */
export function traineeExclusions(items: readonly Item[], slots: readonly DayOffSlot[], postCallDayOff: boolean, cached?: TraineeExclusions): TraineeExclusions {
  const signature = signatureOf(items, slots, postCallDayOff);
  if (cached !== undefined && same(cached.signature, signature)) return cached;
  const n = items.length;
  const pairs: [number, number][] = [];
  // Items are in start order per day, so scan forward a bounded distance.
  const sorted = items.map((it, local) => ({ it, local })).sort((x, y) => x.it.start - y.it.start || x.local - y.local);
  sorted.forEach((a, i) => {
    for (let j = i + 1; j < sorted.length; j++) {
      const c = sorted[j];
      if (c === undefined || c.it.start >= a.it.end + REST_AFTER_24_MS + 24 * HOUR) break;
      if (conflicts(a.it, c.it, postCallDayOff)) pairs.push([a.local, c.local]);
    }
  });
  const offTime: Occupancy[] = slots.map((s, i) => ({ variable: n + i, start: s.start, end: s.end }));
  const plain = [...items.map((it, local) => ({ variable: local, start: it.start, end: it.end })), ...offTime];
  const rested = items.flatMap((it, local) => (it.atHome ? [] : [{ variable: local, start: it.start, end: it.end + (it.end - it.start >= 24 * HOUR ? REST_AFTER_24_MS : REST_MS) }]));
  for (const o of offTime) for (const x of plain) if (x.variable !== o.variable && x.start < o.end && x.end > o.start) pairs.push([o.variable, x.variable]);
  // Pairs keyed as one number (local numbers stay far below 2^26), not strings: a window checks every pair of every set.
  const key = (x: number, y: number) => (x < y ? x * 67_108_864 + y : y * 67_108_864 + x);
  const allowed = new Set(pairs.map(([x, y]) => key(x, y)));
  const sets = exclusionRows([plain, rested], pairs);
  sets.forEach((row, i) => {
    for (let j = 0; j < row.length; j++) {
      for (let k = j + 1; k < row.length; k++) {
        if (!allowed.has(key(row[j] ?? 0, row[k] ?? 0))) throw new Error(`call model: exclusion set ${i} of trainee ${items[0]?.trainee ?? '?'} joins two compatible variables`);
      }
    }
  });
  return { signature, sets };
}

/**
 * Every trainee's exclusion sets of a prepared problem, worked out ahead of
 * its model: a long span works out the next window's (prepared without its
 * history, which the sets do not depend on) while the current window's
 * relaxation runs, so the next model is built that much sooner after it.
 *
 * @param p - the prepared problem (a window)
 * @returns trainee slot → sets
 */
export function primeExclusions(p: PreparedCalls): Map<number, TraineeExclusions> {
  const byTrainee: Item[][] = p.problem.trainees.map(() => []);
  for (const it of p.items) byTrainee[it.trainee]?.push(it);
  return new Map(byTrainee.map((items, t) => [t, traineeExclusions(items, dayOffSlots(p, t, undefined), p.problem.rules.postCallDayOff)]));
}
