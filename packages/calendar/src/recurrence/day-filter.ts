/**
 * The day-level BYxxx test of the period generator: whether a day passes
 * BYMONTH, BYMONTHDAY, BYYEARDAY, BYWEEKNO and BYDAY (with ordinals).
 *
 * @module
 */
import { dayNumber, isLeap, weekday } from './civil';
import type { CompiledRule } from './compile';

function weekOneStart(year: number, wkst: number): number {
  const jan1 = dayNumber(year, 1, 1);
  const r = (weekday(jan1) - wkst + 7) % 7;
  return r <= 3 ? jan1 - r : jan1 - r + 7;
}

function matchesNumber(values: readonly number[], n: number, length: number): boolean {
  for (const v of values) if (v === n || v === n - length - 1) return true;
  return false;
}

/**
 * @param c - compiled rule
 * @param n - day number
 * @param wd - its weekday, 0 = Monday
 * @param y - its year
 * @param m - its month 1..12
 * @param d - its day of month
 * @param mLen - days in its month
 * @returns true when the day passes every day-level part of the rule
 */
export function civilDayOk(c: CompiledRule, n: number, wd: number, y: number, m: number, d: number, mLen: number): boolean {
  if (c.dayOfWeek !== null && !c.dayOfWeek[wd]) return false;
  if (c.months !== null && c.months[m] !== true) return false;
  if (c.monthDays !== null && !matchesNumber(c.monthDays, d, mLen)) return false;
  if (c.yearDays !== null) {
    const jan1 = dayNumber(y, 1, 1);
    if (!matchesNumber(c.yearDays, n - jan1 + 1, isLeap(y) ? 366 : 365)) return false;
  }
  if (c.weekNos !== null) {
    let wy = y;
    let start = weekOneStart(y, c.wkst);
    if (n < start) {
      wy = y - 1;
      start = weekOneStart(wy, c.wkst);
    } else {
      const nextStart = weekOneStart(y + 1, c.wkst);
      if (n >= nextStart) {
        wy = y + 1;
        start = nextStart;
      }
    }
    const weeks = (weekOneStart(wy + 1, c.wkst) - start) / 7;
    if (!matchesNumber(c.weekNos, Math.floor((n - start) / 7) + 1, weeks)) return false;
  }
  if (c.weekdays === null || c.weekdays[wd] === true) return true;
  const scopeStart = c.ordinalsInMonth ? n - d + 1 : dayNumber(y, 1, 1);
  const scopeLen = c.ordinalsInMonth ? mLen : isLeap(y) ? 366 : 365;
  const fromStart = Math.floor((n - scopeStart) / 7) + 1;
  const fromEnd = -(Math.floor((scopeStart + scopeLen - 1 - n) / 7) + 1);
  for (const [w, o] of c.ordinals) if (w === wd && (o === fromStart || o === fromEnd)) return true;
  return false;
}

/**
 * @param c - compiled rule
 * @returns true when BYDAY (and BYMONTH) alone pick a month's days, so
 * {@link weekdaysOfMonth} can work them out without testing every day
 */
export function byDayOnlyInMonth(c: CompiledRule): boolean {
  return c.ordinalsInMonth && c.weekdays !== null && c.monthDays === null && c.yearDays === null && c.weekNos === null;
}

/**
 * The days of a month a BYDAY-only rule picks (see {@link byDayOnlyInMonth}),
 * straight from the weekday of the 1st: the same days {@link civilDayOk} passes.
 *
 * @param c - compiled rule
 * @param y - year
 * @param m - month 1..12
 * @param first - day number of the 1st
 * @param len - days in the month
 * @returns days of the month (1..len), ascending, without repeats
 */
export function weekdaysOfMonth(c: CompiledRule, y: number, m: number, first: number, len: number): number[] {
  const days: number[] = [];
  if (c.weekdays === null || (c.months !== null && c.months[m] !== true)) return days;
  const wd1 = weekday(first);
  if (c.ordinals.length === 0) {
    // Plain weekdays: one pass over the month, already ascending.
    const mask = c.weekdays;
    let wd = wd1;
    for (let d = 1; d <= len; d++) {
      if (mask[wd] === true) days.push(d);
      wd = wd === 6 ? 0 : wd + 1;
    }
    return days;
  }
  // Day of the month of the first and of the last such weekday.
  const firstOf = (w: number): number => 1 + ((w - wd1 + 7) % 7);
  const lastOf = (w: number): number => len - ((((wd1 + len - 1) % 7) - w + 7) % 7);
  c.weekdays.forEach((on, w) => {
    if (on) for (let d = firstOf(w); d <= len; d += 7) days.push(d);
  });
  for (const [w, o] of c.ordinals) {
    const d = o > 0 ? firstOf(w) + 7 * (o - 1) : lastOf(w) + 7 * (o + 1);
    if (d >= 1 && d <= len) days.push(d);
  }
  return days.length < 2 ? days : [...new Set(days)].sort((a, b) => a - b);
}
