/**
 * One session of a conference series, as {@link expandConferences} returns
 * it: dated in the series' own zone, with the weekday's topic, and with what
 * a holiday or closure did to it.
 *
 * @module
 */
import type { ConferenceKind, PgyRange } from '@gmekit/model';

/** Why a session was cancelled or moved. */
export interface ClosureReason {
  /** A federal holiday or a program-defined closure. */
  readonly kind: 'federal-holiday' | 'closure';
  /** Holiday or closure identifier. */
  readonly id: string;
  /** Holiday or closure name. */
  readonly name: string;
}

/** One session of a conference series. */
export interface ConferenceOccurrence {
  /** Series identifier. */
  readonly seriesId: string;
  /** Series title. */
  readonly title: string;
  /** Series kind. */
  readonly kind: ConferenceKind;
  /** Topic of the session's weekday, for series that rotate topics by day. */
  readonly topic?: string;
  /** IANA zone of the series; `start` and `end` are in it. */
  readonly timeZone: string;
  /** Local date of the session (after any move), `YYYY-MM-DD`. */
  readonly date: string;
  /** Start with offset and zone, e.g. `2026-07-07T07:00:00-07:00[America/Los_Angeles]`. */
  readonly start: string;
  /** End with offset and zone. */
  readonly end: string;
  /** `scheduled` as the rule says, `moved` by a closure policy, or `cancelled`. */
  readonly status: 'scheduled' | 'moved' | 'cancelled';
  /** The date the rule gave, for moved and cancelled sessions. */
  readonly originalDate?: string;
  /** The holiday or closure that moved or cancelled the session. */
  readonly reason?: ClosureReason;
  /** Why a move turned into a cancellation, when it did. */
  readonly note?: string;
  /** Site it is held at, when the series states one. */
  readonly siteId?: string;
  /** Who is expected. */
  readonly audience: readonly string[];
  /** PGY levels it is part of, when limited. */
  readonly pgy?: PgyRange;
}
