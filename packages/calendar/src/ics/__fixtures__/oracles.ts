// Dev-only oracles: what ical.js and node-ical (real clients) make of a file.
// Each returns, per UID, the sorted occurrence starts within [from, to):
// ISO instants for timed events, `YYYY-MM-DD` for all-day ones.
import ICAL from 'ical.js';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { expandCalendar } from '../expand-calendar';
import { parseICS } from '../read';
import type { IcsCalendar } from '../types';
import { toICS } from '../write';

/** Occurrence starts by UID. */
export type OccurrenceMap = Map<string, string[]>;

function push(map: OccurrenceMap, uid: string, value: string): void {
  const list = map.get(uid) ?? [];
  list.push(value);
  map.set(uid, list);
}

/**
 * The days whose midnight in `zone` lies in [from, to): all-day occurrences
 * count when their day is in [first, end).
 */
function dayBounds(from: string, to: string, zone: string): { first: string; end: string } {
  const ceilDay = (iso: string): string => {
    const z = Temporal.Instant.from(iso).toZonedDateTimeISO(zone);
    const day = z.toPlainDate();
    return (z.equals(z.startOfDay()) ? day : day.add({ days: 1 })).toString();
  };
  return { first: ceilDay(from), end: ceilDay(to) };
}

/** ical.js: VTIMEZONEs registered, overrides related, cancelled instances dropped. */
export function icalJsOccurrences(text: string, from: string, to: string, zone = 'UTC'): OccurrenceMap {
  const days = dayBounds(from, to, zone);
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevents = root.getAllSubcomponents('vevent');
  const masters = vevents.filter((c) => !c.hasProperty('recurrence-id'));
  const out: OccurrenceMap = new Map();
  const fromMs = Date.parse(from);
  const toMs = Date.parse(to);
  for (const master of masters) {
    const uid = String(master.getFirstPropertyValue('uid'));
    const exceptions = vevents.filter((c) => c !== master && c.hasProperty('recurrence-id') && String(c.getFirstPropertyValue('uid')) === uid);
    const event = new ICAL.Event(master, { exceptions });
    const allDay = event.startDate.isDate;
    const iterator = event.iterator();
    let guard = 0;
    for (let t = iterator.next() as ICAL.Time | undefined; t !== undefined && guard < 100_000; t = iterator.next() as ICAL.Time | undefined, guard++) {
      const details = event.getOccurrenceDetails(t);
      if (String(details.item.component.getFirstPropertyValue('status') ?? '') === 'CANCELLED') continue;
      const start = details.startDate;
      if (allDay) {
        const day = start.toString().slice(0, 10);
        if (day >= days.end) break;
        if (day >= days.first) push(out, uid, day);
        continue;
      }
      const ms = start.toUnixTime() * 1000;
      if (t.toUnixTime() * 1000 >= toMs + 7 * 86_400_000) break;
      if (ms >= fromMs && ms < toMs) push(out, uid, new Date(ms).toISOString().replace('.000Z', 'Z'));
    }
  }
  for (const list of out.values()) list.sort();
  return out;
}

/**
 * node-ical, run in a child process with TZ=UTC: its rrule.js expansion
 * takes weekdays and wall times from the host zone (under TZ=Pacific/Auckland
 * a Tuesday 07:00 Los Angeles series comes back on Wednesdays), which is one
 * of the host-zone leaks this library exists to avoid.
 */
export function nodeIcalOccurrences(text: string, from: string, to: string, zone = 'UTC'): OccurrenceMap {
  const script = join(import.meta.dirname, 'node-ical-oracle.mjs');
  const result = spawnSync(process.execPath, [script], {
    input: JSON.stringify({ text, from, to, ...dayBounds(from, to, zone) }),
    env: { ...process.env, TZ: 'UTC' },
    cwd: import.meta.dirname,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`node-ical oracle failed: ${result.stderr}`);
  return new Map(Object.entries(JSON.parse(result.stdout) as Record<string, string[]>));
}

/** Occurrence starts by UID as three readers see one calendar. */
export interface ClientComparison {
  /** The file written by toICS. */
  readonly text: string;
  /** ical.js. */
  readonly icaljs: OccurrenceMap;
  /** node-ical (run under TZ=UTC). */
  readonly nodeical: OccurrenceMap;
  /** parseICS + expandCalendar (this library). */
  readonly gmekit: OccurrenceMap;
}

/**
 * Writes any calendar with toICS and reads it back with ical.js, node-ical
 * and parseICS + expandCalendar, returning each reader's occurrence starts
 * within [from, to) by UID. Point it at any list of events (e.g. a program
 * catalog's conference series converted to IcsEvents).
 */
export function clientOccurrences(calendar: IcsCalendar, from: string, to: string, zone: string): ClientComparison {
  const text = toICS(calendar);
  const gmekit: OccurrenceMap = new Map();
  const expanded = expandCalendar(parseICS(text).calendar, { start: from, end: to }, { timeZone: zone });
  if (expanded.findings.length > 0) throw new Error(`expandCalendar: ${expanded.findings.map((f) => f.message).join('; ')}`);
  for (const { uid, occurrence: o } of expanded.occurrences) push(gmekit, uid, o.startInstant ?? (o.start.type === 'date' ? o.start.date : o.start.dateTime));
  for (const list of gmekit.values()) list.sort();
  return { text, icaljs: icalJsOccurrences(text, from, to, zone), nodeical: nodeIcalOccurrences(text, from, to, zone), gmekit };
}
