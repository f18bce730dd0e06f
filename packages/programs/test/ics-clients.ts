// What two real iCalendar clients, ical.js and node-ical (dev-only), make of
// a file written by toICS: the events they see and each event's occurrence
// starts as epoch milliseconds, so a test can hold them against gmekit's own
// expansion.
import ICAL from 'ical.js';
import ical from 'node-ical';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

/** An event as a client lists it. */
export interface ClientEvent {
  /** UID. */
  readonly uid: string;
  /** SUMMARY. */
  readonly summary: string;
  /** DTSTART as an instant (epoch ms). */
  readonly startMs: number;
  /** The zone the client attached to DTSTART. */
  readonly timeZone: string | undefined;
}

/** Occurrence starts (epoch ms, ascending) by UID. */
export type StartsByUid = Map<string, number[]>;

/** Instants [fromMs, toMs) a reader keeps. */
export interface MsWindow {
  /** Inclusive start, epoch ms. */
  readonly fromMs: number;
  /** Exclusive end, epoch ms. */
  readonly toMs: number;
}

/**
 * ical.js: registers the file's VTIMEZONEs so every TZID resolves to the
 * zone the file carries (not ical.js's floating fallback), then walks each
 * master VEVENT with its RRULE, EXDATEs, RDATEs and overrides through
 * `Event.iterator`, dropping instances an override marks CANCELLED.
 *
 * @param text - the .ics file
 * @param window - occurrences kept
 * @returns the events and the occurrence starts per UID
 */
export function readWithIcalJs(text: string, window: MsWindow): { events: ClientEvent[]; starts: StartsByUid } {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevents = root.getAllSubcomponents('vevent');
  const events: ClientEvent[] = [];
  const starts: StartsByUid = new Map();
  for (const master of vevents.filter((c) => !c.hasProperty('recurrence-id'))) {
    const uid = String(master.getFirstPropertyValue('uid'));
    const exceptions = vevents.filter((c) => c !== master && c.hasProperty('recurrence-id') && String(c.getFirstPropertyValue('uid')) === uid);
    const event = new ICAL.Event(master, { exceptions });
    events.push({ uid, summary: event.summary, startMs: event.startDate.toUnixTime() * 1000, timeZone: event.startDate.zone.tzid });
    const list: number[] = [];
    const iterator = event.iterator();
    // ical.js has no "between" query: it iterates from DTSTART, so stop once
    // the rule is a week past the window (no series here is moved that far).
    for (let t = iterator.next() as ICAL.Time | undefined; t !== undefined; t = iterator.next() as ICAL.Time | undefined) {
      if (t.toUnixTime() * 1000 >= window.toMs + 7 * 86_400_000) break;
      const details = event.getOccurrenceDetails(t);
      if (String(details.item.component.getFirstPropertyValue('status') ?? '') === 'CANCELLED') continue;
      const ms = details.startDate.toUnixTime() * 1000;
      if (ms >= window.fromMs && ms < window.toMs) list.push(ms);
    }
    starts.set(uid, list.sort((a, b) => a - b));
  }
  return { events, starts };
}

/** What node-ical's parse exposes for one series, read in this process. */
export interface NodeIcalSeries {
  /** The event. */
  readonly event: ClientEvent;
  /** `rrule.between(from, to, true)` exactly as rrule.js returns it in this process's zone (epoch ms). */
  readonly ruleStartsMs: number[];
  /** EXDATE values (epoch ms, ascending). */
  readonly exdatesMs: number[];
}

/**
 * node-ical in this process: its events (DTSTART is a true instant, with the
 * zone attached as `tz`), the raw `rrule.between` of each, and its EXDATEs.
 *
 * @param text - the .ics file
 * @param window - window given to `rrule.between`
 * @returns per UID, the event, its rule's starts and its EXDATEs
 */
export function readWithNodeIcal(text: string, window: MsWindow): Map<string, NodeIcalSeries> {
  const parsed = ical.sync.parseICS(text);
  const out = new Map<string, NodeIcalSeries>();
  for (const component of Object.values(parsed)) {
    if (component.type !== 'VEVENT') continue;
    const start = component.start as Date & { tz?: string };
    const event: ClientEvent = { uid: component.uid, summary: component.summary, startMs: start.getTime(), timeZone: start.tz };
    const ruleStartsMs = component.rrule ? component.rrule.between(new Date(window.fromMs), new Date(window.toMs), true).map((d) => d.getTime()) : [];
    // node-ical types EXDATE as `any`: an object of Dates keyed by UTC date.
    const exdate = (component.exdate ?? {}) as Record<string, Date>;
    const exdatesMs = Object.values(exdate).map((d) => d.getTime()).sort((a, b) => a - b);
    out.set(component.uid, { event, ruleStartsMs, exdatesMs });
  }
  return out;
}

/**
 * node-ical as a server in UTC uses it: in a child process with TZ=UTC,
 * `rrule.between` over the window minus the EXDATEs looked up by date key as
 * node-ical's README shows (`event.exdate['YYYY-MM-DD']`).
 *
 * @param text - the .ics file
 * @param window - occurrences kept
 * @returns occurrence starts per UID
 */
export function readWithNodeIcalInUtc(text: string, window: MsWindow): StartsByUid {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, 'node-ical-utc.mjs')], {
    input: JSON.stringify({ text, ...window }),
    env: { ...process.env, TZ: 'UTC' },
    cwd: import.meta.dirname,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`node-ical child failed: ${result.stderr}`);
  return new Map(Object.entries(JSON.parse(result.stdout) as Record<string, number[]>));
}
