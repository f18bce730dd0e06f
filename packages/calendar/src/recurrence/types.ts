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
