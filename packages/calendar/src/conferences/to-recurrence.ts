/**
 * A conference series as a recurrence series: DTSTART at the series' local
 * start time in its IANA zone, the rule from `rrule` when the source gives
 * one or else from `frequency` + `weekdays`, and the length as a duration.
 * Whatever the source leaves open (no time, no weekday, no anchor for an
 * every-other-week series, "bimonthly") becomes a warning instead of a
 * guess, and the series is not converted; the caller can pick or supply a
 * value through `readings`. Errors are kept for values that are wrong.
 *
 * DTSTART is the series' anchor date when stated. A rule whose dates do not
 * depend on DTSTART's phase (weekly on named days, monthly on the 2nd and 4th
 * Tuesday) needs no anchor: DTSTART is then the first meeting day on or after
 * `options.from` for daily and weekly rules, and for other rules the day
 * before `from`, excluded with an EXDATE, so DTSTART never adds a session the
 * rule does not have (RFC 5545 leaves an unsynchronised DTSTART undefined).
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import type { ConferenceSeries, DayPart, Finding, PathSegment, Weekday } from '@gmekit/model';
import { parseRRule, type RecurrenceSeries, type ZonedDateTimeValue } from '../recurrence/index';
import { linkReadings, readOpen, type ConferenceReadings } from './readings';
import { needsPhase, plainWeekdays, rruleParts } from './rrule-text';

/** Options of {@link conferenceSeriesToRecurrence}. */
export interface ConferenceRecurrenceOptions {
  /** First date of interest, `YYYY-MM-DD`; DTSTART of a series without an anchor is placed from it. */
  readonly from?: string;
  /** Values picked or supplied for the series' open values. */
  readonly readings?: ConferenceReadings;
  /** Clock times for day parts ("noon" → `12:00`) when the source gives words instead of a time. */
  readonly dayPartTimes?: Partial<Record<DayPart, string>>;
}

/** A series converted, or the findings that say why it could not be. */
export type ConferenceRecurrenceResult =
  | {
      /** Converted. */
      readonly ok: true;
      /** The recurrence series. */
      readonly series: RecurrenceSeries;
      /** Choices made on the caller's behalf and warnings (e.g. no duration). */
      readonly findings: readonly Finding[];
    }
  | {
      /** Not converted. */
      readonly ok: false;
      /** What is missing or wrong. */
      readonly findings: readonly Finding[];
      /** Fields the source leaves open that must be supplied or chosen (`readings`) before the series can be placed. */
      readonly open: readonly string[];
    };

const WEEKDAYS: readonly Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const LOCAL_TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;

function weekdayOf(date: Temporal.PlainDate): Weekday {
  return WEEKDAYS[date.dayOfWeek - 1] ?? 'MO';
}

function ruleText(frequency: string, weekdays: readonly Weekday[] | undefined, anchor: Temporal.PlainDate | undefined): string | null {
  const days = weekdays ?? (anchor ? [weekdayOf(anchor)] : undefined);
  switch (frequency) {
    case 'daily':
      return weekdays ? `FREQ=WEEKLY;BYDAY=${weekdays.join(',')}` : 'FREQ=DAILY';
    case 'weekdays':
      return `FREQ=WEEKLY;BYDAY=${(weekdays ?? ['MO', 'TU', 'WE', 'TH', 'FR']).join(',')}`;
    case 'weekly':
      return days ? `FREQ=WEEKLY;BYDAY=${days.join(',')}` : null;
    case 'every-other-week':
      return days ? `FREQ=WEEKLY;INTERVAL=2;BYDAY=${days.join(',')}` : null;
    case 'annual':
      return 'FREQ=YEARLY';
    default:
      return null;
  }
}

function zoneOk(timeZone: string): boolean {
  try {
    new Temporal.PlainDate(2000, 1, 1).toZonedDateTime(timeZone);
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts a conference series to a recurrence series.
 *
 * @param series - the conference series
 * @param options - reference date, readings for open values, day-part times
 * @param path - path of the series in its input, for findings (default `[]`)
 * @returns the recurrence series with findings, or the findings that stop it
 * @example
 * const r = conferenceSeriesToRecurrence(tumorBoard, { from: '2026-07-01' });
 * if (r.ok) r.series.start; // { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'America/Los_Angeles' }
 */
export function conferenceSeriesToRecurrence(
  series: ConferenceSeries,
  options: ConferenceRecurrenceOptions = {},
  path: readonly PathSegment[] = [],
): ConferenceRecurrenceResult {
  const findings: Finding[] = [];
  const readings = linkReadings(series, options.readings ?? {}, path, findings);
  const name = `${series.title} (${series.id})`;
  const fail = (code: string, field: string, message: string): void => {
    findings.push({ code, severity: 'error', path: [...path, field], message: `${name}: ${message}` });
  };
  // A value the source leaves open is a warning, but the series still cannot be placed without it.
  const open: string[] = [];
  const gap = (code: string, field: string, message: string): void => {
    open.push(field);
    findings.push({ code, severity: 'warning', path: [...path, field], message: `${name}: ${message}; the series is not placed until then` });
  };
  const needed = <T>(field: string, reading: { readonly value?: T }): T | undefined => {
    if (reading.value === undefined) open.push(field);
    return reading.value;
  };
  if (!zoneOk(series.timeZone)) fail('conference/unknown-time-zone', 'timeZone', `unknown time zone ${JSON.stringify(series.timeZone)}`);

  let startTime: string | undefined;
  const dayPartTime = series.dayPart === undefined ? undefined : options.dayPartTimes?.[series.dayPart];
  if (series.startTime.status === 'unstated' && readings.startTime === undefined && dayPartTime !== undefined) {
    startTime = dayPartTime;
    findings.push({
      code: 'conference/day-part-time',
      severity: 'info',
      path: [...path, 'startTime'],
      message: `${name}: the source says "${String(series.dayPart)}" without a time; using ${dayPartTime} from options.dayPartTimes`,
    });
  } else {
    startTime = needed('startTime', readOpen(series.startTime, readings.startTime, 'startTime', series, path, findings));
  }
  if (startTime !== undefined && !LOCAL_TIME.test(startTime)) fail('conference/invalid-time', 'startTime', `start time ${JSON.stringify(startTime)} is not HH:MM`);
  const minutes = readOpen(series.durationMinutes, readings.durationMinutes, 'durationMinutes', series, path, findings, false).value;

  let anchor: Temporal.PlainDate | undefined;
  const anchorText = series.anchorDate.status === 'unstated' && readings.anchorDate === undefined ? undefined : needed('anchorDate', readOpen(series.anchorDate, readings.anchorDate, 'anchorDate', series, path, findings));
  if (anchorText !== undefined) {
    try {
      anchor = Temporal.PlainDate.from(anchorText, { overflow: 'reject' });
    } catch {
      fail('conference/invalid-anchor', 'anchorDate', `anchor date ${JSON.stringify(anchorText)} is not a real YYYY-MM-DD date`);
    }
  }

  let text = series.rrule;
  if (text === undefined) {
    const frequency = needed('frequency', readOpen(series.frequency, readings.frequency, 'frequency', series, path, findings));
    const needsDays = frequency === 'weekly' || frequency === 'every-other-week';
    const weekdays =
      series.weekdays.status === 'unstated' && readings.weekdays === undefined && (!needsDays || anchor)
        ? undefined
        : needed('weekdays', readOpen(series.weekdays, readings.weekdays, 'weekdays', series, path, findings));
    if (frequency !== undefined) {
      const built = ruleText(frequency, weekdays, anchor);
      if (built === null && !needsDays) {
        gap('conference/frequency-underspecified', 'frequency', `"${frequency}" does not say which days of the month; give the series an rrule such as FREQ=MONTHLY;BYDAY=2TU,4TU`);
      }
      text = built ?? undefined;
    }
  }
  const parts = text === undefined ? undefined : rruleParts(text);
  if (parts && needsPhase(parts) && anchor === undefined && series.anchorDate.status === 'unstated') {
    gap('conference/anchorDate-unstated', 'anchorDate', `the rule ${String(text)} depends on which week or day it started; supply the date of one meeting with readings.anchorDate`);
  }
  const days = parts ? plainWeekdays(parts) : null;
  if (anchor && days && !days.includes(anchor.dayOfWeek)) {
    fail('conference/anchor-mismatch', 'anchorDate', `anchor date ${anchor.toString()} is a ${weekdayOf(anchor)}, a day the rule ${String(text)} does not meet on`);
  }
  let from: Temporal.PlainDate | undefined;
  if (anchor === undefined && options.from !== undefined) {
    try {
      from = Temporal.PlainDate.from(options.from, { overflow: 'reject' });
    } catch {
      fail('conference/invalid-from', 'from', `options.from ${JSON.stringify(options.from)} is not a real YYYY-MM-DD date`);
    }
  } else if (anchor === undefined && open.length === 0 && !findings.some((f) => f.severity === 'error')) {
    fail('conference/start-unknown', 'anchorDate', 'no anchor date is stated; pass options.from so DTSTART can be placed');
  }
  if (open.length > 0 || findings.some((f) => f.severity === 'error') || text === undefined || startTime === undefined) return { ok: false, findings, open: [...new Set(open)] };

  const parsed = parseRRule(text);
  if (!parsed.ok) {
    fail('conference/invalid-rrule', 'rrule', `the rule ${text} is not valid: ${parsed.error.message}`);
    return { ok: false, findings, open: [...new Set(open)] };
  }
  const at = (date: Temporal.PlainDate): ZonedDateTimeValue => ({ type: 'zoned', dateTime: `${date.toString()}T${startTime}:00`, timeZone: series.timeZone });
  let first = anchor ?? from ?? Temporal.PlainDate.from('2000-01-01');
  let exdates: ZonedDateTimeValue[] = [];
  if (anchor === undefined) {
    if (days) {
      while (!days.includes(first.dayOfWeek)) first = first.add({ days: 1 });
    } else {
      first = first.subtract({ days: 1 });
      exdates = [at(first)];
    }
  }
  const out: RecurrenceSeries = {
    start: at(first),
    ...(minutes === undefined ? {} : { duration: `PT${minutes}M` }),
    rrule: parsed.rule,
    ...(exdates.length > 0 ? { exdates } : {}),
  };
  return { ok: true, series: out, findings };
}
