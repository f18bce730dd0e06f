// Adapters that let the peer libraries answer the same question gmekit
// answers ("which instants does this series occupy in this window?"), and
// the check that they agree before anything is timed.
import ICAL from 'ical.js';
import rrulePkg from 'rrule';
import { Temporal } from 'temporal-polyfill';

// rrule ships CommonJS as its Node entry; the named exports exist only on the default object.
export const { RRule } = rrulePkg;

export const LA = 'America/Los_Angeles';

/**
 * America/Los_Angeles as a VTIMEZONE (US rules since 2007: second Sunday of
 * March, first Sunday of November), the form Google writes; ical.js has no
 * zone database of its own and needs one registered.
 */
const LA_VTIMEZONE = [
  'BEGIN:VCALENDAR',
  'BEGIN:VTIMEZONE',
  'TZID:America/Los_Angeles',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:-0800',
  'TZOFFSETTO:-0700',
  'DTSTART:20070311T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:-0700',
  'TZOFFSETTO:-0800',
  'DTSTART:20071104T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  'END:VCALENDAR',
].join('\r\n');

let laZone: ICAL.Timezone | undefined;

/** The ical.js Los Angeles zone (registered with its TimezoneService once). */
export function icalLosAngeles(): ICAL.Timezone {
  if (laZone) return laZone;
  const root = new ICAL.Component(ICAL.parse(LA_VTIMEZONE) as unknown[]);
  const component = root.getFirstSubcomponent('vtimezone');
  if (!component) throw new Error('LA VTIMEZONE did not parse');
  ICAL.TimezoneService.register(component);
  laZone = new ICAL.Timezone(component);
  return laZone;
}

/** An ical.js time in Los Angeles from a local `YYYY-MM-DDTHH:MM:SS`. */
export function icalTime(local: string): ICAL.Time {
  const p = Temporal.PlainDateTime.from(local);
  return ICAL.Time.fromData({ year: p.year, month: p.month, day: p.day, hour: p.hour, minute: p.minute, second: p.second, isDate: false }, icalLosAngeles());
}

/**
 * rrule's time-zone convention (its README, "Timezone Support"): with a
 * TZID, the returned Date's UTC fields are the wall-clock time of the HOST
 * zone at the real instant. Decoding needs the host zone, so the answer
 * depends on TZ; these two helpers apply the documented convention.
 */
const hostZone = Temporal.Now.timeZoneId();

/** Real instant (epoch ms) of a Date returned by rrule with a TZID. */
export function fromRruleDate(d: Date): number {
  return Temporal.PlainDateTime.from(d.toISOString().slice(0, 23)).toZonedDateTime(hostZone).epochMilliseconds;
}

/** The Date rrule expects for a real instant (a window bound). */
export function toRruleDate(epochMs: number): Date {
  const wall = Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO(hostZone).toPlainDateTime();
  return new Date(`${wall.toString({ smallestUnit: 'millisecond' })}Z`);
}

/** A compact `YYYYMMDDTHHMMSS` form of a local ISO date-time. */
export const compact = (iso: string): string => iso.replace(/[-:]/g, '').slice(0, 15);

/** The host zone the process runs in, reported with rrule figures. */
export const HOST_ZONE = hostZone;

/**
 * Compares a peer's instants with gmekit's. Returns undefined when they are
 * identical, else a one-line description of the first difference.
 */
export function difference(expected: readonly number[], got: readonly number[]): string | undefined {
  const iso = (ms: number | undefined): string => (ms === undefined ? 'nothing' : new Date(ms).toISOString());
  const n = Math.max(expected.length, got.length);
  for (let i = 0; i < n; i++) {
    if (expected[i] !== got[i]) {
      return `${got.length} instants against gmekit's ${expected.length}; first difference at #${i}: ${iso(got[i])} where gmekit has ${iso(expected[i])}`;
    }
  }
  return undefined;
}
