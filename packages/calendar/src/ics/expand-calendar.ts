/**
 * Expanding every event of a calendar into occurrences with the recurrence
 * engine: what a feed reader or conflict checker needs after `parseICS`.
 *
 * @module
 */
import type { Finding } from '@gmekit/model';
import { DAY, parseDay, parseWall } from '../recurrence/civil';
import { zoneTable } from '../recurrence/zone-table';
import { expand, RecurrenceError, type DateTimeValue, type ExpandOptions, type ExpandWindow, type Occurrence } from './recurrence-api';
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

function summaryOf(ev: IcsEvent, o: Occurrence): string {
  if (!o.overridden || ev.instances === undefined) return ev.summary;
  const rid = JSON.stringify(o.recurrenceId);
  return ev.instances.find((d) => JSON.stringify(d.recurrenceId) === rid)?.summary ?? ev.summary;
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
 * @param options - options passed to `expand` (limit is per event)
 * @returns the occurrences, sorted, and a finding per event that failed
 * @example
 * const { calendar } = parseICS(text);
 * const { occurrences } = expandCalendar(calendar, { start: '2026-07-01T07:00:00Z', end: '2027-07-01T07:00:00Z' });
 */
export function expandCalendar(calendar: IcsCalendar, window: ExpandWindow, options: ExpandOptions = {}): ExpandCalendarResult {
  const zone = options.timeZone ?? zoneOfCalendar(calendar) ?? 'UTC';
  const withZone: ExpandOptions = { ...options, timeZone: zone };
  const win: ExpandWindow = { start: bound(window.start), end: bound(window.end) };
  const rows: { item: CalendarOccurrence; key: number }[] = [];
  const findings: Finding[] = [];
  calendar.events.forEach((ev, eventIndex) => {
    const floating = ev.series.start.type === 'date' || ev.series.start.type === 'floating';
    let list: Occurrence[];
    try {
      list = expand(ev.series, win, floating ? withZone : options);
    } catch (error) {
      const e = error instanceof RecurrenceError ? error : undefined;
      findings.push({
        code: `ics/expand/${e?.code ?? 'failed'}`,
        severity: 'error',
        path: ['events', eventIndex, ...(e?.path ?? [])],
        message: `event ${JSON.stringify(ev.uid ?? ev.summary)}: ${error instanceof Error ? error.message : String(error)}`,
      });
      return;
    }
    const uid = ev.uid ?? '';
    for (const occurrence of list) {
      rows.push({ item: { eventIndex, uid, summary: summaryOf(ev, occurrence), occurrence }, key: sortKey(occurrence.start, occurrence.startEpochMs, zone) });
    }
  });
  rows.sort((a, b) => a.key - b.key || a.item.eventIndex - b.item.eventIndex);
  return { occurrences: rows.map((r) => r.item), findings };
}
