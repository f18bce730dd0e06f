/**
 * Reads a feed the way a calendar client does: ical.js parses the file,
 * registers its VTIMEZONEs, and turns each VEVENT's local times into instants
 * through them (not through the host zone).
 */
import ICAL from 'ical.js';

export interface ClientEvent {
  readonly uid: string;
  readonly summary: string;
  readonly status: string | null;
  /** UTC instants, ISO. */
  readonly start: string;
  readonly end: string;
  readonly tzid: string;
}

export function readAsClient(text: string): { name: string | null; events: ClientEvent[] } {
  const root = ICAL.Component.fromString(text);
  for (const tz of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const events = root.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    const iso = (t: ICAL.Time) => new Date(t.toUnixTime() * 1000).toISOString();
    const status = c.getFirstPropertyValue('status');
    return {
      uid: e.uid,
      summary: e.summary,
      status: typeof status === 'string' ? status : null,
      start: iso(e.startDate),
      end: iso(e.endDate),
      tzid: e.startDate.zone.tzid,
    };
  });
  const name = root.getFirstPropertyValue('x-wr-calname');
  return { name: typeof name === 'string' ? name : null, events };
}
