import { describe, expect, it } from 'vitest';
import { expandCalendar } from './expand-calendar';
import { parseICS } from './read';
import { toICS } from './write';

/** A calendar of the given lines, CRLF-terminated as RFC 5545 §3.1 wants. */
const ics = (...lines: string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (uid: string, ...lines: string[]): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];

function instants(text: string, window: { start: string; end: string }): string[] {
  const { calendar } = parseICS(text);
  const r = expandCalendar(calendar, window);
  expect(r.findings).toEqual([]);
  return r.occurrences.map((o) => o.occurrence.startInstant ?? (o.occurrence.start.type === 'date' ? o.occurrence.start.date : o.occurrence.start.dateTime));
}

const YEAR_2026 = { start: '2026-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z' };

describe('bug 1: a VTIMEZONE TZID is TEXT and is unescaped before matching', () => {
  // Exchange 2010 escapes the commas of the TZID property (TEXT, RFC 5545
  // §3.3.11) but quotes the parameter instead (§3.2): the two name one zone.
  const text = ics(
    'BEGIN:VTIMEZONE', 'TZID:(UTC+07:00) Bangkok\\, Hanoi\\, Jakarta',
    'BEGIN:STANDARD', 'DTSTART:16010101T000000', 'TZOFFSETFROM:+0700', 'TZOFFSETTO:+0700', 'END:STANDARD', 'END:VTIMEZONE',
    ...event('ex2010', 'DTSTART;TZID="(UTC+07:00) Bangkok, Hanoi, Jakarta":20261105T090000', 'DURATION:PT1H', 'SUMMARY:Grand rounds'),
  );

  it('reads the event in UTC+7: 09:00 local is 02:00Z', () => {
    const { findings } = parseICS(text);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(instants(text, YEAR_2026)).toEqual(['2026-11-05T02:00:00Z']);
  });
});

describe('bug 2: a VTIMEZONE that matches no IANA zone is evaluated directly', () => {
  // An invented two-era zone: UTC+05:30 all year until 2020, then daylight
  // time UTC+06:30 from the first Sunday of April to the first Sunday of
  // October at 02:00. No IANA zone has this history.
  const text = ics(
    'BEGIN:VTIMEZONE', 'TZID:Clinic/Invented',
    'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'END:STANDARD',
    'BEGIN:DAYLIGHT', 'DTSTART:20200405T020000', 'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0630', 'END:DAYLIGHT',
    'BEGIN:STANDARD', 'DTSTART:20201004T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', 'TZOFFSETFROM:+0630', 'TZOFFSETTO:+0530', 'END:STANDARD',
    'END:VTIMEZONE',
    ...event('notes-1', 'DTSTART;TZID=Clinic/Invented:20260330T090000', 'DURATION:PT1H', 'RRULE:FREQ=WEEKLY;COUNT=3', 'RDATE;TZID=Clinic/Invented:20190408T090000', 'SUMMARY:Clinic'),
  );

  it('says the file\'s own observances are used, never that there is no VTIMEZONE', () => {
    const { calendar, findings } = parseICS(text);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'ics/vtimezone-own-rules', line: 4 }));
    expect(calendar.events[0]?.series.start).toMatchObject({ type: 'zoned', dateTime: '2026-03-30T09:00:00' });
  });

  it('places instants by the observances: 2026-04-05 is the first Sunday of April (2026-04-01 is a Wednesday)', () => {
    // 2019-04-08 09:00 +05:30 (before the daylight era) = 03:30Z; 2026-03-30
    // 09:00 +05:30 = 03:30Z; April 6 and 13 are in daylight time, +06:30 = 02:30Z.
    expect(instants(text, { start: '2019-01-01T00:00:00Z', end: '2027-01-01T00:00:00Z' })).toEqual([
      '2019-04-08T03:30:00Z', '2026-03-30T03:30:00Z', '2026-04-06T02:30:00Z', '2026-04-13T02:30:00Z',
    ]);
  });

  it('toICS says it cannot write such a zone (yet) instead of writing a wrong one', () => {
    const { calendar } = parseICS(text);
    expect(() => toICS(calendar)).toThrow(expect.objectContaining({ code: 'ics/unknown-time-zone' }));
  });

  it('reads an observance DTSTART written as a DATE (its midnight): a fixed UTC+3 zone', () => {
    const fixed = ics(
      'BEGIN:VTIMEZONE', 'TZID:Notes Fixed', 'BEGIN:STANDARD', 'DTSTART;VALUE=DATE:19700101', 'TZOFFSETFROM:+0300', 'TZOFFSETTO:+0300', 'END:STANDARD', 'END:VTIMEZONE',
      ...event('notes-2', 'DTSTART;TZID=Notes Fixed:20260110T100000', 'SUMMARY:Fixed'),
    );
    expect(parseICS(fixed).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(instants(fixed, YEAR_2026)).toEqual(['2026-01-10T07:00:00Z']);
  });
});

describe('bug 3: a trailing ";" in RRULE ends the rule', () => {
  it('FREQ=WEEKLY;COUNT=3;BYDAY=MO; from Monday 2026-01-05 gives three Mondays, with an info finding', () => {
    const text = ics(...event('g-trailing', 'DTSTART:20260105T090000Z', 'RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO;', 'SUMMARY:Weekly'));
    const { findings } = parseICS(text);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['ics/rrule-trailing-semicolon', 'info']]);
    expect(instants(text, YEAR_2026)).toEqual(['2026-01-05T09:00:00Z', '2026-01-12T09:00:00Z', '2026-01-19T09:00:00Z']);
  });
});

describe('bug 4: DTEND;VALUE=DATE after a DATE-TIME DTSTART is normalised, not dropped', () => {
  it('ends at that date\'s midnight in DTSTART\'s zone and keeps the warning', () => {
    const text = ics(...event('site', 'DTSTART;TZID=America/Los_Angeles:20260612T190000', 'DTEND;VALUE=DATE:20260613', 'SUMMARY:Gala'));
    const { calendar, findings } = parseICS(text);
    expect(findings.map((f) => f.code)).toEqual(['ics/dtend-type']);
    expect(calendar.events[0]?.series.end).toEqual({ type: 'zoned', dateTime: '2026-06-13T00:00:00', timeZone: 'America/Los_Angeles' });
    const r = expandCalendar(calendar, YEAR_2026);
    // 19:00 PDT (UTC-7) = 02:00Z next day; midnight PDT = 07:00Z.
    expect(r.occurrences.map((o) => [o.occurrence.startInstant, o.occurrence.endInstant])).toEqual([['2026-06-13T02:00:00Z', '2026-06-13T07:00:00Z']]);
  });

  it('an end date not after the start is dropped with a warning, the event kept', () => {
    const text = ics(...event('site2', 'DTSTART:20260612T190000Z', 'DTEND;VALUE=DATE:20260612', 'SUMMARY:Gala'));
    const { calendar, findings } = parseICS(text);
    expect(findings.map((f) => f.code)).toEqual(['ics/dtend-type']);
    expect(calendar.events[0]?.series.end).toBeUndefined();
    expect(instants(text, YEAR_2026)).toEqual(['2026-06-12T19:00:00Z']);
  });
});

describe('bug 5: BYHOUR, BYMINUTE and BYSECOND are ignored next to a DATE DTSTART (RFC 5545 §3.3.10)', () => {
  it('FREQ=DAILY;BYMINUTE=1,2,3,4;INTERVAL=2;COUNT=3 from 2024-10-18 gives 10-18, 10-20, 10-22', () => {
    const text = ics(...event('date-min', 'DTSTART;VALUE=DATE:20241018', 'RRULE:FREQ=DAILY;BYMINUTE=1,2,3,4;INTERVAL=2;COUNT=3', 'SUMMARY:All day'));
    expect(parseICS(text).findings.map((f) => f.code)).toEqual(['ics/date-time-parts-ignored']);
    expect(instants(text, { start: '2024-10-01T00:00:00Z', end: '2024-11-01T00:00:00Z' })).toEqual(['2024-10-18', '2024-10-20', '2024-10-22']);
  });
});

describe('bug 6: COUNT and INTERVAL of a million or more are valid', () => {
  it('COUNT=1000000 is kept; the window bounds the work (31 days of January)', () => {
    const text = ics(...event('big-count', 'DTSTART:20260101T080000Z', 'RRULE:FREQ=DAILY;COUNT=1000000', 'SUMMARY:Daily'));
    const { calendar, findings } = parseICS(text);
    expect(findings).toEqual([]);
    expect(calendar.events[0]?.series.rrule?.count).toBe(1_000_000);
    expect(instants(text, { start: '2026-01-01T00:00:00Z', end: '2026-02-01T00:00:00Z' })).toHaveLength(31);
  });

  it('INTERVAL=1000000 SECONDLY: the second instance is 1,000,000 s = 11 d 13 h 46 min 40 s later', () => {
    const text = ics(...event('big-interval', 'DTSTART:20260101T000000Z', 'RRULE:FREQ=SECONDLY;INTERVAL=1000000;COUNT=2', 'SUMMARY:Sparse'));
    expect(parseICS(text).findings).toEqual([]);
    expect(instants(text, YEAR_2026)).toEqual(['2026-01-01T00:00:00Z', '2026-01-12T13:46:40Z']);
  });

  it('a value past 2^31 - 1 is still rejected with the range, not a digit-count message', () => {
    const text = ics(...event('too-big', 'DTSTART:20260101T000000Z', 'RRULE:FREQ=DAILY;COUNT=2147483648', 'SUMMARY:x'));
    expect(parseICS(text).findings.map((f) => f.message)).toEqual([expect.stringContaining('COUNT values must be 1..2147483647; got 2147483648')]);
  });
});
