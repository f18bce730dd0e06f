/**
 * Turns a {@link RecurrenceRule} and its DTSTART into the flat numeric form
 * the period generator runs on, filling in the RFC 5545 defaults taken from
 * DTSTART (month, day of month, weekday, hour, minute, second).
 *
 * @module
 */
import { civil, DAY, weekday } from './civil';
import { FREQUENCIES, WEEKDAYS } from './rrule';
import type { RecurrenceRule } from './types';

/** Frequency numbers, coarsest first. */
export const YEARLY = 0;
/** See {@link YEARLY}. */
export const MONTHLY = 1;
/** See {@link YEARLY}. */
export const WEEKLY = 2;
/** See {@link YEARLY}. */
export const DAILY = 3;
/** See {@link YEARLY}. */
export const HOURLY = 4;
/** See {@link YEARLY}. */
export const MINUTELY = 5;

/** A rule ready to generate: masks for limits, sorted lists for expansions. */
export interface CompiledRule {
  /** 0 = YEARLY … 6 = SECONDLY. */
  readonly freq: number;
  /** INTERVAL. */
  readonly interval: number;
  /** BYMONTH mask (index 1..12), or null. */
  readonly months: readonly boolean[] | null;
  /** BYMONTH values ascending, or null. */
  readonly monthList: readonly number[] | null;
  /** BYMONTHDAY values (including the DTSTART default), or null. */
  readonly monthDays: readonly number[] | null;
  /** BYYEARDAY values, or null. */
  readonly yearDays: readonly number[] | null;
  /** BYWEEKNO values, or null. */
  readonly weekNos: readonly number[] | null;
  /** Weekdays (0 = Monday) matching every time in their scope, or null when BYDAY is absent. */
  readonly weekdays: readonly boolean[] | null;
  /** Weekdays that can pass BYDAY at all (plain or with an ordinal), or null when BYDAY is absent. */
  readonly dayOfWeek: readonly boolean[] | null;
  /** WEEKLY without day-level parts that need the date: each week's instants as seconds from the week's start (WKST). */
  readonly weekPlan: readonly number[] | null;
  /** Ordinal BYDAY entries `[weekday, ordinal]`. */
  readonly ordinals: readonly (readonly [number, number])[];
  /** Hours to expand (sorted) or to check. */
  readonly hours: readonly number[];
  /** Minutes to expand (sorted) or to check. */
  readonly minutes: readonly number[];
  /** Seconds to expand (sorted) or to check; 60 is dropped. */
  readonly seconds: readonly number[];
  /** BYSETPOS, or null. */
  readonly setPos: readonly number[] | null;
  /** WKST, 0 = Monday. */
  readonly wkst: number;
  /** True when BYDAY ordinals count within the month (MONTHLY, or YEARLY with BYMONTH). */
  readonly ordinalsInMonth: boolean;
  /** RFC 7529 SKIP for days past a month's end: 0 omit, -1 backward (last day), 1 forward (next month's first day). */
  readonly skip: number;
  /** True when some day-level filter other than a plain month needs the civil date. */
  readonly needsCivil: boolean;
}

function sortedUnique(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b);
}

function mask(values: readonly number[], size: number): boolean[] {
  const m = new Array<boolean>(size).fill(false);
  for (const v of values) m[v] = true;
  return m;
}

/**
 * @param rule - the rule
 * @param dtWall - DTSTART in wall seconds
 * @param dateOnly - DTSTART is a DATE: BYHOUR, BYMINUTE and BYSECOND are ignored (RFC 5545 §3.3.10)
 * @returns the compiled rule
 */
export function compileRule(rule: RecurrenceRule, dtWall: number, dateOnly = false): CompiledRule {
  const freq = FREQUENCIES.indexOf(rule.freq);
  const day = Math.floor(dtWall / DAY);
  const sod = dtWall - day * DAY;
  const packed = civil(day);
  const m0 = Math.floor(packed / 100) % 100;
  const d0 = packed % 100;
  const hasDayRule = rule.byWeekNo !== undefined || rule.byYearDay !== undefined || rule.byMonthDay !== undefined || rule.byDay !== undefined;
  let monthList = rule.byMonth;
  let monthDays = rule.byMonthDay;
  let byDay = rule.byDay;
  if (freq === YEARLY && !hasDayRule) {
    monthList ??= [m0];
    monthDays = [d0];
  } else if (freq === MONTHLY && rule.byMonthDay === undefined && rule.byDay === undefined) {
    monthDays = [d0];
  } else if (freq === WEEKLY && rule.byDay === undefined) {
    byDay = [{ day: WEEKDAYS[weekday(day)] ?? 'MO' }];
  }
  let weekdays: boolean[] | null = null;
  const ordinals: [number, number][] = [];
  if (byDay !== undefined) {
    weekdays = new Array<boolean>(7).fill(false);
    for (const d of byDay) {
      const wd = WEEKDAYS.indexOf(d.day);
      if (d.ordinal === undefined) weekdays[wd] = true;
      else ordinals.push([wd, d.ordinal]);
    }
  }
  const h0 = Math.floor(sod / 3600);
  const mi0 = Math.floor(sod / 60) % 60;
  const s0 = sod % 60;
  const hours = sortedUnique((dateOnly ? undefined : rule.byHour) ?? (freq < HOURLY ? [h0] : []));
  const minutes = sortedUnique((dateOnly ? undefined : rule.byMinute) ?? (freq < MINUTELY ? [mi0] : []));
  const seconds = sortedUnique(((dateOnly ? undefined : rule.bySecond) ?? (freq < 6 ? [s0] : [])).filter((s) => s < 60));
  const wkst = WEEKDAYS.indexOf(rule.wkst ?? 'MO');
  const needsCivil = monthList !== undefined || monthDays !== undefined || rule.byYearDay !== undefined || rule.byWeekNo !== undefined || ordinals.length > 0;
  let weekPlan: number[] | null = null;
  if (freq === WEEKLY && !needsCivil) {
    // Every week looks the same, so its instants are worked out once.
    weekPlan = [];
    for (let i = 0; i < 7; i++) {
      if (weekdays !== null && weekdays[(wkst + i) % 7] !== true) continue;
      for (const h of hours) for (const mi of minutes) for (const s of seconds) weekPlan.push(i * DAY + h * 3600 + mi * 60 + s);
    }
  }
  return {
    freq,
    interval: rule.interval ?? 1,
    months: monthList === undefined ? null : mask(monthList, 13),
    monthList: monthList === undefined ? null : sortedUnique(monthList),
    monthDays: monthDays ?? null,
    yearDays: rule.byYearDay ?? null,
    weekNos: rule.byWeekNo ?? null,
    weekdays,
    ordinals,
    dayOfWeek: weekdays === null ? null : weekdays.map((plain, wd) => plain || ordinals.some(([w]) => w === wd)),
    weekPlan,
    hours,
    minutes,
    seconds,
    setPos: rule.bySetPos ?? null,
    wkst,
    skip: rule.skip === 'BACKWARD' ? -1 : rule.skip === 'FORWARD' ? 1 : 0,
    ordinalsInMonth: freq === MONTHLY || (freq === YEARLY && monthList !== undefined),
    needsCivil,
  };
}
