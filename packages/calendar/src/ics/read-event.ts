/**
 * One VEVENT as read: its text fields, times and recurrence, with unknown
 * properties and parameters kept. Overrides (RECURRENCE-ID) are attached to
 * their master by the caller.
 *
 * @module
 */
import type { RawComponent } from './components';
import type { ContentLine } from './content-line';
import type { FindingSink } from './findings';
import type { IcsParameter } from './params';
import { param, readDateList, readDateValue, readDuration, type ValueContext } from './read-values';
import { parseRRule, type DateTimeValue, type RecurrenceRule } from '../recurrence/index';
import { splitTextList, unescapeText } from './text';
import type { IcsComponent, IcsProperty } from './types';

/** A VEVENT before overrides are attached. */
export interface ReadEvent {
  /** Line of BEGIN:VEVENT. */
  readonly line: number;
  /** UID, if the file gives one. */
  readonly uid: string | undefined;
  /** DTSTAMP as ISO UTC instant. */
  readonly dtstamp: string | undefined;
  /** SUMMARY ('' when absent). */
  readonly summary: string;
  /** DESCRIPTION. */
  readonly description: string | undefined;
  /** LOCATION. */
  readonly location: string | undefined;
  /** CATEGORIES. */
  readonly categories: string[] | undefined;
  /** URL. */
  readonly url: string | undefined;
  /** DTSTART. */
  readonly start: DateTimeValue;
  /** DTEND. */
  readonly end: DateTimeValue | undefined;
  /** DURATION. */
  readonly duration: string | undefined;
  /** RRULE. */
  readonly rrule: RecurrenceRule | undefined;
  /** Line of the RRULE. */
  readonly rruleLine: number | undefined;
  /** Further RRULEs, unioned with the first. */
  readonly moreRules: RecurrenceRule[];
  /** RDATEs. */
  readonly rdates: DateTimeValue[];
  /** EXDATEs. */
  readonly exdates: DateTimeValue[];
  /** RECURRENCE-ID (set on an override). */
  readonly recurrenceId: DateTimeValue | undefined;
  /** The RECURRENCE-ID property as read, kept if the override has no master. */
  readonly recurrenceIdProp: IcsProperty | undefined;
  /** STATUS:CANCELLED. */
  readonly cancelled: boolean;
  /** SEQUENCE (0 when absent), to choose between duplicate overrides. */
  readonly sequence: number;
  /** Unknown properties. */
  readonly extra: IcsProperty[];
  /** Unknown parameters of known properties. */
  readonly extraParams: Record<string, IcsParameter[]>;
  /** Sub-components. */
  readonly components: IcsComponent[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Converts a raw component (and its children) to the kept-as-read form.
 *
 * @param c - the raw component
 * @returns the component with its properties as {@link IcsProperty}
 */
export function keepComponent(c: RawComponent): IcsComponent {
  return { name: c.name, properties: c.properties.map(keepProperty), components: c.components.map(keepComponent) };
}

/**
 * Converts a tokenized content line to a kept property.
 *
 * @param p - the content line
 * @returns the property without its line number
 */
export function keepProperty(p: ContentLine): IcsProperty {
  return { name: p.name, params: p.params, value: p.value };
}

const TEXT_PROPS = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION']);
const KNOWN_WITH_PARAMS = new Set(['SUMMARY', 'DESCRIPTION', 'LOCATION', 'UID', 'URL', 'CATEGORIES', 'DTSTART', 'DTEND']);
const MULTI = new Set(['RDATE', 'EXDATE', 'CATEGORIES']);
const DATE_PARAMS = new Set(['VALUE', 'TZID']);

function isoStamp(prop: ContentLine, ctx: ValueContext): string | undefined {
  const v = readDateValue(prop.value, prop, ctx);
  if (v === undefined) return undefined;
  if (v.type !== 'utc') {
    ctx.sink.add('warning', 'ics/dtstamp-not-utc', prop.line, 'DTSTAMP must be a UTC DATE-TIME; read as UTC');
    return v.type === 'date' ? `${v.date}T00:00:00Z` : `${v.dateTime}Z`;
  }
  return `${v.dateTime}Z`;
}

/** The date part of a value. */
function datePart(v: DateTimeValue): string {
  return v.type === 'date' ? v.date : v.dateTime.slice(0, 10);
}

/**
 * A DTEND of the other value type than DTSTART (an event site writes
 * `DTEND;VALUE=DATE` after a DATE-TIME DTSTART). The event is kept, never
 * dropped: a DATE end becomes that date's midnight in DTSTART's zone, a
 * DATE-TIME end after a DATE start becomes its date; an end that is then not
 * after the start is dropped (the default duration applies).
 */
function normaliseEnd(start: DateTimeValue, end: DateTimeValue, line: number, sink: FindingSink): DateTimeValue | undefined {
  let out: DateTimeValue;
  if (start.type === 'date') out = { type: 'date', date: datePart(end) };
  else {
    const dateTime = `${datePart(end)}T00:00:00`;
    out = start.type === 'zoned' ? { type: 'zoned', dateTime, timeZone: start.timeZone } : { type: start.type, dateTime };
  }
  const after = start.type === 'date' ? datePart(out) > start.date : out.type !== 'date' && out.dateTime > start.dateTime;
  const shown = out.type === 'date' ? out.date : out.dateTime;
  if (!after) {
    sink.add('warning', 'ics/dtend-type', line, `DTEND is not the same value type as DTSTART and ${shown} is not after the start; the end is dropped and the default duration used`);
    return undefined;
  }
  sink.add('warning', 'ics/dtend-type', line, `DTEND is not the same value type as DTSTART; read as ${shown} in DTSTART's form`);
  return out;
}

/**
 * Reads one VEVENT.
 *
 * @param c - the raw VEVENT
 * @param ctx - findings and TZID resolution
 * @returns the event, or `undefined` (reported) when it has no usable DTSTART
 */
export function readEvent(c: RawComponent, ctx: ValueContext): ReadEvent | undefined {
  const { sink } = ctx;
  const e: Mutable<ReadEvent> = {
    line: c.line, uid: undefined, dtstamp: undefined, summary: '', description: undefined, location: undefined,
    categories: undefined, url: undefined, start: { type: 'date', date: '' }, end: undefined, duration: undefined,
    rrule: undefined, rruleLine: undefined, moreRules: [], rdates: [], exdates: [], recurrenceId: undefined, recurrenceIdProp: undefined,
    cancelled: false, sequence: 0, extra: [], extraParams: {}, components: [],
  };
  let start: DateTimeValue | undefined;
  const { extra, extraParams, rdates, exdates } = e;
  let cancelled = false;
  let sequence = 0;
  let startSeen = false;
  const seen = new Set<string>();
  for (const prop of c.properties) {
    const name = prop.name;
    const repeated = seen.has(name) && !MULTI.has(name);
    seen.add(name);
    if (repeated && name !== 'RRULE') {
      extra.push(keepProperty(prop));
      continue;
    }
    if (prop.params.length > 0 && KNOWN_WITH_PARAMS.has(name)) {
      const textProp = TEXT_PROPS.has(name);
      const unknownParams = prop.params.filter((p) => textProp || !DATE_PARAMS.has(p.name));
      if (unknownParams.length > 0) extraParams[name] = [...(extraParams[name] ?? []), ...unknownParams];
    }
    switch (name) {
      case 'UID':
        e.uid = unescapeText(prop.value);
        break;
      case 'DTSTAMP': {
        const stamp = isoStamp(prop, ctx);
        if (stamp !== undefined) e.dtstamp = stamp;
        break;
      }
      case 'SUMMARY':
        e.summary = unescapeText(prop.value);
        break;
      case 'DESCRIPTION':
        e.description = unescapeText(prop.value);
        break;
      case 'LOCATION':
        e.location = unescapeText(prop.value);
        break;
      case 'URL':
        e.url = prop.value;
        break;
      case 'CATEGORIES':
        e.categories = [...(e.categories ?? []), ...splitTextList(prop.value)];
        break;
      case 'DTSTART': {
        startSeen = true;
        start = readDateValue(prop.value, prop, ctx);
        break;
      }
      case 'DTEND': {
        const v = readDateValue(prop.value, prop, ctx);
        if (v) e.end = v;
        break;
      }
      case 'DURATION': {
        const d = readDuration(prop.value);
        if (d.ok) e.duration = d.value;
        else {
          sink.add('error', 'ics/invalid-duration', prop.line, d.message);
          extra.push(keepProperty(prop));
        }
        break;
      }
      case 'RRULE': {
        const r = parseRRule(prop.value.slice(0, 2000));
        if (r.ok && e.rrule !== undefined) {
          // RFC 5545 deprecates several RRULEs but allows them: their instances are unioned.
          e.moreRules.push(r.rule);
          sink.add('info', 'ics/multiple-rrule', prop.line, 'a further RRULE: its instances are added to those of the first');
        } else if (r.ok) {
          e.rrule = r.rule;
          e.rruleLine = prop.line;
          if (prop.value.trimEnd().endsWith(';')) sink.add('info', 'ics/rrule-trailing-semicolon', prop.line, 'RRULE ends with ";"; read without the empty part');
        } else {
          sink.add('error', 'ics/invalid-rrule', prop.line, `RRULE: ${r.error.message}; the event is read without it`);
          extra.push(keepProperty(prop));
        }
        break;
      }
      case 'RDATE':
        rdates.push(...readDateList(prop, ctx));
        break;
      case 'EXDATE':
        exdates.push(...readDateList(prop, ctx));
        break;
      case 'RECURRENCE-ID': {
        const v = readDateValue(prop.value, prop, ctx);
        if (v) e.recurrenceId = v;
        e.recurrenceIdProp = keepProperty(prop);
        if (param(prop.params, 'RANGE')?.toUpperCase() === 'THISANDFUTURE') {
          sink.add('warning', 'ics/range-thisandfuture', prop.line, 'RANGE=THISANDFUTURE is applied to this one instance only');
        }
        break;
      }
      case 'STATUS':
        if (prop.value.trim().toUpperCase() === 'CANCELLED') cancelled = true;
        extra.push(keepProperty(prop));
        break;
      case 'SEQUENCE': {
        const n = Number(prop.value);
        if (Number.isSafeInteger(n)) sequence = n;
        extra.push(keepProperty(prop));
        break;
      }
      default:
        extra.push(keepProperty(prop));
    }
  }
  if (start === undefined) {
    sink.add('error', startSeen ? 'ics/invalid-dtstart' : 'ics/missing-dtstart', c.line, 'VEVENT without a usable DTSTART is skipped');
    return undefined;
  }
  if (e.end !== undefined && e.duration !== undefined) {
    sink.add('warning', 'ics/dtend-and-duration', c.line, 'VEVENT has both DTEND and DURATION; DTEND is used');
    e.duration = undefined;
  }
  e.start = start;
  const rule = e.rrule;
  if (start.type === 'date' && rule !== undefined && (rule.byHour ?? rule.byMinute ?? rule.bySecond) !== undefined) {
    sink.add('info', 'ics/date-time-parts-ignored', e.rruleLine ?? c.line, 'BYHOUR, BYMINUTE and BYSECOND are ignored next to a DATE DTSTART (RFC 5545 §3.3.10)');
  }
  if (e.end !== undefined && (e.end.type === 'date') !== (start.type === 'date')) e.end = normaliseEnd(start, e.end, c.line, sink);
  if (e.uid === undefined) sink.add('warning', 'ics/missing-uid', c.line, 'VEVENT has no UID; a stable one is derived from its content');
  if (e.dtstamp === undefined) sink.add('warning', 'ics/missing-dtstamp', c.line, 'VEVENT has no DTSTAMP');
  e.cancelled = cancelled;
  e.sequence = sequence;
  if (c.components.length > 0) e.components = c.components.map(keepComponent);
  return e;
}
