// TEMPORARY: a copy of the recurrence engine's plain-data types (not yet
// committed by its author) and parse/format stand-ins; replaced by re-exports
// from '../recurrence' as soon as the engine lands.
import type { DateTimeValue } from '../recurrence/types';
export type { DateTimeValue } from '../recurrence/types';

/** RRULE `FREQ` values, coarsest first. */
type Frequency = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY' | 'HOURLY' | 'MINUTELY' | 'SECONDLY';

/** Two-letter iCalendar weekday codes (`BYDAY`, `WKST`). */
type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/**
 * One `BYDAY` entry: a weekday, optionally with an ordinal (`2TU` is the
 * second Tuesday, `-1FR` the last Friday of the month or year).
 */
interface WeekdayNum {
  /** The weekday. */
  readonly day: WeekdayCode;
  /** 1..53 or -53..-1; absent means every such weekday of the period. */
  readonly ordinal?: number;
}

/**
 * RFC 7529 `SKIP` handling of instances that do not exist. Used without
 * `RSCALE` (Gregorian only): `OMIT` drops them (RFC 5545 behaviour),
 * `BACKWARD` moves them to the previous valid day or wall-clock time,
 * `FORWARD` to the next.
 */
type SkipPolicy = 'OMIT' | 'BACKWARD' | 'FORWARD';

/**
 * A whole RFC 5545 `RRULE` as plain data. Absent members mean "not given";
 * lists are kept in the order they were written so a canonical rule string
 * round-trips exactly.
 */
export interface RecurrenceRule {
  /** `FREQ`: the period the rule repeats over. */
  readonly freq: Frequency;
  /** `INTERVAL` (≥ 1); absent means 1. */
  readonly interval?: number;
  /** `COUNT` (≥ 1): total instances including DTSTART. Never together with `until`. */
  readonly count?: number;
  /**
   * `UNTIL`, inclusive. A `utc` value is compared as an instant; a `floating`
   * or `date` value is read in DTSTART's zone (a date means the end of that
   * day). Never together with `count`.
   */
  readonly until?: DateTimeValue;
  /** `BYSECOND`: 0..60. */
  readonly bySecond?: readonly number[];
  /** `BYMINUTE`: 0..59. */
  readonly byMinute?: readonly number[];
  /** `BYHOUR`: 0..23. */
  readonly byHour?: readonly number[];
  /** `BYDAY`: weekdays, with ordinals for MONTHLY and YEARLY rules. */
  readonly byDay?: readonly WeekdayNum[];
  /** `BYMONTHDAY`: 1..31 or -31..-1 (from the end of the month). */
  readonly byMonthDay?: readonly number[];
  /** `BYYEARDAY`: 1..366 or -366..-1. */
  readonly byYearDay?: readonly number[];
  /** `BYWEEKNO`: 1..53 or -53..-1, weeks as defined by `wkst` (YEARLY only). */
  readonly byWeekNo?: readonly number[];
  /** `BYMONTH`: 1..12. */
  readonly byMonth?: readonly number[];
  /** `BYSETPOS`: 1..366 or -366..-1, picks from each period's instances. */
  readonly bySetPos?: readonly number[];
  /** `WKST`: first day of the week; absent means `MO`. */
  readonly wkst?: WeekdayCode;
  /** RFC 7529 `SKIP` (accepted here without `RSCALE`); absent means `OMIT`. */
  readonly skip?: SkipPolicy;
}

/**
 * One instance replaced through `RECURRENCE-ID`: moved (new `start`/`end`) or
 * cancelled. It applies only when `recurrenceId` is an instance of the series.
 */
export interface RecurrenceOverride {
  /** The original start of the instance it replaces (same kind as the series start). */
  readonly recurrenceId: DateTimeValue;
  /** New start; absent keeps the original start. */
  readonly start?: DateTimeValue;
  /** New end; absent keeps the series duration from the new start. */
  readonly end?: DateTimeValue;
  /** True when the instance is cancelled (`STATUS:CANCELLED`). */
  readonly cancelled?: boolean;
}

/**
 * A recurring (or single) event's timing as plain data: the iCalendar
 * DTSTART, DTEND/DURATION, RRULE, RDATE, EXDATE and RECURRENCE-ID overrides.
 */
export interface RecurrenceSeries {
  /** DTSTART: the first instance; its kind (date, floating, utc, zoned) is the kind of every instance. */
  readonly start: DateTimeValue;
  /** DTEND: the first instance's end; every instance lasts the same exact time. */
  readonly end?: DateTimeValue;
  /** DURATION as ISO 8601 (`PT1H`, `P1D`, `P2W`), used when `end` is absent; days are calendar days. */
  readonly duration?: string;
  /** RRULE. */
  readonly rrule?: RecurrenceRule;
  /** RDATE: extra instances; one equal to a rule instance adds nothing. */
  readonly rdates?: readonly DateTimeValue[];
  /** EXDATE: instances removed (matched by instant, or by wall time for floating and date series). */
  readonly exdates?: readonly DateTimeValue[];
  /** RECURRENCE-ID overrides, each applied at most once. */
  readonly overrides?: readonly RecurrenceOverride[];
}

/** One expanded instance of a series. */
export interface Occurrence {
  /** Start, the same kind as the series start (or the override's start). */
  readonly start: DateTimeValue;
  /** End (equal to `start` for an event without duration). */
  readonly end: DateTimeValue;
  /** Start as a UTC instant `YYYY-MM-DDTHH:MM:SSZ`; absent for date and floating values. */
  readonly startInstant?: string;
  /** End as a UTC instant; absent for date and floating values. */
  readonly endInstant?: string;
  /** Start in epoch milliseconds; absent for date and floating values. */
  readonly startEpochMs?: number;
  /** End in epoch milliseconds; absent for date and floating values. */
  readonly endEpochMs?: number;
  /** The instance's RECURRENCE-ID: its start before any override. */
  readonly recurrenceId: DateTimeValue;
  /** True when a RECURRENCE-ID override replaced this instance. */
  readonly overridden: boolean;
  /** True when the instance comes from RDATE only (not DTSTART or the rule). */
  readonly fromRdate: boolean;
}


export function parseRRule(text: string): { ok: true; rule: RecurrenceRule } | { ok: false; error: { message: string } } {
  const parts = new Map(text.split(';').map((p) => [p.split('=')[0] ?? '', p.split('=')[1] ?? '']));
  const freq = parts.get('FREQ');
  if (freq !== 'YEARLY' && freq !== 'MONTHLY' && freq !== 'WEEKLY' && freq !== 'DAILY') return { ok: false, error: { message: `bad FREQ ${freq ?? ''}` } };
  const rule: { -readonly [K in keyof RecurrenceRule]: RecurrenceRule[K] } = { freq };
  const interval = parts.get('INTERVAL');
  if (interval !== undefined) rule.interval = Number(interval);
  const count = parts.get('COUNT');
  if (count !== undefined) rule.count = Number(count);
  const until = parts.get('UNTIL');
  if (until !== undefined) {
    let v: DateTimeValue;
    if (until.length === 8) v = { type: 'date', date: `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}` };
    else {
      const iso = `${until.slice(0, 4)}-${until.slice(4, 6)}-${until.slice(6, 8)}T${until.slice(9, 11)}:${until.slice(11, 13)}:${until.slice(13, 15)}`;
      v = until.endsWith('Z') ? { type: 'utc', dateTime: iso } : { type: 'floating', dateTime: iso };
    }
    rule.until = v;
  }
  const byDay = parts.get('BYDAY');
  if (byDay !== undefined) {
    rule.byDay = byDay.split(',').map((d): WeekdayNum => {
      const m = /^([+-]?\d+)?(MO|TU|WE|TH|FR|SA|SU)$/.exec(d);
      const day = (m?.[2] ?? 'MO') as WeekdayCode;
      return m?.[1] !== undefined ? { day, ordinal: Number(m[1]) } : { day };
    });
  }
  const wkst = parts.get('WKST');
  if (wkst !== undefined) rule.wkst = wkst as WeekdayCode;
  return { ok: true, rule };
}

export function formatRRule(rule: RecurrenceRule): string {
  const out = [`FREQ=${rule.freq}`];
  if (rule.until) {
    const u = rule.until;
    out.push(`UNTIL=${u.type === 'date' ? u.date.replace(/-/g, '') : u.dateTime.replace(/[-:]/g, '') + (u.type === 'utc' ? 'Z' : '')}`);
  }
  if (rule.count !== undefined) out.push(`COUNT=${rule.count}`);
  if (rule.interval !== undefined) out.push(`INTERVAL=${rule.interval}`);
  if (rule.byDay) out.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal ?? ''}${d.day}`).join(',')}`);
  if (rule.wkst) out.push(`WKST=${rule.wkst}`);
  return out.join(';');
}
