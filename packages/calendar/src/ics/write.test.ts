import { describe, expect, it } from 'vitest';
import { parseICS } from './read';
import { parseRRule } from '../recurrence/index';
import type { IcsCalendar, IcsEvent } from './types';
import { IcsWriteError, toICS } from './write';

const LA = 'America/Los_Angeles';
const stamp = '2026-06-01T00:00:00Z';

function rule(text: string) {
  const r = parseRRule(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.rule;
}

function lines(calendar: IcsCalendar): string[] {
  return toICS(calendar).split('\r\n');
}

function veventLines(ev: IcsEvent): string[] {
  const all = lines({ events: [ev] });
  return all.slice(all.indexOf('BEGIN:VEVENT'), all.indexOf('END:VEVENT') + 1);
}

describe('toICS', () => {
  it('writes a whole file exactly as RFC 5545 lays it out', () => {
    // UNTIL 2026-12-29 07:00 PST (UTC-8) is 15:00Z. The VTIMEZONE covers 2026:
    // the observance in force on Jan 1 (since 2025-11-02), DST from the second
    // Sunday of March and back on the first Sunday of November, whose rules
    // 2027 (Mar 14, Nov 7) follows, hence the yearly RRULEs.
    const text = toICS({
      name: 'Tumor board',
      prodId: '-//KP LAMC//Conferences//EN',
      events: [{ uid: 'tb@lamc', dtstamp: stamp, summary: 'Tumor board',
        series: { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: LA }, duration: 'PT1H',
          rrule: { freq: 'WEEKLY', byDay: [{ day: 'TU' }], until: { type: 'zoned', dateTime: '2026-12-29T07:00:00', timeZone: LA } } } }],
    });
    expect(text).toBe([
      'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//KP LAMC//Conferences//EN', 'CALSCALE:GREGORIAN', 'NAME:Tumor board', 'X-WR-CALNAME:Tumor board',
      'BEGIN:VTIMEZONE', 'TZID:America/Los_Angeles', 'X-LIC-LOCATION:America/Los_Angeles',
      'BEGIN:STANDARD', 'DTSTART:20251102T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'END:STANDARD',
      'BEGIN:DAYLIGHT', 'DTSTART:20260308T020000', 'TZOFFSETFROM:-0800', 'TZOFFSETTO:-0700', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
      'BEGIN:STANDARD', 'DTSTART:20261101T020000', 'TZOFFSETFROM:-0700', 'TZOFFSETTO:-0800', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
      'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:tb@lamc', 'DTSTAMP:20260601T000000Z', 'DTSTART;TZID=America/Los_Angeles:20260707T070000', 'DURATION:PT1H',
      'RRULE:FREQ=WEEKLY;UNTIL=20261229T150000Z;BYDAY=TU', 'SUMMARY:Tumor board', 'END:VEVENT',
      'END:VCALENDAR', '',
    ].join('\r\n'));
  });

  it('writes the calendar header with RFC 7986 and legacy X-WR properties', () => {
    const out = lines({ name: 'Conferences', description: 'All, weekly', refreshInterval: 'PT12H', events: [] });
    expect(out).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//gmekit//calendar//EN',
      'CALSCALE:GREGORIAN',
      'NAME:Conferences',
      'X-WR-CALNAME:Conferences',
      'DESCRIPTION:All\\, weekly',
      'X-WR-CALDESC:All\\, weekly',
      'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
      'X-PUBLISHED-TTL:PT12H',
      'END:VCALENDAR',
      '',
    ]);
  });

  it('writes UNTIL in UTC when DTSTART is zoned (RFC 5545 §3.3.10)', () => {
    // A date-only UNTIL means the whole of 2026-12-15 in Los Angeles: its last
    // second, 23:59:59 PST (UTC-8), is 2026-12-16 07:59:59Z.
    const ev: IcsEvent = { uid: 'u', dtstamp: stamp, summary: 'x', series: { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: LA }, rrule: rule('FREQ=WEEKLY;UNTIL=20261215') } };
    expect(veventLines(ev)).toContain('RRULE:FREQ=WEEKLY;UNTIL=20261216T075959Z');
  });

  it('writes all-day items as VALUE=DATE with an exclusive DTEND and no VTIMEZONE', () => {
    const out = lines({ events: [{ uid: 'h', dtstamp: stamp, summary: 'Holiday', series: { start: { type: 'date', date: '2026-07-03' }, end: { type: 'date', date: '2026-07-04' } } }] });
    expect(out).toContain('DTSTART;VALUE=DATE:20260703');
    expect(out).toContain('DTEND;VALUE=DATE:20260704');
    expect(out).not.toContain('BEGIN:VTIMEZONE');
  });

  it('writes EXDATE and RDATE in the form of DTSTART', () => {
    // 14:00Z is 07:00 PDT; the UTC EXDATE is rewritten as the same instant in DTSTART's zone.
    const ev: IcsEvent = {
      uid: 'u', dtstamp: stamp, summary: 'x',
      series: { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: LA }, rrule: rule('FREQ=WEEKLY'),
        exdates: [{ type: 'utc', dateTime: '2026-07-14T14:00:00' }, { type: 'zoned', dateTime: '2026-07-21T07:00:00', timeZone: LA }],
        rdates: [{ type: 'zoned', dateTime: '2026-07-09T07:00:00', timeZone: LA }] },
    };
    const out = veventLines(ev);
    expect(out).toContain('EXDATE;TZID=America/Los_Angeles:20260714T070000,20260721T070000');
    expect(out).toContain('RDATE;TZID=America/Los_Angeles:20260709T070000');
  });

  it('gives a moved instance without its own end the length of the series', () => {
    // DTSTART 07:00, DTEND 08:30 the same day: every instance lasts 1 h 30 min.
    const z = (dateTime: string) => ({ type: 'zoned' as const, dateTime, timeZone: LA });
    const ev: IcsEvent = { uid: 'u', dtstamp: stamp, summary: 'x',
      series: { start: z('2026-07-07T07:00:00'), end: z('2026-07-07T08:30:00'), rrule: rule('FREQ=WEEKLY'),
        overrides: [{ recurrenceId: z('2026-07-14T07:00:00'), start: z('2026-07-15T07:00:00') }] } };
    const out = lines({ events: [ev] });
    const override = out.slice(out.lastIndexOf('BEGIN:VEVENT'));
    expect(override).toContain('RECURRENCE-ID;TZID=America/Los_Angeles:20260714T070000');
    expect(override).toContain('DTSTART;TZID=America/Los_Angeles:20260715T070000');
    expect(override).toContain('DURATION:PT1H30M');
    expect(parseICS(out.join('\r\n')).calendar.events[0]).toEqual(ev);
  });

  it('writes one VTIMEZONE per TZID used, sorted', () => {
    const out = lines({ events: [
      { uid: 'a', dtstamp: stamp, summary: 'a', series: { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: LA } } },
      { uid: 'b', dtstamp: stamp, summary: 'b', series: { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'Europe/London' }, end: { type: 'zoned', dateTime: '2026-07-07T08:00:00', timeZone: LA } } },
    ] });
    expect(out.filter((l) => l.startsWith('TZID:'))).toEqual(['TZID:America/Los_Angeles', 'TZID:Europe/London']);
  });

  it('encodes parameter values with RFC 6868 and quotes', () => {
    const ev: IcsEvent = { uid: 'u', dtstamp: stamp, summary: 'x', series: { start: { type: 'utc', dateTime: '2026-07-07T14:00:00' } },
      extra: [{ name: 'X-ROOM', params: [{ name: 'X-LABEL', values: ['Room "A"\nEast; 2'] }], value: 'r1' }] };
    expect(veventLines(ev)).toContain('X-ROOM;X-LABEL="Room ^\'A^\'^nEast; 2":r1');
  });

  it('derives a stable UID from content when none is given', () => {
    const ev: IcsEvent = { dtstamp: stamp, summary: 'Tumor board', series: { start: { type: 'date', date: '2026-07-07' } } };
    const a = veventLines(ev).find((l) => l.startsWith('UID:'));
    expect(a).toMatch(/^UID:[0-9a-f]{16}@gmekit$/);
    expect(veventLines({ ...ev }).find((l) => l.startsWith('UID:'))).toBe(a);
    expect(veventLines({ ...ev, summary: 'Journal club' }).find((l) => l.startsWith('UID:'))).not.toBe(a);
  });

  it('takes DTSTAMP from the options, and refuses to invent one', () => {
    const ev: IcsEvent = { uid: 'u', summary: 'x', series: { start: { type: 'date', date: '2026-07-07' } } };
    expect(toICS({ events: [ev] }, { dtstamp: '2026-01-02T03:04:05Z' })).toContain('DTSTAMP:20260102T030405Z');
    expect(() => toICS({ events: [ev] })).toThrow(IcsWriteError);
  });

  it('rejects an unknown time zone with a typed error', () => {
    const ev: IcsEvent = { uid: 'u', dtstamp: stamp, summary: 'x', series: { start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'Mars/Base' } } };
    expect(() => toICS({ events: [ev] })).toThrow(/Mars\/Base/);
  });

  it('rejects malformed values and raw values that would inject lines', () => {
    const base: IcsEvent = { uid: 'u', dtstamp: stamp, summary: 'x', series: { start: { type: 'date', date: '2026-07-07' } } };
    expect(() => toICS({ events: [{ ...base, series: { start: { type: 'date', date: '2026-7-7' } } }] })).toThrow(IcsWriteError);
    expect(() => toICS({ events: [{ ...base, dtstamp: '2026-07-01' }] })).toThrow(/dtstamp/);
    expect(() => toICS({ events: [{ ...base, series: { ...base.series, duration: '1 hour' } }] })).toThrow(/duration/);
    expect(() => toICS({ events: [{ ...base, extra: [{ name: 'X-A', params: [], value: 'x\r\nBEGIN:VEVENT' }] }] })).toThrow(/line break/);
    expect(() => toICS({ events: [{ ...base, extra: [{ name: 'X:A', params: [], value: 'x' }] }] })).toThrow(IcsWriteError);
    expect(() => toICS({ events: [{ ...base, url: 'https://x.org/\nEND:VCALENDAR' }] })).toThrow(/url/);
  });

  it('folds long multi-byte text and reads it back unchanged', () => {
    const summary = 'Conférence de radio-oncologie — 放射線腫瘍学 — 🎗️ '.repeat(5);
    const ev: IcsEvent = { uid: 'u', dtstamp: stamp, summary, series: { start: { type: 'date', date: '2026-07-07' } } };
    const text = toICS({ events: [ev] });
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(parseICS(text).calendar.events[0]!.summary).toBe(summary);
  });
});

describe('toICS: DTEND after DTSTART (RFC 5545 §3.6.1)', () => {
  const at = (dateTime: string) => ({ type: 'zoned' as const, dateTime, timeZone: LA });
  const base = { uid: 'noon@x', dtstamp: stamp, summary: 'Noon conference' };

  it('leaves out a DTEND equal to DTSTART: the event then ends as it starts', () => {
    const out = veventLines({ ...base, series: { start: at('2026-07-01T12:00:00'), end: at('2026-07-01T12:00:00') } });
    expect(out).toContain('DTSTART;TZID=America/Los_Angeles:20260701T120000');
    expect(out.some((l) => l.startsWith('DTEND') || l.startsWith('DURATION'))).toBe(false);
  });

  it('compares instants, not wall-clock text: 12:00 in Los Angeles is 19:00Z, so an end of 19:00Z is no later', () => {
    const out = veventLines({ ...base, series: { start: at('2026-07-01T12:00:00'), end: { type: 'utc', dateTime: '2026-07-01T19:00:00' } } });
    expect(out.some((l) => l.startsWith('DTEND'))).toBe(false);
    const later = veventLines({ ...base, series: { start: at('2026-07-01T12:00:00'), end: { type: 'utc', dateTime: '2026-07-01T19:30:00' } } });
    expect(later).toContain('DTEND:20260701T193000Z');
  });

  it('refuses a DTEND before DTSTART, for a series and for an override', () => {
    const backwards = { ...base, series: { start: at('2026-07-01T12:00:00'), end: at('2026-07-01T11:00:00') } };
    expect(() => toICS({ events: [backwards] })).toThrow(IcsWriteError);
    expect(() => toICS({ events: [backwards] })).toThrow(/DTEND 20260701T110000 is before DTSTART 20260701T120000/);
    const allDay = { ...base, series: { start: { type: 'date' as const, date: '2026-07-02' }, end: { type: 'date' as const, date: '2026-07-01' } } };
    expect(() => toICS({ events: [allDay] })).toThrow(/before DTSTART/);
    const override = {
      ...base,
      series: {
        start: at('2026-07-01T12:00:00'),
        rrule: rule('FREQ=WEEKLY;COUNT=3'),
        overrides: [{ recurrenceId: at('2026-07-08T12:00:00'), start: at('2026-07-08T13:00:00'), end: at('2026-07-08T12:30:00') }],
      },
    };
    expect(() => toICS({ events: [override] })).toThrow(/before DTSTART/);
  });
});
