/**
 * Client-style corpus: small files written for this project in the shapes
 * each client emits (as peers' issues and documentation describe them; no
 * file is copied), each with the occurrences expected in a window, worked
 * out by hand in the comments. Calendar facts used: 2026-01-01 is a
 * Thursday, 2026-03-01 a Sunday, 2026-07-01 a Wednesday, 2026-10-01 a
 * Thursday; US daylight time 2026 runs from March 8 to November 1, EU summer
 * time from March 29 to October 25; Sydney leaves daylight time on April 5
 * and India keeps UTC+05:30.
 *
 * `icalJs` records, for the differential run against ical.js, why ical.js
 * answers differently where it does: `policy` (gmekit's documented choice)
 * or `peer-bug` (ical.js is wrong by RFC 5545).
 */

/** One corpus file. */
export interface CorpusCase {
  readonly name: string;
  readonly client: 'Exchange' | 'OWA' | 'Outlook' | 'Lotus Notes' | 'Google' | 'Apple' | 'iTIP' | 'multi-era';
  /** Content lines between BEGIN:VCALENDAR and END:VCALENDAR (or whole calendars for a stream). */
  readonly lines: readonly string[];
  /** Set when `lines` already hold BEGIN/END:VCALENDAR (several calendars in one stream). */
  readonly stream?: true;
  readonly window: { readonly start: string; readonly end: string };
  /** Start of each occurrence: a UTC instant, a date (all-day) or a local date-time (floating). */
  readonly expected: readonly string[];
  /** Finding codes of warning or error severity the file must produce (sorted). */
  readonly warnings?: readonly string[];
  readonly icalJs?: { readonly kind: 'policy' | 'peer-bug'; readonly why: string };
}

const ev = (uid: string, ...lines: string[]): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];

/** Outlook/Exchange's VTIMEZONE for a US zone: rules from 1601, standard and daylight offsets. */
function windowsUs(tzid: string, std: string, dst: string): string[] {
  return [
    'BEGIN:VTIMEZONE', `TZID:${tzid}`,
    'BEGIN:STANDARD', 'DTSTART:16011104T020000', 'RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11', `TZOFFSETFROM:${dst}`, `TZOFFSETTO:${std}`, 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:16010311T020000', 'RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3', `TZOFFSETFROM:${std}`, `TZOFFSETTO:${dst}`, 'END:DAYLIGHT',
    'END:VTIMEZONE',
  ];
}

const PACIFIC = windowsUs('Pacific Standard Time', '-0800', '-0700');
const RDATE_WITHOUT_RRULE = 'ical.js leaves DTSTART out when an event has RDATEs and no RRULE; RFC 5545 §3.8.2.4 makes DTSTART the first instance of the recurrence set';
const NO_VTIMEZONE = 'ical.js floats a TZID it has no VTIMEZONE for; gmekit resolves Windows, OWA and IANA names (RFC 5545 leaves it open; REFERENCE §4: never float silently)';

export const CORPUS: readonly CorpusCase[] = [
  {
    name: 'Outlook: Pacific Standard Time VTIMEZONE, weekly across the March DST change',
    client: 'Outlook',
    lines: [...PACIFIC, ...ev('o1', 'DTSTART;TZID="Pacific Standard Time":20260303T070000', 'DTEND;TZID="Pacific Standard Time":20260303T080000', 'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=3', 'SUMMARY:Tumor board')],
    window: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' },
    // 07:00 PST (-8) = 15:00Z on March 3; PDT (-7) from March 8: 14:00Z.
    expected: ['2026-03-03T15:00:00Z', '2026-03-10T14:00:00Z', '2026-03-17T14:00:00Z'],
  },
  {
    name: 'Outlook: W. Europe Standard Time VTIMEZONE, first Monday monthly',
    client: 'Outlook',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:W. Europe Standard Time',
      'BEGIN:STANDARD', 'DTSTART:16011028T030000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:16010325T020000', 'RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'END:DAYLIGHT',
      'END:VTIMEZONE',
      ...ev('o2', 'DTSTART;TZID=W. Europe Standard Time:20260302T090000', 'DURATION:PT1H', 'RRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=2', 'SUMMARY:Journal club'),
    ],
    window: { start: '2026-03-01T00:00:00Z', end: '2026-05-01T00:00:00Z' },
    // March 2 09:00 CET (+1) = 08:00Z; April 6 (first Monday; April 1 is a Wednesday) 09:00 CEST (+2) = 07:00Z.
    expected: ['2026-03-02T08:00:00Z', '2026-04-06T07:00:00Z'],
  },
  {
    name: 'Outlook: Windows zone name without a VTIMEZONE',
    client: 'Outlook',
    lines: ev('o3', 'DTSTART;TZID=Eastern Standard Time:20261101T080000', 'RRULE:FREQ=DAILY;COUNT=2', 'SUMMARY:Sign-out'),
    window: { start: '2026-10-30T00:00:00Z', end: '2026-11-05T00:00:00Z' },
    // November 1 08:00 is after the 02:00 change back to EST (-5): 13:00Z, then 13:00Z again.
    expected: ['2026-11-01T13:00:00Z', '2026-11-02T13:00:00Z'],
    icalJs: { kind: 'policy', why: NO_VTIMEZONE },
  },
  {
    name: 'Outlook: "Customized Time Zone" with Pacific rules',
    client: 'Outlook',
    lines: [...windowsUs('Customized Time Zone', '-0800', '-0700'), ...ev('o4', 'DTSTART;TZID=Customized Time Zone:20261102T080000', 'SUMMARY:Orientation')],
    window: { start: '2026-11-01T00:00:00Z', end: '2026-11-03T00:00:00Z' },
    // November 2 is after the change back: 08:00 PST = 16:00Z.
    expected: ['2026-11-02T16:00:00Z'],
  },
  {
    name: 'Exchange 2010: escaped commas in the VTIMEZONE TZID (India)',
    client: 'Exchange',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:(UTC+05:30) Chennai\\, Kolkata\\, Mumbai\\, New Delhi',
      'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'END:STANDARD', 'END:VTIMEZONE',
      ...ev('x1', 'DTSTART;TZID="(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi":20260210T100000', 'SUMMARY:Visiting professor'),
    ],
    window: { start: '2026-02-01T00:00:00Z', end: '2026-03-01T00:00:00Z' },
    // 10:00 at +05:30 = 04:30Z.
    expected: ['2026-02-10T04:30:00Z'],
  },
  {
    name: 'Exchange: all-day event with X-MICROSOFT-CDO-ALLDAYEVENT',
    client: 'Exchange',
    lines: ev('x2', 'DTSTART;VALUE=DATE:20260525', 'DTEND;VALUE=DATE:20260526', 'X-MICROSOFT-CDO-ALLDAYEVENT:TRUE', 'SUMMARY:Memorial Day'),
    window: { start: '2026-05-01T00:00:00Z', end: '2026-06-01T00:00:00Z' },
    expected: ['2026-05-25'],
  },
  {
    name: 'Exchange: weekly series with an EXDATE and a moved instance',
    client: 'Exchange',
    lines: [
      ...PACIFIC,
      ...ev('x3', 'DTSTART;TZID="Pacific Standard Time":20260701T120000', 'DTEND;TZID="Pacific Standard Time":20260701T130000', 'RRULE:FREQ=WEEKLY;BYDAY=WE;COUNT=4', 'EXDATE;TZID="Pacific Standard Time":20260708T120000', 'SUMMARY:Noon conference'),
      ...ev('x3', 'RECURRENCE-ID;TZID="Pacific Standard Time":20260715T120000', 'DTSTART;TZID="Pacific Standard Time":20260716T130000', 'DTEND;TZID="Pacific Standard Time":20260716T140000', 'SEQUENCE:1', 'SUMMARY:Noon conference (moved)'),
    ],
    window: { start: '2026-07-01T00:00:00Z', end: '2026-08-01T00:00:00Z' },
    // PDT (-7): July 1 12:00 = 19:00Z; July 8 excluded; July 15 moved to July 16 13:00 = 20:00Z; July 22 19:00Z.
    expected: ['2026-07-01T19:00:00Z', '2026-07-16T20:00:00Z', '2026-07-22T19:00:00Z'],
  },
  {
    name: 'Exchange: an instance cancelled by an override with STATUS:CANCELLED',
    client: 'Exchange',
    lines: [
      ...PACIFIC,
      ...ev('x4', 'DTSTART;TZID="Pacific Standard Time":20260701T120000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:M&M'),
      ...ev('x4', 'RECURRENCE-ID;TZID="Pacific Standard Time":20260708T120000', 'DTSTART;TZID="Pacific Standard Time":20260708T120000', 'STATUS:CANCELLED', 'SUMMARY:M&M'),
    ],
    window: { start: '2026-07-01T00:00:00Z', end: '2026-08-01T00:00:00Z' },
    expected: ['2026-07-01T19:00:00Z', '2026-07-15T19:00:00Z'],
  },
  {
    name: 'OWA: (UTC-08:00) Pacific Time (US & Canada) without a VTIMEZONE',
    client: 'OWA',
    lines: ev('w1', 'DTSTART;TZID="(UTC-08:00) Pacific Time (US & Canada)":20261201T090000', 'SUMMARY:Interview day'),
    window: { start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z' },
    expected: ['2026-12-01T17:00:00Z'],
    icalJs: { kind: 'policy', why: NO_VTIMEZONE },
  },
  {
    name: 'OWA: (UTC+10:00) Canberra, Melbourne, Sydney across the April change',
    client: 'OWA',
    lines: ev('w2', 'DTSTART;TZID="(UTC+10:00) Canberra, Melbourne, Sydney":20260401T090000', 'RRULE:FREQ=WEEKLY;COUNT=2', 'SUMMARY:Sydney rounds'),
    window: { start: '2026-03-30T00:00:00Z', end: '2026-04-10T00:00:00Z' },
    // April 1 09:00 AEDT (+11) = March 31 22:00Z; April 8 09:00 AEST (+10) = April 7 23:00Z.
    expected: ['2026-03-31T22:00:00Z', '2026-04-07T23:00:00Z'],
    icalJs: { kind: 'policy', why: NO_VTIMEZONE },
  },
  {
    name: 'Lotus Notes: Western/Central Europe with BYHOUR/BYMINUTE in the observance rules',
    client: 'Lotus Notes',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:Western/Central Europe',
      'BEGIN:DAYLIGHT', 'DTSTART:19500326T020000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=2;BYDAY=-1SU;BYMONTH=3', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:19501029T030000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYMINUTE=0;BYHOUR=3;BYDAY=-1SU;BYMONTH=10', 'END:STANDARD',
      'END:VTIMEZONE',
      ...ev('n1', 'DTSTART;TZID="Western/Central Europe":20260327T100000', 'RDATE;TZID="Western/Central Europe":20260330T100000', 'SUMMARY:Notes meeting'),
    ],
    window: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' },
    // Friday March 27 10:00 CET (+1) = 09:00Z; Monday March 30, after the last Sunday of March, CEST (+2) = 08:00Z.
    expected: ['2026-03-27T09:00:00Z', '2026-03-30T08:00:00Z'],
    icalJs: { kind: 'peer-bug', why: RDATE_WITHOUT_RRULE },
  },
  {
    name: 'Lotus Notes: a series written in UTC with a UTC EXDATE',
    client: 'Lotus Notes',
    lines: ev('n2', 'DTSTART:20260406T140000Z', 'DTEND:20260406T150000Z', 'RRULE:FREQ=WEEKLY;COUNT=3', 'EXDATE:20260413T140000Z', 'SUMMARY:Case review'),
    window: { start: '2026-04-01T00:00:00Z', end: '2026-05-01T00:00:00Z' },
    expected: ['2026-04-06T14:00:00Z', '2026-04-20T14:00:00Z'],
  },
  {
    name: 'Lotus Notes: an observance DTSTART written as a DATE',
    client: 'Lotus Notes',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:Arabian', 'BEGIN:STANDARD', 'DTSTART;VALUE=DATE:19700101', 'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0400', 'END:STANDARD', 'END:VTIMEZONE',
      ...ev('n3', 'DTSTART;TZID=Arabian:20260120T080000', 'SUMMARY:Gulf clinic'),
    ],
    window: { start: '2026-01-01T00:00:00Z', end: '2026-02-01T00:00:00Z' },
    expected: ['2026-01-20T04:00:00Z'],
  },
  {
    name: 'Google: X-WR-TIMEZONE and a date-only UNTIL across the November change',
    client: 'Google',
    lines: [
      'X-WR-TIMEZONE:America/Los_Angeles',
      ...ev('g1@google.com', 'DTSTART;TZID=America/Los_Angeles:20261022T160000', 'DTEND;TZID=America/Los_Angeles:20261022T170000', 'RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20261105', 'SUMMARY:Didactics'),
    ],
    window: { start: '2026-10-01T00:00:00Z', end: '2026-12-01T00:00:00Z' },
    // Date-only UNTIL includes November 5 (read in DTSTART's zone). 16:00 PDT = 23:00Z; November 5 16:00 PST = November 6 00:00Z.
    expected: ['2026-10-22T23:00:00Z', '2026-10-29T23:00:00Z', '2026-11-06T00:00:00Z'],
    icalJs: {
      kind: 'policy',
      why: 'ical.js floats America/Los_Angeles without a VTIMEZONE in the file (read as UTC) and ends a date-only UNTIL at that day\'s midnight, a week early here; gmekit reads the IANA zone and a date-only UNTIL as the whole day in DTSTART\'s zone (REFERENCE §4: Google writes UNTIL=YYYYMMDD)',
    },
  },
  {
    name: 'Google: UTC UNTIL on the last instance',
    client: 'Google',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:America/New_York', 'X-LIC-LOCATION:America/New_York',
      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'TZNAME:EDT', 'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'TZNAME:EST', 'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
      'END:VTIMEZONE',
      ...ev('g2@google.com', 'DTSTART;TZID=America/New_York:20260302T090000', 'RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260316T130000Z', 'SUMMARY:Board review'),
    ],
    window: { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' },
    // 09:00 EST = 14:00Z; March 9 and 16 09:00 EDT = 13:00Z, the last equal to UNTIL (inclusive).
    expected: ['2026-03-02T14:00:00Z', '2026-03-09T13:00:00Z', '2026-03-16T13:00:00Z'],
  },
  {
    name: 'Google: trailing semicolon in RRULE (Europe/London)',
    client: 'Google',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:Europe/London',
      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'DTSTART:19700329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'DTSTART:19701025T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
      'END:VTIMEZONE',
      ...ev('g3@google.com', 'DTSTART;TZID=Europe/London:20260315T100000', 'RRULE:FREQ=MONTHLY;BYMONTHDAY=15;COUNT=2;', 'SUMMARY:Audit'),
    ],
    window: { start: '2026-03-01T00:00:00Z', end: '2026-05-01T00:00:00Z' },
    // March 15 10:00 GMT = 10:00Z; April 15 10:00 BST = 09:00Z.
    expected: ['2026-03-15T10:00:00Z', '2026-04-15T09:00:00Z'],
  },
  {
    name: 'Google: yearly all-day event',
    client: 'Google',
    lines: ['X-WR-TIMEZONE:America/Los_Angeles', ...ev('g4@google.com', 'DTSTART;VALUE=DATE:20260704', 'DTEND;VALUE=DATE:20260705', 'RRULE:FREQ=YEARLY', 'SUMMARY:Independence Day')],
    window: { start: '2026-01-01T08:00:00Z', end: '2028-01-01T08:00:00Z' },
    expected: ['2026-07-04', '2027-07-04'],
  },
  {
    name: 'Google: floating time read in X-WR-TIMEZONE for the window',
    client: 'Google',
    lines: ['X-WR-TIMEZONE:America/Los_Angeles', ...ev('g5@google.com', 'DTSTART:20260115T080000', 'DTEND:20260115T090000', 'SUMMARY:Floating')],
    window: { start: '2026-01-15T00:00:00Z', end: '2026-01-16T00:00:00Z' },
    expected: ['2026-01-15T08:00:00'],
    icalJs: { kind: 'policy', why: 'ical.js gives a floating time an instant as if it were UTC; gmekit keeps it floating (RFC 5545 §3.3.5: the same wall time wherever the reader is) and places it in a zone only when asked' },
  },
  {
    name: 'Apple: VTIMEZONE with X-LIC-LOCATION, last Friday monthly',
    client: 'Apple',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:America/New_York', 'X-LIC-LOCATION:America/New_York',
      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0500', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'DTSTART:20070311T020000', 'TZNAME:EDT', 'TZOFFSETTO:-0400', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'TZOFFSETFROM:-0400', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'DTSTART:20071104T020000', 'TZNAME:EST', 'TZOFFSETTO:-0500', 'END:STANDARD',
      'END:VTIMEZONE',
      ...ev('A1B2-APPLE', 'DTSTART;TZID=America/New_York:20260130T170000', 'DTEND;TZID=America/New_York:20260130T180000', 'RRULE:FREQ=MONTHLY;BYDAY=-1FR;COUNT=3', 'X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC', 'SUMMARY:Wellness'),
    ],
    window: { start: '2026-01-01T00:00:00Z', end: '2026-05-01T00:00:00Z' },
    // Last Fridays: January 30, February 27, March 27. 17:00 EST = 22:00Z; March 27 EDT = 21:00Z.
    expected: ['2026-01-30T22:00:00Z', '2026-02-27T22:00:00Z', '2026-03-27T21:00:00Z'],
  },
  {
    name: 'Apple: TAB-folded text and a DURATION ending after midnight',
    client: 'Apple',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:Europe/London',
      'BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0000', 'TZOFFSETTO:+0100', 'DTSTART:19810329T010000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0000', 'DTSTART:19961027T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD',
      'END:VTIMEZONE',
      ...ev('A3-APPLE', 'DTSTART;TZID=Europe/London:20260328T233000', 'DURATION:PT1H', 'DESCRIPTION:Night float hand', '\toff', 'SUMMARY:Handoff'),
    ],
    window: { start: '2026-03-28T00:00:00Z', end: '2026-03-30T00:00:00Z' },
    // March 28 is before the change (GMT): 23:30Z.
    expected: ['2026-03-28T23:30:00Z'],
  },
  {
    name: 'Apple: RDATE as a PERIOD',
    client: 'Apple',
    lines: ev('A4-APPLE', 'DTSTART:20260401T100000Z', 'DURATION:PT1H', 'RDATE;VALUE=PERIOD:20260501T100000Z/PT1H', 'SUMMARY:Quarterly'),
    window: { start: '2026-03-01T00:00:00Z', end: '2026-06-01T00:00:00Z' },
    expected: ['2026-04-01T10:00:00Z', '2026-05-01T10:00:00Z'],
    icalJs: { kind: 'peer-bug', why: 'ical.js throws "occurrence.convertToZone is not a function" expanding an RDATE;VALUE=PERIOD, which RFC 5545 §3.8.5.2 allows' },
  },
  {
    name: 'iTIP: REQUEST with organizer and attendees (Asia/Kolkata)',
    client: 'iTIP',
    lines: [
      'METHOD:REQUEST',
      'BEGIN:VTIMEZONE', 'TZID:Asia/Kolkata', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'END:STANDARD', 'END:VTIMEZONE',
      ...ev('itip-1', 'DTSTART;TZID=Asia/Kolkata:20260904T150000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;BYDAY=FR;COUNT=2', 'ORGANIZER;CN=Chief:mailto:chief@example.org', 'ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:r1@example.org', 'SEQUENCE:0', 'SUMMARY:Tele-tumor board'),
    ],
    window: { start: '2026-09-01T00:00:00Z', end: '2026-10-01T00:00:00Z' },
    // 15:00 +05:30 = 09:30Z.
    expected: ['2026-09-04T09:30:00Z', '2026-09-11T09:30:00Z'],
  },
  {
    name: 'iTIP: a REQUEST and a later update of one instance in one stream',
    client: 'iTIP',
    stream: true,
    lines: [
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'METHOD:REQUEST',
      ...ev('itip-2', 'DTSTART:20260601T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SEQUENCE:0', 'SUMMARY:Simulation'),
      'END:VCALENDAR',
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', 'METHOD:REQUEST',
      ...ev('itip-2', 'RECURRENCE-ID:20260608T100000Z', 'DTSTART:20260609T110000Z', 'DURATION:PT1H', 'SEQUENCE:1', 'SUMMARY:Simulation (moved)'),
      'END:VCALENDAR',
    ],
    window: { start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z' },
    expected: ['2026-06-01T10:00:00Z', '2026-06-09T11:00:00Z', '2026-06-15T10:00:00Z'],
    icalJs: { kind: 'policy', why: 'ICAL.parse returns one component per VCALENDAR and an ICAL.Component built from the stream fails ("Cannot read properties of undefined"); gmekit merges the calendars of an iTIP stream and attaches the update' },
  },
  {
    name: 'iTIP: two updates of one instance, the higher SEQUENCE wins',
    client: 'iTIP',
    lines: [
      ...ev('itip-3', 'DTSTART:20260601T100000Z', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3', 'SUMMARY:Skills lab'),
      ...ev('itip-3', 'RECURRENCE-ID:20260608T100000Z', 'DTSTART:20260610T100000Z', 'DURATION:PT1H', 'SEQUENCE:2', 'SUMMARY:Skills lab (second move)'),
      ...ev('itip-3', 'RECURRENCE-ID:20260608T100000Z', 'DTSTART:20260609T100000Z', 'DURATION:PT1H', 'SEQUENCE:1', 'SUMMARY:Skills lab (first move)'),
    ],
    window: { start: '2026-06-01T00:00:00Z', end: '2026-07-01T00:00:00Z' },
    expected: ['2026-06-01T10:00:00Z', '2026-06-10T10:00:00Z', '2026-06-15T10:00:00Z'],
    warnings: ['ics/duplicate-override'],
    icalJs: { kind: 'policy', why: 'ical.js keeps the last override in file order (June 9 here); gmekit keeps the higher SEQUENCE (RFC 5546 §2.1.5: the higher SEQUENCE is the later revision)' },
  },
  {
    name: 'multi-era: US Eastern with the pre-2007 and current rules (UNTIL-bounded observances)',
    client: 'multi-era',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:US-Eastern-Eras',
      'BEGIN:DAYLIGHT', 'DTSTART:19870405T020000', 'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU;UNTIL=20060402T070000Z', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:19671029T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU;UNTIL=20061029T060000Z', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:20070311T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:20071104T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'END:STANDARD',
      'END:VTIMEZONE',
      ...ev('era-1', 'DTSTART;TZID=US-Eastern-Eras:20060320T090000', 'RDATE;TZID=US-Eastern-Eras:20060403T090000,20260309T090000', 'SUMMARY:Eras'),
    ],
    window: { start: '2006-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z' },
    // 2006 used the old rule (daylight time from April 2): March 20 is EST = 14:00Z,
    // April 3 EDT = 13:00Z; 2026-03-09 is after March 8: EDT = 13:00Z.
    expected: ['2006-03-20T14:00:00Z', '2006-04-03T13:00:00Z', '2026-03-09T13:00:00Z'],
    icalJs: { kind: 'peer-bug', why: RDATE_WITHOUT_RRULE },
  },
  {
    name: 'multi-era: a zone whose standard offset changed (+02 to +03 in 2015), matching no IANA zone',
    client: 'multi-era',
    lines: [
      'BEGIN:VTIMEZONE', 'TZID:Clinic Standard Time',
      'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0200', 'END:STANDARD',
      'BEGIN:STANDARD', 'DTSTART:20150601T000000', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0300', 'END:STANDARD',
      'END:VTIMEZONE',
      ...ev('era-2', 'DTSTART;TZID=Clinic Standard Time:20140601T120000', 'RDATE;TZID=Clinic Standard Time:20260601T120000', 'SUMMARY:Offsets'),
    ],
    window: { start: '2014-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z' },
    // 12:00 at +02 = 10:00Z in 2014; 12:00 at +03 = 09:00Z in 2026.
    expected: ['2014-06-01T10:00:00Z', '2026-06-01T09:00:00Z'],
    icalJs: { kind: 'peer-bug', why: RDATE_WITHOUT_RRULE },
  },
];

/**
 * The file text of a corpus case.
 *
 * @param c - the case
 * @returns CRLF text
 */
export function corpusText(c: CorpusCase): string {
  const lines = c.stream === true ? c.lines : ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...c.lines, 'END:VCALENDAR'];
  return `${lines.join('\r\n')}\r\n`;
}
