/**
 * `parseICS`: iCalendar text to a plain-data calendar plus findings. It never
 * throws and never hangs: every loop is bounded by the input size or a cap,
 * damaged parts are reported with line numbers and skipped, and the rest of
 * the file is still read.
 *
 * @module
 */
import { readComponents, type RawComponent } from './components';
import { FindingSink, type IcsFinding } from './findings';
import { readEvent, keepComponent, keepProperty, type ReadEvent } from './read-event';
import { attachOverrides } from './read-overrides';
import { readVTimezones } from './read-vtimezone';
import { readDuration, type ValueContext } from './read-values';
import { iterate, RecurrenceError, type RecurrenceSeries } from '../recurrence/index';
import { unescapeText } from './text';
import { resolveTimeZone } from './tz-resolve';
import type { IcsCalendar, IcsComponent, IcsEvent, IcsProperty } from './types';
import { deriveUid } from './uid';

/** What {@link parseICS} returns. */
export interface ParseIcsResult {
  /** The calendar: everything that could be read. */
  readonly calendar: IcsCalendar;
  /** Problems found, each with its line number. */
  readonly findings: IcsFinding[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function tzidYears(components: readonly RawComponent[]): Map<string, number[]> {
  const years = new Map<string, number[]>();
  const visit = (c: RawComponent, depth: number): void => {
    if (depth > 3) return;
    for (const p of c.properties) {
      for (const prm of p.params) {
        if (prm.name !== 'TZID') continue;
        const tzid = prm.values[0] ?? '';
        const y = /^\d{4}/.test(p.value) ? Number(p.value.slice(0, 4)) : undefined;
        const list = years.get(tzid) ?? [];
        if (y !== undefined && list.length < 3 && !list.includes(y)) list.push(y);
        years.set(tzid, list);
      }
    }
    for (const sub of c.components) if (sub.name !== 'VTIMEZONE') visit(sub, depth + 1);
  };
  for (const c of components) if (c.name !== 'VTIMEZONE') visit(c, 0);
  return years;
}

/**
 * TZID as written in a DTSTART parameter, matched to a VTIMEZONE's TZID
 * property: the property is TEXT (Exchange escapes its commas), the parameter
 * is not, but some writers escape it too.
 */
function tzidKey(text: string): string {
  return text.includes('\\') ? unescapeText(text.trim()) : text.trim();
}

function zoneContext(components: readonly RawComponent[], sink: FindingSink): ValueContext {
  const defs = readVTimezones(components, sink);
  const years = tzidYears(components);
  const cache = new Map<string, string | null>();
  const zoneFor = (raw: string, line: number): string | undefined => {
    const tzid = tzidKey(raw);
    const def = defs.get(tzid);
    let zone = cache.get(tzid);
    if (zone === undefined) {
      const r = resolveTimeZone(tzid, def, years.get(raw) ?? years.get(tzid) ?? []);
      zone = r?.zone ?? null;
      cache.set(tzid, zone);
      if (r && def && r.mismatch === true) {
        sink.add('warning', 'ics/vtimezone-mismatch', def.line, `VTIMEZONE ${JSON.stringify(tzid)} matches no IANA zone in the years used; the zone its name gives (${r.zone}) is used`);
      } else if (r && def && r.via === 'definition') {
        sink.add('info', 'ics/vtimezone-own-rules', def.line, `VTIMEZONE ${JSON.stringify(tzid)} matches no IANA or Windows zone; its own observances are used`);
      } else if (r && def && r.zone !== tzid) {
        sink.add('info', 'ics/tzid-mapped', def.line, `VTIMEZONE ${JSON.stringify(tzid)} has the transitions of ${r.zone}`);
      }
    }
    if (zone === null) {
      const why = def === undefined ? 'matches no VTIMEZONE in the file, IANA zone or Windows zone name' : 'has a VTIMEZONE in the file without a usable observance and matches no IANA or Windows zone name';
      sink.add('error', 'ics/unknown-tzid', line, `TZID ${JSON.stringify(tzid.slice(0, 80))} ${why}; the value is read as floating time`);
      return undefined;
    }
    return zone;
  };
  return { sink, zoneFor };
}

function seriesOf(e: ReadEvent): Mutable<RecurrenceSeries> {
  const s: Mutable<RecurrenceSeries> = { start: e.start };
  if (e.end !== undefined) s.end = e.end;
  if (e.duration !== undefined) s.duration = e.duration;
  if (e.rrule !== undefined) s.rrule = e.rrule;
  if (e.rrule !== undefined && e.moreRules.length > 0) s.moreRules = e.moreRules;
  if (e.rdates.length > 0) s.rdates = e.rdates;
  if (e.exdates.length > 0) s.exdates = e.exdates;
  return s;
}

/** Candidate times the recurrence check may spend per series. */
const CHECK_CANDIDATES = 1_000_000;

/** Years outside this range get a warning instead of a recurrence check. */
const PLAUSIBLE_YEARS = [1800, 2300] as const;

/**
 * Checks that a recurring series can be expanded and that an open-ended rule
 * produces something after DTSTART (`FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30`
 * never does); reports at the RRULE's line.
 */
function checkRecurrence(e: ReadEvent, series: RecurrenceSeries, sink: FindingSink): void {
  const rule = series.rrule;
  if (rule === undefined) return;
  const line = e.rruleLine ?? e.line;
  const years = [series.start, series.end, rule.until].map((v) => (v === undefined ? 2000 : Number((v.type === 'date' ? v.date : v.dateTime).slice(0, 4))));
  if (years.some((y) => y < PLAUSIBLE_YEARS[0] || y > PLAUSIBLE_YEARS[1])) {
    // Zone offsets across millennia are costly to compute; a calendar of
    // conferences has no business there, so say so instead of checking.
    sink.add('warning', 'ics/implausible-year', e.line, `the series has a date outside ${PLAUSIBLE_YEARS[0]}-${PLAUSIBLE_YEARS[1]}; its recurrence is not checked`);
    return;
  }
  try {
    let n = 0;
    // Bounded: a rule with every BYHOUR/BYMINUTE/BYSECOND value makes 31 million candidates a year.
    for (const o of iterate(series, { limit: 2, maxCandidates: CHECK_CANDIDATES })) if (!o.fromRdate) n++;
    if (n < 2 && rule.count === undefined && rule.until === undefined) {
      sink.add('warning', 'ics/empty-recurrence', line, 'RRULE produces no occurrence after DTSTART');
    }
  } catch (error) {
    if (!(error instanceof RecurrenceError)) throw error;
    if (error.code === 'work-exceeded') {
      sink.add('warning', 'ics/recurrence-costly', line, `the rule makes more than ${String(CHECK_CANDIDATES)} candidate times before its second instance; its recurrence is not checked`);
      return;
    }
    sink.add('error', `ics/recurrence/${error.code}`, line, `the series cannot be expanded: ${error.message}`);
  }
}

function toEvent(e: ReadEvent, series: RecurrenceSeries, extra: IcsProperty[]): Mutable<IcsEvent> {
  const ev: Mutable<IcsEvent> = { uid: e.uid ?? deriveUid(e.summary, series), summary: e.summary, series };
  if (e.dtstamp !== undefined) ev.dtstamp = e.dtstamp;
  if (e.description !== undefined) ev.description = e.description;
  if (e.location !== undefined) ev.location = e.location;
  if (e.categories !== undefined) ev.categories = e.categories;
  if (e.url !== undefined) ev.url = e.url;
  if (extra.length > 0) ev.extra = extra;
  if (Object.keys(e.extraParams).length > 0) ev.extraParams = e.extraParams;
  if (e.components.length > 0) ev.components = e.components;
  return ev;
}

function readCalendarProps(cal: RawComponent, out: Mutable<IcsCalendar>, extra: IcsProperty[], sink: FindingSink): void {
  let wrName: string | undefined;
  let wrDesc: string | undefined;
  let ttl: string | undefined;
  for (const p of cal.properties) {
    switch (p.name) {
      case 'VERSION':
        if (p.value.trim() !== '2.0') sink.add('warning', 'ics/version', p.line, `VERSION ${JSON.stringify(p.value.slice(0, 20))} is not 2.0; read as 2.0`);
        break;
      case 'CALSCALE':
        if (p.value.trim().toUpperCase() !== 'GREGORIAN') sink.add('warning', 'ics/calscale', p.line, `CALSCALE ${p.value.slice(0, 20)} is not supported; read as GREGORIAN`);
        break;
      case 'PRODID':
        out.prodId ??= unescapeText(p.value);
        break;
      case 'NAME':
        out.name ??= unescapeText(p.value);
        break;
      case 'X-WR-CALNAME':
        wrName ??= unescapeText(p.value);
        break;
      case 'DESCRIPTION':
        out.description ??= unescapeText(p.value);
        break;
      case 'X-WR-CALDESC':
        wrDesc ??= unescapeText(p.value);
        break;
      case 'REFRESH-INTERVAL':
      case 'X-PUBLISHED-TTL': {
        const d = readDuration(p.value);
        if (!d.ok) sink.add('warning', 'ics/invalid-duration', p.line, `${p.name}: ${d.message}`);
        else if (p.name === 'REFRESH-INTERVAL') out.refreshInterval ??= d.value;
        else ttl ??= d.value;
        break;
      }
      default:
        extra.push(keepProperty(p));
    }
  }
  if (out.name === undefined && wrName !== undefined) out.name = wrName;
  else if (wrName !== undefined && wrName !== out.name) extra.push({ name: 'X-WR-CALNAME', params: [], value: wrName });
  if (out.description === undefined && wrDesc !== undefined) out.description = wrDesc;
  if (out.refreshInterval === undefined && ttl !== undefined) out.refreshInterval = ttl;
}

function parseInto(text: string, sink: FindingSink): IcsCalendar {
  const roots = readComponents(text, sink);
  const calendars = roots.filter((r) => r.name === 'VCALENDAR');
  const loose = roots.filter((r) => r.name !== 'VCALENDAR');
  for (const r of loose) sink.add('warning', 'ics/outside-calendar', r.line, `BEGIN:${r.name} outside VCALENDAR`);
  if (calendars.length === 0) {
    sink.add('error', 'ics/no-calendar', 0, 'no BEGIN:VCALENDAR found');
    calendars.push({ name: 'VCALENDAR', line: 0, properties: [], components: [] });
  }
  if (calendars.length > 1) sink.add('info', 'ics/multiple-calendars', calendars[1]?.line ?? 0, `${calendars.length} VCALENDARs are merged into one calendar`);
  const out: Mutable<IcsCalendar> = { events: [] };
  const extra: IcsProperty[] = [];
  const others: IcsComponent[] = [];
  const events: Mutable<IcsEvent>[] = [];
  const masters = new Map<string, { read: ReadEvent; event: Mutable<IcsEvent> }>();
  const overrides: ReadEvent[] = [];
  for (const [index, cal] of calendars.entries()) {
    readCalendarProps(cal, out, extra, sink);
    const components = index === 0 ? [...cal.components, ...loose] : cal.components;
    const ctx = zoneContext(components, sink);
    for (const c of components) {
      if (c.name === 'VTIMEZONE') continue;
      if (c.name !== 'VEVENT') {
        others.push(keepComponent(c));
        continue;
      }
      const e = readEvent(c, ctx);
      if (e === undefined) continue;
      if (e.recurrenceIdProp !== undefined) {
        overrides.push(e);
        continue;
      }
      const series = seriesOf(e);
      checkRecurrence(e, series, sink);
      const event = toEvent(e, series, e.extra);
      if (e.uid !== undefined && masters.has(e.uid)) {
        sink.add('warning', 'ics/duplicate-uid', e.line, `UID ${JSON.stringify(e.uid.slice(0, 80))} is used by another event; overrides attach to the first`);
      } else if (e.uid !== undefined) masters.set(e.uid, { read: e, event });
      events.push(event);
    }
  }
  attachOverrides(masters, overrides, sink, (o) => {
    const keepRid = o.recurrenceIdProp ? [o.recurrenceIdProp, ...o.extra] : o.extra;
    events.push(toEvent(o, seriesOf(o), keepRid));
  });
  out.events = events;
  if (extra.length > 0) out.extra = extra;
  if (others.length > 0) out.components = others;
  return out;
}

/**
 * Reads iCalendar text. Google (date-only UNTIL, X-WR-TIMEZONE), Outlook
 * (Windows zone names, custom VTIMEZONEs) and Apple (X-APPLE properties, TAB
 * folding) files are read; RECURRENCE-ID overrides are attached to their
 * master series once; unknown properties, parameters and components are kept.
 * Problems become findings with line numbers; the function never throws.
 *
 * Normalisations (so `parseICS(toICS(x)).calendar` equals `x` up to these):
 * UIDs are filled in (derived from content when missing), PRODID is filled
 * in, zones are IANA names, a non-UTC UNTIL next to a zoned DTSTART comes
 * back in UTC, EXDATE/RDATE/RECURRENCE-ID come back in DTSTART's form, and
 * an override's `start` is omitted when it equals its RECURRENCE-ID.
 *
 * @param text - the file text
 * @returns the calendar and the findings
 * @example
 * const { calendar, findings } = parseICS(text);
 * for (const f of findings) console.warn(f.message); // "line 12: TZID ..."
 */
export function parseICS(text: string): ParseIcsResult {
  const sink = new FindingSink();
  try {
    const calendar = parseInto(typeof text === 'string' ? text : String(text), sink);
    return { calendar, findings: sink.finish() };
  } catch (error) {
    sink.add('error', 'ics/internal', 0, `reading stopped: ${error instanceof Error ? error.message : String(error)}`);
    return { calendar: { events: [] }, findings: sink.finish() };
  }
}
