import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseICS } from './read';

const fixture = (name: string): string => readFileSync(join(import.meta.dirname, '__fixtures__', name), 'utf8');
const LA = 'America/Los_Angeles';

describe('parseICS: Google export', () => {
  const { calendar, findings } = parseICS(fixture('google.ics'));

  it('reads calendar properties, keeping X-WR-TIMEZONE and METHOD', () => {
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(calendar.name).toBe('Radiation Oncology conferences');
    expect(calendar.description).toBe('Weekly conferences');
    expect(calendar.extra).toEqual([
      { name: 'METHOD', params: [], value: 'PUBLISH' },
      { name: 'X-WR-TIMEZONE', params: [], value: LA },
    ]);
  });

  it('reads the series with its date-only UNTIL and zoned EXDATE', () => {
    const ev = calendar.events[0]!;
    expect(ev.uid).toBe('5q1b8c2o9v0ra6s3m4tumor@google.com');
    expect(ev.summary).toBe('Tumor board');
    expect(ev.description).toBe('Multidisciplinary tumor board.\nBring cases by Monday.');
    expect(ev.location).toBe('LAMC, Conference Room 4');
    expect(ev.series.start).toEqual({ type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: LA });
    expect(ev.series.end).toEqual({ type: 'zoned', dateTime: '2026-07-07T08:00:00', timeZone: LA });
    expect(ev.series.rrule?.until).toEqual({ type: 'date', date: '2026-09-01' });
    expect(ev.series.exdates).toEqual([{ type: 'zoned', dateTime: '2026-07-21T07:00:00', timeZone: LA }]);
    expect(ev.extra?.map((p) => p.name)).toEqual(['CREATED', 'LAST-MODIFIED', 'SEQUENCE', 'STATUS', 'TRANSP']);
  });

  it('reads an all-day item as DATE values with an exclusive end', () => {
    expect(calendar.events[1]?.series).toEqual({ start: { type: 'date', date: '2026-07-04' }, end: { type: 'date', date: '2026-07-05' } });
  });
});

describe('parseICS: Outlook export', () => {
  const { calendar, findings } = parseICS(fixture('outlook.ics'));

  it('maps the custom "Pacific Standard Time" VTIMEZONE to America/Los_Angeles', () => {
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'ics/tzid-mapped', line: 6 }));
    expect(calendar.events).toHaveLength(1);
    expect(calendar.events[0]!.series.start).toEqual({ type: 'zoned', dateTime: '2026-10-15T12:00:00', timeZone: LA });
  });

  it('attaches the RECURRENCE-ID override once, with its own summary', () => {
    const ev = calendar.events[0]!;
    expect(ev.series.overrides).toEqual([
      {
        recurrenceId: { type: 'zoned', dateTime: '2026-11-26T12:00:00', timeZone: LA },
        start: { type: 'zoned', dateTime: '2026-11-25T12:00:00', timeZone: LA },
        end: { type: 'zoned', dateTime: '2026-11-25T13:00:00', timeZone: LA },
      },
    ]);
    expect(ev.instances).toEqual([
      {
        recurrenceId: { type: 'zoned', dateTime: '2026-11-26T12:00:00', timeZone: LA },
        summary: 'Journal club (Thanksgiving week)',
        extra: [{ name: 'SEQUENCE', params: [], value: '1' }],
        extraParams: { SUMMARY: [{ name: 'LANGUAGE', values: ['en-us'] }] },
      },
    ]);
  });

  it('keeps unknown parameters of known properties and X- properties', () => {
    const ev = calendar.events[0]!;
    expect(ev.extraParams).toEqual({ SUMMARY: [{ name: 'LANGUAGE', values: ['en-us'] }] });
    expect(ev.extra).toContainEqual({ name: 'X-MICROSOFT-CDO-BUSYSTATUS', params: [], value: 'BUSY' });
    expect(ev.description).toBe('Journal club, biweekly.\n');
  });

  it('maps a VTIMEZONE whose name says nothing by its transitions', () => {
    // Older Outlook versions name zones by their display text.
    const text = fixture('outlook.ics').replaceAll('Pacific Standard Time', '(UTC-08:00) Pacific Time (US & Canada)');
    const r = parseICS(text);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const zone = (r.calendar.events[0]!.series.start as { timeZone: string }).timeZone;
    // Any zone with the US Pacific rules in 2026 is a correct reading.
    expect(['America/Los_Angeles', 'America/Tijuana', 'America/Vancouver', 'PST8PDT']).toContain(zone);
  });

  it('reads a custom fixed-offset VTIMEZONE that no IANA zone has as that offset', () => {
    const text = [
      'BEGIN:VCALENDAR', 'BEGIN:VTIMEZONE', 'TZID:Ship time', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0537', 'TZOFFSETTO:+0537', 'END:STANDARD', 'END:VTIMEZONE',
      'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20260101T000000Z', 'DTSTART;TZID=Ship time:20260707T070000', 'END:VEVENT', 'END:VCALENDAR',
    ].join('\r\n');
    const r = parseICS(text);
    expect(r.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    expect(r.calendar.events[0]!.series.start).toEqual({ type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: '+05:37' });
  });

  it('resolves a Windows zone name without any VTIMEZONE', () => {
    const text = fixture('outlook.ics').replace(/BEGIN:VTIMEZONE[\s\S]*END:VTIMEZONE\n/, '');
    const r = parseICS(text);
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(r.calendar.events[0]!.series.start).toEqual({ type: 'zoned', dateTime: '2026-10-15T12:00:00', timeZone: LA });
  });
});

describe('parseICS: Apple export', () => {
  const { calendar, findings } = parseICS(fixture('apple.ics'));

  it('unfolds TAB continuations and keeps X-APPLE properties with their parameters', () => {
    expect(findings).toEqual([]);
    const ev = calendar.events[0]!;
    expect(ev.location).toBe('Kaiser Permanente Los Angeles Medical Center, Radiation Oncology Department');
    expect(ev.extra).toContainEqual({
      name: 'X-APPLE-STRUCTURED-LOCATION',
      params: [
        { name: 'VALUE', values: ['URI'] },
        { name: 'X-ADDRESS', values: ['4950 Sunset Blvd\\nLos Angeles CA 90027'] },
        { name: 'X-APPLE-RADIUS', values: ['70'] },
        { name: 'X-TITLE', values: ['LAMC, Radiation Oncology'] },
      ],
      value: 'geo:34.098,-118.293',
    });
  });

  it('keeps the VALARM', () => {
    expect(calendar.events[0]!.components?.[0]?.name).toBe('VALARM');
    expect(calendar.events[0]!.components?.[0]?.properties).toContainEqual({ name: 'TRIGGER', params: [], value: '-PT15M' });
  });
});

describe('parseICS: overrides and EXDATEs', () => {
  const { calendar, findings } = parseICS(fixture('overrides.ics'));
  const NY = 'America/New_York';

  it('attaches overrides listed before their master, once each, preferring the higher SEQUENCE', () => {
    expect(calendar.events).toHaveLength(1);
    expect(findings).toEqual([expect.objectContaining({ code: 'ics/duplicate-override', severity: 'warning', line: 22 })]);
    expect(calendar.events[0]!.series.overrides).toEqual([
      {
        recurrenceId: { type: 'zoned', dateTime: '2026-03-09T09:00:00', timeZone: NY },
        start: { type: 'zoned', dateTime: '2026-03-09T10:30:00', timeZone: NY },
        end: { type: 'zoned', dateTime: '2026-03-09T11:30:00', timeZone: NY },
      },
      { recurrenceId: { type: 'zoned', dateTime: '2026-03-10T09:00:00', timeZone: NY }, cancelled: true },
    ]);
    expect(calendar.events[0]!.instances).toEqual([
      { recurrenceId: { type: 'zoned', dateTime: '2026-03-09T09:00:00', timeZone: NY }, summary: 'Morning report (late start)', extra: [{ name: 'SEQUENCE', params: [], value: '1' }] },
    ]);
  });
});

describe('parseICS: damaged files', () => {
  it('reports an unknown TZID as an error with its line number and keeps reading', () => {
    const text = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20260101T000000Z', 'DTSTART;TZID=Mars/Olympus_Mons:20260707T070000', 'SUMMARY:x', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const { calendar, findings } = parseICS(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'ics/unknown-tzid', severity: 'error', line: 6, ref: 'line 6' })]);
    expect(findings[0]!.message).toMatch(/^line 6: TZID "Mars\/Olympus_Mons"/);
    expect(calendar.events[0]!.summary).toBe('x');
  });

  it('reads a truncated file up to where it stops', () => {
    const text = fixture('google.ics');
    const cut = text.slice(0, text.indexOf('BEGIN:VEVENT', text.indexOf('BEGIN:VEVENT') + 1) + 40);
    const { calendar, findings } = parseICS(cut);
    // The cut leaves the holiday VEVENT (line 43) with its DTSTART only.
    expect(calendar.events.map((e) => e.summary)).toEqual(['Tumor board', '']);
    expect(calendar.events[1]!.series.start).toEqual({ type: 'date', date: '2026-07-04' });
    expect(findings.filter((f) => f.code === 'ics/truncated').map((f) => f.line)).toEqual([1, 43]);
  });

  it('recovers from unbalanced BEGIN/END and invalid dates, naming the lines', () => {
    const text = [
      'BEGIN:VCALENDAR', //1
      'BEGIN:VEVENT', //2
      'UID:one', //3
      'DTSTART:20260230T090000', //4  February 30th does not exist
      'END:VEVENT', //5
      'END:VTODO', //6  never opened
      'BEGIN:VEVENT', //7  never closed: the next BEGIN comes first
      'UID:two',
      'DTSTART;VALUE=DATE:20260707',
      'BEGIN:VEVENT', //10 nested inside the unclosed one
      'UID:three',
      'DTSTART:20260708T090000Z',
      'END:VEVENT',
      'END:VCALENDAR', //14 closes the unclosed VEVENT of line 7
    ].join('\n');
    const { calendar, findings } = parseICS(text);
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['ics/invalid-dtstart', 2],
      ['ics/invalid-date', 4],
      ['ics/unbalanced-end', 6],
      ['ics/unclosed-component', 7],
      ['ics/missing-dtstamp', 7],
    ]);
    // "three" began inside the unclosed "two", so it is kept as its sub-component.
    expect(calendar.events.map((e) => e.uid)).toEqual(['two']);
    expect(calendar.events[0]!.components?.map((c) => c.name)).toEqual(['VEVENT']);
  });

  it('reports an invalid RRULE with its line and keeps the event', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260707T070000Z', 'RRULE:FREQ=FORTNIGHTLY', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const { calendar, findings } = parseICS(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'ics/invalid-rrule', line: 6 })]);
    expect(calendar.events[0]!.series.rrule).toBeUndefined();
  });

  it('warns at the RRULE line when an open-ended rule never produces anything after DTSTART', () => {
    // February never has a 30th, so nothing follows the DTSTART instance.
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260707T070000Z', 'RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    expect(parseICS(text).findings).toEqual([expect.objectContaining({ code: 'ics/empty-recurrence', severity: 'warning', line: 6 })]);
  });

  it('warns about a recurring series in an implausible year instead of walking millennia of zone transitions', () => {
    const text = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'UID:a', 'DTSTAMP:20260101T000000Z', 'DTSTART;TZID=America/Los_Angeles:45810203T121157', 'RRULE:FREQ=WEEKLY', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const { calendar, findings } = parseICS(text);
    expect(findings).toEqual([expect.objectContaining({ code: 'ics/implausible-year', severity: 'warning', line: 2 })]);
    expect(calendar.events[0]!.series.start).toEqual({ type: 'zoned', dateTime: '4581-02-03T12:11:57', timeZone: 'America/Los_Angeles' });
  });

  it('never throws on non-calendar input', () => {
    for (const text of ['', 'hello', '\u0000\u0001', 'BEGIN:', ':::', 'BEGIN:VCALENDAR\r\n'.repeat(100), ' '.repeat(10)]) {
      expect(() => parseICS(text)).not.toThrow();
    }
  });
});
