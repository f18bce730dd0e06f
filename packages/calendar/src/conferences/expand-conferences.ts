/**
 * Expands a program's conference series into sessions for a window of local
 * dates, applying holidays and closures by policy (see `closures.ts` for the
 * rules). The window is inclusive local dates, read in each series' own
 * zone, so "2026-07-01 – 2027-06-30" is the academic year wherever the
 * series meets. Series that cannot be expanded are reported as findings
 * (warnings when the source leaves a time, weekday or frequency open, errors
 * for wrong values such as an unknown zone) and the others are still expanded.
 *
 * Moves look at most `longest closure + 14` days past the window for
 * sessions that move into it and for the business day to move to.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import type { ConferenceSeries, DayPart, Finding, Program, Weekday } from '@gmekit/model';
import { CalendarInputError, toPlainDate } from '../academic/input-error';
import { expand, RecurrenceError, type NonexistentPolicy, type Occurrence } from '../recurrence/index';
import { ClosedDays, type ClosureRules } from './closures';
import type { ConferenceOccurrence } from './occurrence';
import type { ConferenceReadings } from './readings';
import { conferenceSeriesToRecurrence } from './to-recurrence';

/** Inclusive local dates. */
export interface DateWindow {
  /** First date, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last date (inclusive), `YYYY-MM-DD`. */
  readonly end: string;
}

/** Options of {@link expandConferences}. */
export interface ExpandConferencesOptions {
  /** Holidays, closures and what they do (default: federal holidays cancel sessions). */
  readonly rules?: ClosureRules;
  /** Readings for open values, per series id. */
  readonly readingsBySeries?: Readonly<Record<string, ConferenceReadings>>;
  /** Clock times for day parts, for series that give words instead of a time. */
  readonly dayPartTimes?: Partial<Record<DayPart, string>>;
  /** Most sessions per series (default 10 000); more is reported instead of returned. */
  readonly limit?: number;
  /** DST-gap policy passed to the recurrence engine (default `omit`, RFC 5545 §3.3.10). */
  readonly nonexistent?: NonexistentPolicy;
}

/** Sessions and findings. */
export interface ConferenceExpansion {
  /** Sessions in time order, cancelled ones included and marked. */
  readonly occurrences: readonly ConferenceOccurrence[];
  /** Series that could not be expanded, and choices made on the caller's behalf. */
  readonly findings: readonly Finding[];
  /**
   * Series left off only because the source leaves values open, with the
   * fields to supply or choose (`readingsBySeries`) to place them.
   */
  readonly unplaced: readonly UnplacedSeries[];
}

/** A series left off the calendar until the caller supplies or chooses open values. */
export interface UnplacedSeries {
  /** The series. */
  readonly seriesId: string;
  /** Fields to supply or choose (`startTime`, `weekdays`, `frequency`, `anchorDate`). */
  readonly fields: readonly string[];
}

const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const FIRST_DAY = new Temporal.PlainDate(1, 1, 1);
const LAST_DAY = new Temporal.PlainDate(9999, 12, 31);
const latest = (a: Temporal.PlainDate, b: Temporal.PlainDate) => (Temporal.PlainDate.compare(a, b) >= 0 ? a : b);
const earliest = (a: Temporal.PlainDate, b: Temporal.PlainDate) => (Temporal.PlainDate.compare(a, b) <= 0 ? a : b);

function maxClosureDays(rules: ClosureRules | undefined): number {
  let longest = 1;
  for (const c of rules?.closures ?? []) {
    const start = Temporal.PlainDate.from(c.start);
    const end = Temporal.PlainDate.from(c.end);
    longest = Math.max(longest, start.until(end).days + 1);
  }
  return longest;
}

function instantOf(o: Occurrence, which: 'start' | 'end', timeZone: string): Temporal.ZonedDateTime {
  const ms = which === 'start' ? o.startEpochMs : o.endEpochMs;
  if (ms !== undefined) return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone);
  const value = which === 'start' ? o.start : o.end;
  const text = value.type === 'date' ? `${value.date}T00:00:00` : value.dateTime;
  return Temporal.PlainDateTime.from(text).toZonedDateTime(timeZone);
}

function sessionsOf(
  series: ConferenceSeries,
  occurrences: readonly Occurrence[],
  closed: ClosedDays,
  rules: ClosureRules | undefined,
): ConferenceOccurrence[] {
  const policy = rules?.policyBySeries?.[series.id] ?? rules?.policy ?? 'cancel';
  const zone = series.timeZone;
  const base = (start: Temporal.ZonedDateTime, end: Temporal.ZonedDateTime) => {
    const topic = series.topicsByWeekday?.[WEEKDAYS[start.dayOfWeek - 1] ?? 'MO'];
    return {
      seriesId: series.id,
      title: series.title,
      kind: series.kind,
      ...(topic === undefined ? {} : { topic }),
      timeZone: zone,
      date: start.toPlainDate().toString(),
      start: start.toString(),
      end: end.toString(),
      ...(series.siteId === undefined ? {} : { siteId: series.siteId }),
      audience: series.audience,
      ...(series.pgy === undefined ? {} : { pgy: series.pgy }),
    };
  };
  const taken = new Set(occurrences.map((o) => instantOf(o, 'start', zone).toPlainDate().toString()));
  const out: ConferenceOccurrence[] = [];
  for (const o of occurrences) {
    const start = instantOf(o, 'start', zone);
    const end = instantOf(o, 'end', zone);
    const date = start.toPlainDate();
    const reason = closed.reason(date);
    if (reason === undefined || policy === 'ignore') {
      out.push({ ...base(start, end), status: 'scheduled' });
      continue;
    }
    const cancelled = (note?: string): ConferenceOccurrence => ({
      ...base(start, end),
      status: 'cancelled',
      originalDate: date.toString(),
      reason,
      ...(note === undefined ? {} : { note }),
    });
    if (policy === 'cancel') {
      out.push(cancelled());
      continue;
    }
    const target = closed.nearestBusinessDay(date, policy === 'move-next-business-day' ? 1 : -1);
    if (target === undefined) {
      out.push(cancelled('no business day within 366 days to move to'));
      continue;
    }
    if (taken.has(target.toString())) {
      out.push(cancelled(`the series already meets on ${target.toString()}, the business day it would move to`));
      continue;
    }
    taken.add(target.toString());
    const movedStart = target.toZonedDateTime({ timeZone: zone, plainTime: start.toPlainTime() });
    const movedEnd = movedStart.add(start.until(end));
    out.push({ ...base(movedStart, movedEnd), status: 'moved', originalDate: date.toString(), reason });
  }
  return out;
}

/**
 * Expands conference series into dated sessions for a window.
 *
 * @param input - a program (its `conferences`) or a list of series
 * @param window - inclusive local dates, read in each series' zone
 * @param options - closure rules and policies, readings for open values, limits
 * @returns sessions in time order and findings for series that could not be expanded
 * @throws `CalendarInputError` for invalid window dates or a window that ends before it starts
 * @example
 * const { occurrences } = expandConferences(program, academicYearRange(2026), { rules: { policy: 'move-next-business-day' } });
 */
export function expandConferences(
  input: Pick<Program, 'conferences'> | readonly ConferenceSeries[],
  window: DateWindow,
  options: ExpandConferencesOptions = {},
): ConferenceExpansion {
  const first = toPlainDate(window.start, ['window', 'start']);
  const last = toPlainDate(window.end, ['window', 'end']);
  if (Temporal.PlainDate.compare(last, first) < 0) {
    throw new CalendarInputError('invalid-window', ['window', 'end'], `window.end: ${window.end} is before window.start ${window.start}`);
  }
  const list: readonly ConferenceSeries[] = 'conferences' in input ? input.conferences : input;
  const margin = maxClosureDays(options.rules) + 14;
  // Expansion stays inside the four-digit years that dates are written in.
  const from = latest(first.subtract({ days: margin }), FIRST_DAY);
  const to = earliest(last.add({ days: margin }), LAST_DAY);
  const expandEnd = Temporal.PlainDate.compare(to, LAST_DAY) < 0 ? to.add({ days: 1 }).toString() : `${LAST_DAY.toString()}T23:59:59`;
  const closed = new ClosedDays(options.rules ?? {}, from.subtract({ days: 366 }), to.add({ days: 366 }));
  const findings: Finding[] = [];
  const sessions: ConferenceOccurrence[] = [];
  const unplaced: UnplacedSeries[] = [];
  const known = closed.federalHolidaysFrom;
  if (known !== undefined && first.toString() < known && list.length > 0) {
    findings.push({
      code: 'conference/holidays-not-known',
      severity: 'warning',
      path: ['rules', 'federalHolidays'],
      message: `federal holidays are known from ${known} (the Monday holiday rules of 1971); sessions before then are not cancelled or moved for holidays`,
    });
  }
  list.forEach((series, i) => {
    const path = ['conferences', i];
    const converted = conferenceSeriesToRecurrence(
      series,
      {
        from: from.toString(),
        ...(options.readingsBySeries?.[series.id] ? { readings: options.readingsBySeries[series.id] } : {}),
        ...(options.dayPartTimes ? { dayPartTimes: options.dayPartTimes } : {}),
      },
      path,
    );
    findings.push(...converted.findings);
    if (!converted.ok) {
      if (converted.open.length > 0 && !converted.findings.some((f) => f.severity === 'error')) unplaced.push({ seriesId: series.id, fields: converted.open });
      return;
    }
    let occurrences: Occurrence[];
    try {
      occurrences = expand(
        converted.series,
        { start: from.toString(), end: expandEnd },
        { limit: options.limit ?? 10_000, ...(options.nonexistent ? { nonexistent: options.nonexistent } : {}) },
      );
    } catch (error) {
      if (!(error instanceof RecurrenceError)) throw error;
      findings.push({ code: `conference/${error.code}`, severity: 'error', path, message: `${series.title} (${series.id}): ${error.message}` });
      return;
    }
    for (const session of sessionsOf(series, occurrences, closed, options.rules)) {
      if (session.date >= first.toString() && session.date <= last.toString()) sessions.push(session);
    }
  });
  const epochs = new Map(sessions.map((s) => [s, Temporal.ZonedDateTime.from(s.start).epochMilliseconds]));
  const epoch = (s: ConferenceOccurrence) => epochs.get(s) ?? 0;
  sessions.sort((a, b) => epoch(a) - epoch(b) || (a.seriesId < b.seriesId ? -1 : a.seriesId > b.seriesId ? 1 : 0));
  return { occurrences: sessions, findings, unplaced };
}
