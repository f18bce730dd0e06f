/**
 * Averaging windows.
 *
 * The ACGME averages the weekly hours, days off and call frequency by
 * rotation: over a four-week period, a one-month period (28–31 days), or the
 * rotation itself when it is shorter than four weeks — never over a rolling
 * window — and leaves vacation and leave days out of the numerator and the
 * denominator (ACGME Common Program Requirements FAQ on clinical and
 * educational work hours, CPR VI.F.1 / 6.20; gathered in the repository's
 * REFERENCE.md §1).
 *
 * Policy encoded here (the README works examples by hand):
 *
 * 1. Each assignment (inclusive local dates) is cut into consecutive 28-day
 *    windows from its first day.
 * 2. A remainder shorter than 28 days is merged into the window before it:
 *    a one-month rotation of 29–31 days is one window (the FAQ's "one-month
 *    period"), and a five-week rotation is averaged over itself. A tail of a
 *    longer rotation is none of the FAQ's periods (four weeks, a month, or
 *    the rotation when shorter than four weeks): averaged on its own, one
 *    heavy week would be an error although every four-week period of the
 *    rotation is under the limit. Windows are therefore 28–55 days long.
 * 3. An assignment shorter than 28 days is one window.
 * 4. Days with logged work that no assignment covers form runs (from the
 *    first such day to the last, split where an assignment intervenes);
 *    each run is cut the same way, counted from its first day. A run has no
 *    rotation to be shorter than, so its last window, when shorter than four
 *    weeks, is extended to 28 days (never into the next assignment), the
 *    days with no logged work counting as free: a short log is judged by the
 *    four weeks it falls in, and only breaks a rule that its own hours
 *    already break over those four weeks.
 * 5. `'rolling-28'` mode checks the windows of rules 1–4 and, in addition,
 *    every run of 28 consecutive days ending on each day of the trainee's
 *    span (when the span is shorter than 28 days, the 28 days from its first
 *    day, extended as in rule 4). Checking both makes it stricter than the
 *    default by construction: a short rotation averaged over itself is still
 *    checked, however light the days around it.
 */

/** A window of local days. */
export interface DayWindow {
  /** First epoch day (inclusive). */
  readonly first: number;
  /** Last epoch day (inclusive). */
  readonly last: number;
  /** Rotation of the assignment the window comes from. */
  readonly rotationId?: string;
  /** Input index of that assignment. */
  readonly assignmentIndex?: number;
  /** Set when the window runs past the last logged day to make four weeks (rules 4 and 5). */
  readonly extended?: true;
  /** Set on the rolling 28-day windows of `'rolling-28'` mode (rule 5). */
  readonly rolling?: true;
}

/** Length of a four-week window. */
export const WINDOW_DAYS = 28;

/**
 * Cuts a run of days into averaging windows (rules 1–3 above).
 *
 * @param first - first epoch day (inclusive)
 * @param last - last epoch day (inclusive)
 * @param tag - rotation and assignment the run belongs to, if any
 * @returns the windows, in order
 * @example
 * cutRun(0, 34, {}).length; // 1 — a five-week rotation is one window
 */
export function cutRun(first: number, last: number, tag: { rotationId?: string; assignmentIndex?: number }): DayWindow[] {
  const out: DayWindow[] = [];
  const length = last - first + 1;
  if (length <= 0) return out;
  const full = Math.floor(length / WINDOW_DAYS);
  const remainder = length - full * WINDOW_DAYS;
  for (let k = 0; k < full; k++) {
    const start = first + k * WINDOW_DAYS;
    const end = k === full - 1 ? last : start + WINDOW_DAYS - 1;
    out.push(windowOf(start, end, tag));
  }
  if (full === 0) out.push(windowOf(first, last, tag));
  return out;
}

/** `{ first, last, ...tag }` written out: V8 builds object spreads with extra keys on a slow path. */
function windowOf(first: number, last: number, tag: { rotationId?: string; assignmentIndex?: number }): DayWindow {
  const { rotationId, assignmentIndex } = tag;
  if (rotationId === undefined) return assignmentIndex === undefined ? { first, last } : { first, last, assignmentIndex };
  return assignmentIndex === undefined ? { first, last, rotationId } : { first, last, rotationId, assignmentIndex };
}

/** An assignment reduced to epoch days. */
export interface DayAssignment {
  /** First epoch day. */
  readonly first: number;
  /** Last epoch day (inclusive). */
  readonly last: number;
  /** Rotation. */
  readonly rotationId: string;
  /** Input index. */
  readonly index: number;
}

/**
 * Builds the by-rotation windows of one trainee (rules 1–4).
 *
 * @param assignments - the trainee's assignments, sorted by first day and not overlapping
 * @param workDays - sorted distinct epoch days on which work was logged
 * @returns windows in date order
 */
export function rotationWindows(assignments: readonly DayAssignment[], workDays: ArrayLike<number>): DayWindow[] {
  const windows: DayWindow[] = [];
  let w = 0;
  let a = 0;
  // Walk assignments and uncovered work days together, in date order.
  while (a < assignments.length || w < workDays.length) {
    const next = assignments[a];
    const day = workDays[w];
    if (day !== undefined && (next === undefined || day < next.first)) {
      // An uncovered run: from this day to the last work day before the next assignment.
      let lastDay = day;
      while (w < workDays.length && (workDays[w] ?? 0) < (next?.first ?? Infinity)) {
        lastDay = workDays[w] ?? lastDay;
        w++;
      }
      const run = cutRun(day, lastDay, {});
      const tail = run.pop();
      if (tail !== undefined) {
        const last = Math.min(tail.first + WINDOW_DAYS - 1, (next?.first ?? Infinity) - 1);
        run.push(last > tail.last ? { first: tail.first, last, extended: true } : tail);
      }
      windows.push(...run);
    } else if (next !== undefined) {
      windows.push(...cutRun(next.first, next.last, { rotationId: next.rotationId, assignmentIndex: next.index }));
      while (w < workDays.length && (workDays[w] ?? 0) <= next.last) w++;
      a++;
    }
  }
  return windows;
}

/**
 * Builds the rolling 28-day windows over a span of days (rule 5).
 *
 * @param first - first epoch day of the span
 * @param last - last epoch day of the span
 * @returns one window ending on each day from `first + 27` to `last` (one
 *   window of 28 days from `first` when the span is shorter)
 */
export function rollingWindows(first: number, last: number): DayWindow[] {
  if (last - first + 1 < WINDOW_DAYS) return [{ first, last: first + WINDOW_DAYS - 1, rolling: true }];
  const out: DayWindow[] = [];
  for (let end = first + WINDOW_DAYS - 1; end <= last; end++) out.push({ first: end - WINDOW_DAYS + 1, last: end, rolling: true });
  return out;
}

/**
 * The windows of `'rolling-28'` mode: the by-rotation windows and the rolling
 * ones, ordered by first day, then last day, rotation windows first.
 *
 * @param byRotation - windows from {@link rotationWindows}
 * @param rolling - windows from {@link rollingWindows}
 * @returns both lists merged
 */
export function mergeWindows(byRotation: readonly DayWindow[], rolling: readonly DayWindow[]): DayWindow[] {
  return [...byRotation, ...rolling].sort((a, b) => a.first - b.first || a.last - b.last || (a.rolling === true ? 1 : 0) - (b.rolling === true ? 1 : 0));
}
