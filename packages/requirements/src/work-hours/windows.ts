import { daysFromCivil, formatIsoDate } from '@gmekit/model';
import type { UnassignedCalendar } from './types';

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
 * 4. Days with logged work that no assignment covers are averaged over a
 *    fixed calendar, never over windows counted from the data: by default
 *    the academic year's thirteen four-week blocks from July 1 (the last
 *    block takes the year's one or two extra days, so it ends on June 30),
 *    or calendar months (`unassignedWindows: 'calendar-months'`). The window
 *    is the block clipped to the days no assignment covers. Counting windows
 *    from the first logged day made earlier verdicts move when earlier data
 *    arrived (one week logged in January moved July's windows); a fixed
 *    calendar does not depend on what else is logged.
 * 5. `'rolling-28'` mode checks the windows of rules 1–4 and, in addition,
 *    every run of 28 consecutive days ending on each day of the trainee's
 *    span (when the span is shorter than 28 days, the 28 days from its first
 *    day). Checking both makes it stricter than the
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
  /** Set on windows of work no assignment covers (rule 4). */
  readonly unassigned?: true;
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
 * The calendar block holding a day: an academic-year four-week block (from
 * July 1; the thirteenth block ends on June 30) or a calendar month.
 *
 * @param day - epoch day
 * @param calendar - which calendar
 * @returns first and last epoch day of the block (inclusive)
 * @example
 * blockOf(daysOfIsoDate('2026-07-30'), 'four-week-blocks'); // [Jul 29, Aug 25] as epoch days
 */
export function blockOf(day: number, calendar: UnassignedCalendar): [number, number] {
  const iso = formatIsoDate(day);
  const year = Number(iso.slice(0, 4));
  const month = Number(iso.slice(5, 7));
  if (calendar === 'calendar-months') {
    const first = daysFromCivil(year, month, 1);
    const last = (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) - 1;
    return [first, last];
  }
  const startYear = month >= 7 ? year : year - 1;
  const yearStart = daysFromCivil(startYear, 7, 1);
  const yearEnd = daysFromCivil(startYear + 1, 7, 1) - 1;
  const k = Math.min(12, Math.floor((day - yearStart) / WINDOW_DAYS));
  const first = yearStart + k * WINDOW_DAYS;
  return [first, k === 12 ? yearEnd : first + WINDOW_DAYS - 1];
}

/**
 * Builds the by-rotation windows of one trainee (rules 1–4).
 *
 * @param assignments - the trainee's assignments, sorted by first day and not overlapping
 * @param workDays - sorted distinct epoch days on which work was logged
 * @param calendar - the calendar of rule 4; default academic four-week blocks
 * @returns windows in date order
 */
export function rotationWindows(assignments: readonly DayAssignment[], workDays: ArrayLike<number>, calendar: UnassignedCalendar = 'four-week-blocks'): DayWindow[] {
  const windows: DayWindow[] = [];
  let w = 0;
  let coveredUntil = -Infinity;
  for (let a = 0; a <= assignments.length; a++) {
    const next = assignments[a];
    const gapEnd = next === undefined ? Infinity : next.first - 1;
    // Uncovered work days before the next assignment, block by block.
    while (w < workDays.length && (workDays[w] ?? 0) <= gapEnd) {
      const day = workDays[w] ?? 0;
      if (day <= coveredUntil) {
        w++;
        continue;
      }
      const [blockFirst, blockLast] = blockOf(day, calendar);
      const last = Math.min(blockLast, gapEnd);
      windows.push({ first: Math.max(blockFirst, coveredUntil + 1), last, unassigned: true });
      while (w < workDays.length && (workDays[w] ?? 0) <= last) w++;
    }
    if (next !== undefined) {
      windows.push(...cutRun(next.first, next.last, { rotationId: next.rotationId, assignmentIndex: next.index }));
      coveredUntil = next.last;
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
  if (last < first) return [];
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
