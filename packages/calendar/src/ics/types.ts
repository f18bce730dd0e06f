/**
 * The plain-data calendar that {@link toICS} writes and {@link parseICS}
 * reads. Everything is JSON-serialisable (strings, numbers, arrays), so a
 * calendar compares with deep equality and round-trips through JSON; the
 * recurrence of each event is a `RecurrenceSeries` of the recurrence engine,
 * so a parsed calendar feeds `expand` directly.
 *
 * @module
 */
import type { IcsParameter } from './params';
import type { DateTimeValue, RecurrenceSeries } from '../recurrence/index';

/** A property kept as read (unknown to this library, or repeated). */
export interface IcsProperty {
  /** Property name, upper-cased (e.g. `X-APPLE-TRAVEL-ADVISORY-BEHAVIOR`, `SEQUENCE`). */
  readonly name: string;
  /** Its parameters, values decoded. */
  readonly params: readonly IcsParameter[];
  /** The value exactly as in the file after unfolding (TEXT escapes kept). */
  readonly value: string;
}

/** A component kept as read (VALARM inside an event, VTODO, VJOURNAL, …). */
export interface IcsComponent {
  /** Component name, upper-cased. */
  readonly name: string;
  /** Its properties in file order. */
  readonly properties: readonly IcsProperty[];
  /** Its sub-components. */
  readonly components: readonly IcsComponent[];
}

/**
 * What an override VEVENT (one with RECURRENCE-ID) says beyond the new times,
 * which the recurrence engine's override carries: the text fields that differ
 * from the master and its own unknown properties.
 */
export interface IcsInstanceDetails {
  /** The RECURRENCE-ID of the instance (as in the series override). */
  readonly recurrenceId: DateTimeValue;
  /** SUMMARY of the instance when it differs from the master's. */
  readonly summary?: string;
  /** DESCRIPTION of the instance when it differs. */
  readonly description?: string;
  /** LOCATION of the instance when it differs. */
  readonly location?: string;
  /** Other properties of the override VEVENT, kept as read. */
  readonly extra?: readonly IcsProperty[];
  /** Unknown parameters of its SUMMARY, DESCRIPTION and LOCATION, by property name. */
  readonly extraParams?: Readonly<Record<string, readonly IcsParameter[]>>;
}

/** One VEVENT: a single event or a recurring series with its overrides. */
export interface IcsEvent {
  /**
   * Globally unique id. When absent, {@link toICS} derives a stable one from
   * the event's content (a hash of summary, start and recurrence, `@gmekit`),
   * so the same input always gets the same UID; give one to keep UIDs stable
   * when the content changes.
   */
  readonly uid?: string;
  /**
   * DTSTAMP as an ISO instant in UTC (`2026-07-01T00:00:00Z`). Supplied by the
   * caller (or `options.dtstamp`) rather than taken from the clock so the same
   * input always gives byte-identical output.
   */
  readonly dtstamp?: string;
  /** SUMMARY (an empty string when the file has none). */
  readonly summary: string;
  /** DESCRIPTION. */
  readonly description?: string;
  /** LOCATION. */
  readonly location?: string;
  /** CATEGORIES, in order. */
  readonly categories?: readonly string[];
  /** URL. */
  readonly url?: string;
  /** When it happens: DTSTART, DTEND/DURATION, RRULE, RDATE, EXDATE and RECURRENCE-ID overrides. */
  readonly series: RecurrenceSeries;
  /** Text and unknown properties of override instances (see {@link IcsInstanceDetails}). */
  readonly instances?: readonly IcsInstanceDetails[];
  /** Properties this library does not model, kept as read so nothing is lost. */
  readonly extra?: readonly IcsProperty[];
  /**
   * Unknown parameters of known properties, by property name (e.g.
   * `{ SUMMARY: [{ name: 'LANGUAGE', values: ['en'] }] }`).
   */
  readonly extraParams?: Readonly<Record<string, readonly IcsParameter[]>>;
  /** Sub-components (VALARM), kept as read. */
  readonly components?: readonly IcsComponent[];
}

/** A calendar: RFC 7986 calendar properties and its events. */
export interface IcsCalendar {
  /** NAME (also written as X-WR-CALNAME for older clients). */
  readonly name?: string;
  /** DESCRIPTION (also written as X-WR-CALDESC). */
  readonly description?: string;
  /** REFRESH-INTERVAL as an ISO 8601 duration, e.g. `P1D` (also written as X-PUBLISHED-TTL). */
  readonly refreshInterval?: string;
  /** PRODID; {@link toICS} writes `-//gmekit//calendar//EN` when absent. */
  readonly prodId?: string;
  /** The events, in order. */
  readonly events: readonly IcsEvent[];
  /** Calendar properties this library does not model (METHOD, X-WR-TIMEZONE, …), kept as read. */
  readonly extra?: readonly IcsProperty[];
  /** Components other than VEVENT and VTIMEZONE (VTODO, VJOURNAL, …), kept as read. */
  readonly components?: readonly IcsComponent[];
}
