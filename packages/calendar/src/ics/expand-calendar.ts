/**
 * Expanding every event of a calendar into occurrences with the recurrence
 * engine: what a feed reader or conflict checker needs after `parseICS`.
 *
 * @module
 */
import type { Finding } from '@gmekit/model';
import { DAY, parseDay, parseWall } from '../recurrence/civil';
import { zoneTable } from '../recurrence/zone-table';
import { DEFAULT_LIMIT, DEFAULT_MAX_CANDIDATES, SeriesExpander } from '../recurrence/compiled';
import type { Budget } from '../recurrence/generator';
import { RecurrenceError, type DateTimeValue, type ExpandOptions, type ExpandWindow, type Occurrence } from '../recurrence/index';
import type { IcsInstanceDetails } from './types';
import { ianaZone } from './tz-resolve';
import type { IcsCalendar, IcsEvent } from './types';

/** One occurrence of one event of a calendar. */
export interface CalendarOccurrence {
  /** Index of the event in `calendar.events`. */
  readonly eventIndex: number;
  /** The event's UID (empty when it has none). */
  readonly uid: string;
  /** The summary of this instance (an override's own summary when it has one). */
  readonly summary: string;
  /** The instance, as the recurrence engine gives it. */
  readonly occurrence: Occurrence;
}

/** Default most occurrences one {@link expandCalendar} call returns for the whole calendar. */
export const DEFAULT_MAX_OCCURRENCES = 500_000;

/**
 * Options of {@link expandCalendar}: those of `expand` (`limit` is per
 * event; `maxCandidates` bounds the rule work of the whole call, default
 * 10 000 000) and a bound on the calendar's total occurrences. When a bound
 * is hit the occurrences found so far are returned with an error finding
 * saying which event stopped the call; raise the option to get the rest.
 */
export interface ExpandCalendarOptions extends ExpandOptions {
  /** Most occurrences of all events together (default {@link DEFAULT_MAX_OCCURRENCES}). */
  readonly maxOccurrences?: number;
}

/** What {@link expandCalendar} returns. */
export interface ExpandCalendarResult {
  /** All occurrences of all events, sorted by start (ties by event order). */
  readonly occurrences: CalendarOccurrence[];
  /** One error finding per event that could not be expanded (the others still are). */
  readonly findings: Finding[];
}

function zoneOfCalendar(calendar: IcsCalendar): string | undefined {
  const wr = calendar.extra?.find((p) => p.name === 'X-WR-TIMEZONE')?.value;
  const zone = wr === undefined ? undefined : ianaZone(wr.trim());
  if (zone !== undefined) return zone;
  for (const ev of calendar.events) if (ev.series.start.type === 'zoned') return ev.series.start.timeZone;
  return undefined;
}

const UTC_INSTANT = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})Z$/;

/** A `...Z` bound as a UTC value: the same instant, parsed once instead of per event. */
function bound(b: ExpandWindow['start']): ExpandWindow['start'] {
  if (typeof b !== 'string') return b;
  const m = UTC_INSTANT.exec(b);
  return m?.[1] === undefined ? b : { type: 'utc', dateTime: m[1] };
}

/** Start of an occurrence in epoch ms; all-day and floating ones placed in `zone` (which may be a file's own VTIMEZONE). */
function sortKey(v: DateTimeValue, epochMs: number | undefined, zone: string): number {
  if (epochMs !== undefined) return epochMs;
  const wall = v.type === 'date' ? (parseDay(v.date) ?? 0) * DAY : v.type === 'floating' ? parseWall(v.dateTime) : undefined;
  if (wall === undefined) return 0;
  return zoneTable(zone, ['options', 'timeZone']).toInstant(wall, 'forward') * 1000;
}

/** An override's details by its RECURRENCE-ID, built once per event rather than searched per occurrence. */
function detailsIndex(ev: IcsEvent): Map<string, IcsInstanceDetails> | undefined {
  if (ev.instances === undefined) return undefined;
  const index = new Map<string, IcsInstanceDetails>();
  for (const d of ev.instances) {
    const key = JSON.stringify(d.recurrenceId);
    if (!index.has(key)) index.set(key, d);
  }
  return index;
}

function summaryOf(ev: IcsEvent, index: Map<string, IcsInstanceDetails> | undefined, o: Occurrence): string {
  if (!o.overridden || index === undefined) return ev.summary;
  return index.get(JSON.stringify(o.recurrenceId))?.summary ?? ev.summary;
}

function bounded(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!(value >= 0 && (Number.isInteger(value) || value === Infinity))) {
    throw new RecurrenceError('invalid-option', ['options', name], `${name} must be a whole number ≥ 0 (or Infinity); got ${String(value)}`);
  }
  return value;
}

/**
 * Expands every event of a calendar within a window.
 *
 * All-day and floating events are placed in `options.timeZone`, else the
 * calendar's `X-WR-TIMEZONE`, else the zone of its first zoned event, else
 * UTC — the zone a person reading the calendar is assumed to be in.
 *
 * @param calendar - a calendar, e.g. `parseICS(text).calendar`
 * @param window - half-open window, as for `expand`
 * @param options - options passed to `expand` (`limit` is per event, `maxCandidates` for the whole call) and `maxOccurrences`
 * @returns the occurrences, sorted, and a finding per event that failed or for the bound that stopped the call
 * @example
 * const { calendar } = parseICS(text);
 * const { occurrences } = expandCalendar(calendar, { start: '2026-07-01T07:00:00Z', end: '2027-07-01T07:00:00Z' });
 */
export function expandCalendar(calendar: IcsCalendar, window: ExpandWindow, options: ExpandCalendarOptions = {}): ExpandCalendarResult {
  const { maxOccurrences, ...expandOptions } = options;
  const zone = options.timeZone ?? zoneOfCalendar(calendar) ?? 'UTC';
  const withZone: ExpandOptions = { ...expandOptions, timeZone: zone };
  const win: ExpandWindow = { start: bound(window.start), end: bound(window.end) };
  const rows: { item: CalendarOccurrence; key: number }[] = [];
  const findings: Finding[] = [];
  let maxTotal: number;
  let perEvent: number;
  let maxWork: number;
  try {
    maxTotal = bounded(maxOccurrences, 'maxOccurrences', DEFAULT_MAX_OCCURRENCES);
    perEvent = bounded(options.limit, 'limit', DEFAULT_LIMIT);
    maxWork = bounded(options.maxCandidates, 'maxCandidates', DEFAULT_MAX_CANDIDATES);
  } catch (error) {
    if (!(error instanceof RecurrenceError)) throw error;
    return { occurrences: [], findings: [{ code: `ics/expand/${error.code}`, severity: 'error', path: [...error.path], message: error.message }] };
  }
  const budget: Budget = { left: maxWork, max: maxWork };
  const events = calendar.events;
  for (let eventIndex = 0; eventIndex < events.length; eventIndex++) {
    const ev = events[eventIndex];
    if (ev === undefined) continue;
    const floating = ev.series.start.type === 'date' || ev.series.start.type === 'floating';
    const room = maxTotal - rows.length;
    const calendarCap = room < perEvent;
    let list: Occurrence[];
    try {
      const expander = new SeriesExpander(ev.series, { ...(floating ? withZone : expandOptions), limit: Math.min(perEvent, room) });
      list = expander.expandWithin(win, budget);
    } catch (error) {
      const e = error instanceof RecurrenceError ? error : undefined;
      const who = `event ${JSON.stringify(ev.uid ?? ev.summary)}`;
      const rest = events.length - eventIndex - 1;
      const stopped = rest > 0 ? ` it and the ${String(rest)} events after it are not expanded;` : ' it is not expanded;';
      if (e?.code === 'work-exceeded') {
        findings.push({ code: 'ics/expand/work-exceeded', severity: 'error', path: ['events', eventIndex], message: `${who}: the calendar needed more than ${String(maxWork)} candidate times in this call;${stopped} narrow the window or raise options.maxCandidates` });
        break;
      }
      if (e?.code === 'limit-exceeded' && calendarCap) {
        findings.push({ code: 'ics/expand/too-many-occurrences', severity: 'error', path: ['events', eventIndex], message: `${who}: the calendar has more than ${String(maxTotal)} occurrences in the window;${stopped} narrow the window or raise options.maxOccurrences` });
        break;
      }
      findings.push({
        code: `ics/expand/${e?.code ?? 'failed'}`,
        severity: 'error',
        path: ['events', eventIndex, ...(e?.path ?? [])],
        message: `${who}: ${error instanceof Error ? error.message : String(error)}`,
      });
      continue;
    }
    const uid = ev.uid ?? '';
    const index = detailsIndex(ev);
    for (const occurrence of list) {
      rows.push({ item: { eventIndex, uid, summary: summaryOf(ev, index, occurrence), occurrence }, key: sortKey(occurrence.start, occurrence.startEpochMs, zone) });
    }
  }
  rows.sort((a, b) => a.key - b.key || a.item.eventIndex - b.item.eventIndex);
  return { occurrences: rows.map((r) => r.item), findings };
}
