/**
 * Plain-data types shared by the recurrence engine and the iCalendar reader
 * and writer. Every value is a JSON-serialisable string or number so series
 * round-trip through JSON, compare with deep equality, and never carry a host
 * time zone. Temporal objects are used inside the engine only.
 *
 * @module
 */

/**
 * A calendar date, `YYYY-MM-DD` (iCalendar `VALUE=DATE`). All-day items use it;
 * it is never a midnight instant.
 */
export interface DateValue {
  /** Discriminant. */
  readonly type: 'date';
  /** ISO calendar date, `YYYY-MM-DD`. */
  readonly date: string;
}

/** A local date-time that belongs to no zone (iCalendar "floating" form). */
export interface FloatingDateTimeValue {
  /** Discriminant. */
  readonly type: 'floating';
  /** ISO local date-time, `YYYY-MM-DDTHH:MM:SS`. */
  readonly dateTime: string;
}

/** An exact instant written in UTC (iCalendar form `...Z`). */
export interface UtcDateTimeValue {
  /** Discriminant. */
  readonly type: 'utc';
  /** ISO local date-time in UTC, `YYYY-MM-DDTHH:MM:SS` (no `Z`). */
  readonly dateTime: string;
}

/** A local date-time in an IANA time zone (iCalendar `TZID=`). */
export interface ZonedDateTimeValue {
  /** Discriminant. */
  readonly type: 'zoned';
  /** ISO local wall-clock date-time, `YYYY-MM-DDTHH:MM:SS`. */
  readonly dateTime: string;
  /** IANA time-zone name, e.g. `America/Los_Angeles`. */
  readonly timeZone: string;
}

/** Any DTSTART / DTEND / RDATE / EXDATE / RECURRENCE-ID value. */
export type DateTimeValue = DateValue | FloatingDateTimeValue | UtcDateTimeValue | ZonedDateTimeValue;

/** RRULE `FREQ` values, coarsest first. */
export type Frequency = 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY' | 'HOURLY' | 'MINUTELY' | 'SECONDLY';

/** Two-letter iCalendar weekday codes (`BYDAY`, `WKST`). */
export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/**
 * One `BYDAY` entry: a weekday, optionally with an ordinal (`2TU` is the
 * second Tuesday, `-1FR` the last Friday of the month or year).
 */
export interface WeekdayNum {
  /** The weekday. */
  readonly day: WeekdayCode;
  /** 1..53 or -53..-1; absent means every such weekday of the period. */
  readonly ordinal?: number;
}

/**
 * RFC 7529 `SKIP`, accepted without `RSCALE` (Gregorian only), for instances
 * that do not exist. `OMIT` (the default) drops them as RFC 5545 §3.3.10
 * does. For a BYMONTHDAY (or DTSTART day) past a month's end in a MONTHLY or
 * YEARLY rule whose days come from BYMONTHDAY alone, `BACKWARD` moves the
 * instance to the month's last day and `FORWARD` to the next month's first
 * day. For a local time in a DST gap, `FORWARD` moves it later by the gap and
 * `BACKWARD` earlier (see `ExpandOptions.nonexistent`, which wins over it).
 */
export type SkipPolicy = 'OMIT' | 'BACKWARD' | 'FORWARD';

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
  /**
   * Further RRULEs (RFC 5545 deprecates several but allows them): their
   * instances are unioned with `rrule`'s, a time produced twice counting once;
   * each rule's COUNT and UNTIL bound its own instances. Ignored without `rrule`.
   */
  readonly moreRules?: readonly RecurrenceRule[];
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

/**
 * A half-open window `[start, end)`. Each bound is either a string or a
 * DateTimeValue. Strings: an instant with `Z` or an offset
 * (`2026-07-01T00:00:00Z`), a local date-time (`2026-07-01T08:00:00`) or a
 * date (`2026-07-01`, meaning that day's midnight). Local bounds are read in
 * the series' zone (or `timeZone` of the options); instant bounds against a
 * floating or date series need `options.timeZone`.
 */
export interface ExpandWindow {
  /** Inclusive start. */
  readonly start: string | DateTimeValue;
  /** Exclusive end. */
  readonly end: string | DateTimeValue;
}

/** How a local time that does not exist (a DST gap) is handled. */
export type NonexistentPolicy = 'omit' | 'forward' | 'backward';

/** Options of `expand` and `iterate`. */
export interface ExpandOptions {
  /**
   * Instances at a wall time skipped by a DST gap: `omit` (RFC 5545 §3.3.10,
   * the default unless the rule has `SKIP`), `forward` (moved later by the
   * gap, 02:30 → 03:30), `backward` (moved earlier by the gap, 02:30 → 01:30).
   * Wall times that happen twice always use the first (earlier) one.
   */
  readonly nonexistent?: NonexistentPolicy;
  /** Most instances returned (default 100 000); more raises `limit-exceeded` in `expand`, ends `iterate`. */
  readonly limit?: number;
  /**
   * Most candidate times the rule may generate in one call, before BYSETPOS,
   * COUNT, UNTIL, EXDATE and the window filter them (default 10 000 000 for
   * `expand`, unbounded for `iterate`); more raises `work-exceeded`. It bounds
   * the time any rule can take: a YEARLY rule with every BYHOUR, BYMINUTE and
   * BYSECOND value makes 31 million candidates a year.
   */
  readonly maxCandidates?: number;
  /** Zone for reading a floating or date series against instants, and local window bounds. */
  readonly timeZone?: string;
}
