/**
 * `toICS`: a plain-data calendar to RFC 5545 text. Deterministic (same input,
 * same bytes: no clock, no host zone, no random ids) and allocation-light:
 * lines are collected in one array, folded with an ASCII fast path and joined
 * once.
 *
 * @module
 */
import { GmekitError } from '@gmekit/model';
import { instantOf, untilToUtc, likeStart } from './convert';
import { formatDateTimeText, formatUtcInstant } from './datetime';
import { foldLine } from './fold';
import { encodeParamValue, formatParams, type IcsParameter } from './params';
import { formatRRule, type DateTimeValue, type RecurrenceSeries } from '../recurrence/index';
import { escapeText } from './text';
import type { IcsCalendar, IcsComponent, IcsEvent, IcsInstanceDetails, IcsProperty } from './types';
import { deriveUid } from './uid';
import { vtimezoneLines } from './vtimezone';

/** Most years a VTIMEZONE lists transition by transition. */
const MAX_SPAN = 100;

/** PRODID written when neither the calendar nor the options give one. */
export const DEFAULT_PRODID = '-//gmekit//calendar//EN';

/** Options of {@link toICS}. */
export interface ToIcsOptions {
  /** PRODID when the calendar has none. */
  readonly prodId?: string;
  /** DTSTAMP (ISO instant in UTC) for events that have none. */
  readonly dtstamp?: string;
  /**
   * Years every VTIMEZONE describes exactly. By default each zone covers the
   * years its values fall in; the last year's transitions carry yearly RRULEs
   * so open-ended series stay right afterwards. At most 100 years are listed
   * one transition at a time.
   */
  readonly timeZoneYears?: {
    /** First year described exactly. */
    readonly from: number;
    /** Last year described exactly (its transitions also carry yearly RRULEs). */
    readonly to: number;
  };
}

/** Why a calendar could not be written (unknown zone, missing DTSTAMP). */
export class IcsWriteError extends GmekitError {
  /**
   * @param code - stable code, e.g. `ics/unknown-time-zone`
   * @param message - what is wrong
   * @param path - path of the offending input, e.g. `['events', 3, 'stamp']`
   */
  constructor(code: string, message: string, path: readonly (string | number)[] = []) {
    super(code, path, message);
    this.name = 'IcsWriteError';
  }
}

const VALUE_TEXT = /^\d{8}(?:T\d{6}Z?)?$/;
const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;
const NAME = /^[A-Za-z0-9-]+$/;
const LINE_BREAK = /[\r\n]/;
const DURATION = /^P(?:\d+W|(?=\d|T\d)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$/;

function checkDuration(text: string, what: string): string {
  if (!DURATION.test(text)) throw new IcsWriteError('ics/invalid-duration', `${what} ${JSON.stringify(text)} is not an iCalendar duration (e.g. PT1H, P1D, P1W)`);
  return text;
}

class Writer {
  readonly lines: string[] = [];
  readonly zones = new Map<string, { from: number; to: number }>();

  line(text: string): void {
    this.lines.push(foldLine(text));
  }

  text(name: string, value: string | undefined, params: readonly IcsParameter[] | undefined): void {
    if (value === undefined) return;
    this.line(`${name}${params ? formatParams(params) : ''}:${escapeText(value)}`);
  }

  note(value: DateTimeValue): void {
    if (value.type !== 'zoned') return;
    const year = Number(value.dateTime.slice(0, 4));
    const range = this.zones.get(value.timeZone);
    if (!range) this.zones.set(value.timeZone, { from: year, to: year });
    else {
      if (year < range.from) range.from = year;
      if (year > range.to) range.to = year;
    }
  }

  value(name: string, value: DateTimeValue, params?: readonly IcsParameter[]): void {
    this.note(value);
    this.line(`${name}${typeParam(value)}${params ? formatParams(params) : ''}:${checked(value)}`);
  }

  values(name: string, list: readonly DateTimeValue[], start: DateTimeValue): void {
    // One line per value form; the usual case (all like DTSTART) is one line.
    const groups = new Map<string, string[]>();
    for (const raw of list) {
      const v = likeStart(raw, start);
      this.note(v);
      const key = typeParam(v);
      const group = groups.get(key);
      if (group) group.push(checked(v));
      else groups.set(key, [checked(v)]);
    }
    for (const [key, texts] of groups) this.line(`${name}${key}:${texts.join(',')}`);
  }

  raw(props: readonly IcsProperty[] | undefined): void {
    if (!props) return;
    for (const p of props) {
      // A raw value is written as is, so it must not smuggle in a line break.
      if (!NAME.test(p.name) || LINE_BREAK.test(p.value)) {
        throw new IcsWriteError('ics/invalid-property', `property ${JSON.stringify(p.name.slice(0, 40))}: names are [A-Za-z0-9-] and raw values hold no line break`);
      }
      this.line(`${p.name}${formatParams(p.params)}:${p.value}`);
    }
  }

  component(c: IcsComponent): void {
    if (!NAME.test(c.name)) throw new IcsWriteError('ics/invalid-property', `component name ${JSON.stringify(c.name.slice(0, 40))} is not [A-Za-z0-9-]`);
    this.line(`BEGIN:${c.name}`);
    this.raw(c.properties);
    for (const sub of c.components) this.component(sub);
    this.line(`END:${c.name}`);
  }
}

function checked(v: DateTimeValue): string {
  const text = formatDateTimeText(v);
  if (!VALUE_TEXT.test(text)) throw new IcsWriteError('ics/invalid-value', `${JSON.stringify(v)} is not a valid date or date-time value`);
  return text;
}

function typeParam(v: DateTimeValue): string {
  if (v.type === 'date') return ';VALUE=DATE';
  if (v.type === 'zoned') return `;TZID=${encodeParamValue(v.timeZone)}`;
  return '';
}

/**
 * How DTEND compares with DTSTART: RFC 5545 §3.6.1 wants it strictly later.
 * A floating or date end is read in the start's zone (UTC for a floating
 * start), the way a client reads it; a pair that cannot be placed (an
 * unknown zone, reported later) counts as later.
 */
function endOrder(start: DateTimeValue, end: DateTimeValue): number {
  if (start.type === 'date' && end.type === 'date') return end.date < start.date ? -1 : end.date === start.date ? 0 : 1;
  try {
    const zone = start.type === 'zoned' ? start.timeZone : 'UTC';
    const a = instantOf(start, zone);
    const b = instantOf(end, zone);
    if (a === undefined || b === undefined) return 1;
    return Math.sign(b.epochMilliseconds - a.epochMilliseconds);
  } catch {
    return 1;
  }
}

/**
 * Writes DTEND only when it is after DTSTART. An end equal to the start says
 * no more than no end at all (a timed event then ends when it starts, §3.6.1),
 * so it is left out; an end before the start is refused.
 */
function writeEnd(w: Writer, uid: string, start: DateTimeValue, end: DateTimeValue, params?: readonly IcsParameter[]): void {
  const order = endOrder(start, end);
  if (order < 0) {
    throw new IcsWriteError('ics/end-before-start', `event ${JSON.stringify(uid)}: DTEND ${formatDateTimeText(end)} is before DTSTART ${formatDateTimeText(start)}`);
  }
  if (order === 0) return;
  w.value('DTEND', end, params);
}

function writeTimes(w: Writer, series: RecurrenceSeries, ev: IcsEvent, uid: string): void {
  const p = ev.extraParams;
  w.value('DTSTART', series.start, p?.DTSTART);
  if (series.end !== undefined) writeEnd(w, uid, series.start, series.end, p?.DTEND);
  else if (series.duration !== undefined) w.line(`DURATION:${checkDuration(series.duration, 'duration')}`);
}

function writeRecurrence(w: Writer, series: RecurrenceSeries): void {
  const { start, rrule } = series;
  // Further RRULEs (unioned by the engine) are written after the first, one line each.
  for (const r of rrule === undefined ? [] : [rrule, ...(series.moreRules ?? [])]) {
    const until = r.until;
    const rule = until !== undefined && start.type === 'zoned' && until.type !== 'utc' ? { ...r, until: untilToUtc(until, start.timeZone) } : r;
    w.line(`RRULE:${formatRRule(rule)}`);
  }
  if (series.rdates && series.rdates.length > 0) w.values('RDATE', series.rdates, start);
  if (series.exdates && series.exdates.length > 0) w.values('EXDATE', series.exdates, start);
}

/** DTEND - DTSTART as a DURATION: whole days for dates, exact time otherwise. */
function seriesLength(series: RecurrenceSeries): string | undefined {
  const { start, end } = series;
  if (end === undefined) return undefined;
  if (start.type === 'date' && end.type === 'date') {
    const days = Math.round((Date.parse(end.date) - Date.parse(start.date)) / 86_400_000);
    return days > 0 ? `P${days}D` : undefined;
  }
  const a = instantOf(start, 'UTC');
  const b = instantOf(end, start.type === 'zoned' ? start.timeZone : 'UTC');
  if (a === undefined || b === undefined) return undefined;
  const seconds = Math.round((b.epochMilliseconds - a.epochMilliseconds) / 1000);
  if (seconds <= 0) return undefined;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const sec = seconds % 60;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${sec > 0 || seconds === 0 ? `${sec}S` : ''}`;
}

function sameValue(a: DateTimeValue, b: DateTimeValue): boolean {
  return formatDateTimeText(a) === formatDateTimeText(b) && typeParam(a) === typeParam(b);
}

function writeEvent(w: Writer, ev: IcsEvent, options: ToIcsOptions): void {
  const uid = ev.uid ?? deriveUid(ev.summary, ev.series);
  const stampText = ev.dtstamp ?? options.dtstamp;
  if (stampText === undefined) {
    throw new IcsWriteError('ics/missing-dtstamp', `event ${JSON.stringify(uid)} has no dtstamp and options.dtstamp is not set`);
  }
  if (!STAMP.test(stampText)) throw new IcsWriteError('ics/invalid-dtstamp', `dtstamp ${JSON.stringify(stampText)} is not an ISO instant in UTC like 2026-07-01T00:00:00Z`);
  const stamp = formatUtcInstant(stampText);
  const p = ev.extraParams;
  w.line('BEGIN:VEVENT');
  w.text('UID', uid, p?.UID);
  w.line(`DTSTAMP:${stamp}`);
  writeTimes(w, ev.series, ev, uid);
  writeRecurrence(w, ev.series);
  w.text('SUMMARY', ev.summary === '' ? undefined : ev.summary, p?.SUMMARY);
  w.text('DESCRIPTION', ev.description, p?.DESCRIPTION);
  w.text('LOCATION', ev.location, p?.LOCATION);
  if (ev.categories && ev.categories.length > 0) {
    w.line(`CATEGORIES${p?.CATEGORIES ? formatParams(p.CATEGORIES) : ''}:${ev.categories.map(escapeText).join(',')}`);
  }
  if (ev.url !== undefined && LINE_BREAK.test(ev.url)) throw new IcsWriteError('ics/invalid-property', `event ${JSON.stringify(uid)}: url holds a line break`);
  if (ev.url !== undefined) w.line(`URL${p?.URL ? formatParams(p.URL) : ''}:${ev.url}`);
  w.raw(ev.extra);
  if (ev.components) for (const c of ev.components) w.component(c);
  w.line('END:VEVENT');
  for (const o of ev.series.overrides ?? []) {
    const details: IcsInstanceDetails | undefined = ev.instances?.find((d) => sameValue(d.recurrenceId, o.recurrenceId));
    w.line('BEGIN:VEVENT');
    w.text('UID', uid, p?.UID);
    w.line(`DTSTAMP:${stamp}`);
    w.value('RECURRENCE-ID', likeStart(o.recurrenceId, ev.series.start));
    const overrideStart = o.start ?? o.recurrenceId;
    w.value('DTSTART', overrideStart);
    if (o.end !== undefined) writeEnd(w, uid, overrideStart, o.end);
    else {
      // Without its own end an override lasts as long as the series; say so,
      // or clients give a moved instance no length at all.
      const length = ev.series.duration ?? seriesLength(ev.series);
      if (length !== undefined) w.line(`DURATION:${length}`);
    }
    if (o.cancelled === true) w.line('STATUS:CANCELLED');
    const dp = details?.extraParams;
    w.text('SUMMARY', details?.summary ?? (ev.summary === '' ? undefined : ev.summary), dp?.SUMMARY);
    w.text('DESCRIPTION', details?.description ?? ev.description, dp?.DESCRIPTION);
    w.text('LOCATION', details?.location ?? ev.location, dp?.LOCATION);
    w.raw(details?.extra);
    w.line('END:VEVENT');
  }
}

/**
 * Writes a calendar as iCalendar text (RFC 5545, RFC 7986 calendar
 * properties): CRLF line ends, 75-octet folding, a VTIMEZONE for every TZID,
 * UNTIL in UTC next to a zoned DTSTART, EXDATE/RDATE in DTSTART's form,
 * all-day items as `VALUE=DATE` with an exclusive DTEND, and overrides as
 * VEVENTs with RECURRENCE-ID (a cancelled instance as `STATUS:CANCELLED`).
 * DTEND is always after DTSTART (§3.6.1): an end equal to the start is left
 * out, one before it is refused.
 *
 * @param calendar - the calendar
 * @param options - PRODID/DTSTAMP fallbacks and VTIMEZONE coverage
 * @returns the file text
 * @throws IcsWriteError when an event has no DTSTAMP, a zone is unknown, a
 * value or duration is malformed, DTEND is before DTSTART, or a kept property would break the line
 * structure (a line break in a raw value, a bad name)
 * @example
 * toICS({ name: 'Conferences', events: [{ uid: 'tb@x', dtstamp: '2026-07-01T00:00:00Z', summary: 'Tumor board',
 *   series: { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'America/Los_Angeles' }, duration: 'PT1H' } }] });
 */
export function toICS(calendar: IcsCalendar, options: ToIcsOptions = {}): string {
  const w = new Writer();
  for (const ev of calendar.events) writeEvent(w, ev, options);
  const body = w.lines;
  const head = new Writer();
  head.line('BEGIN:VCALENDAR');
  head.line('VERSION:2.0');
  head.text('PRODID', calendar.prodId ?? options.prodId ?? DEFAULT_PRODID, undefined);
  head.line('CALSCALE:GREGORIAN');
  head.text('NAME', calendar.name, undefined);
  head.text('X-WR-CALNAME', calendar.name, undefined);
  head.text('DESCRIPTION', calendar.description, undefined);
  head.text('X-WR-CALDESC', calendar.description, undefined);
  if (calendar.refreshInterval !== undefined) {
    head.line(`REFRESH-INTERVAL;VALUE=DURATION:${checkDuration(calendar.refreshInterval, 'refreshInterval')}`);
    head.line(`X-PUBLISHED-TTL:${calendar.refreshInterval}`);
  }
  head.raw(calendar.extra);
  for (const zone of [...w.zones.keys()].sort()) {
    const range = options.timeZoneYears ?? w.zones.get(zone) ?? { from: 1970, to: 1970 };
    let lines: readonly string[];
    try {
      // Far-apart years (2026 and 7545) would list every transition between
      // them; beyond MAX_SPAN the yearly RRULEs of the last year take over.
      lines = vtimezoneLines(zone, range.from, Math.min(range.to, range.from + MAX_SPAN));
    } catch {
      throw new IcsWriteError('ics/unknown-time-zone', `time zone ${JSON.stringify(zone)} is not a known IANA zone`);
    }
    for (const l of lines) head.lines.push(l);
  }
  const out = head.lines;
  for (const l of body) out.push(l);
  for (const c of calendar.components ?? []) head.component(c);
  out.push('END:VCALENDAR', '');
  return out.join('\r\n');
}
