import { describe, expect, it } from 'vitest';
import { expandCalendar } from './expand-calendar';
import { parseICS } from './read';
import { toICS } from './write';

const ics = (...lines: string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const event = (uid: string, ...lines: string[]): string[] => ['BEGIN:VEVENT', `UID:${uid}`, 'DTSTAMP:20260101T000000Z', ...lines, 'END:VEVENT'];

function instants(text: string, window: { start: string; end: string }): string[] {
  const r = expandCalendar(parseICS(text).calendar, window);
  expect(r.findings).toEqual([]);
  return r.occurrences.map((o) => o.occurrence.startInstant ?? '');
}

describe('Outlook Web Access display-name TZIDs', () => {
  it('(UTC-05:00) Eastern Time (US & Canada) without a VTIMEZONE is America/New_York: 09:00 EST = 14:00Z, 09:00 EDT = 13:00Z', () => {
    // US daylight time 2026 starts on Sunday March 8.
    const text = ics(...event('owa', 'DTSTART;TZID="(UTC-05:00) Eastern Time (US & Canada)":20260302T090000', 'RRULE:FREQ=WEEKLY;COUNT=2', 'SUMMARY:OWA'));
    const { calendar, findings } = parseICS(text);
    expect(findings).toEqual([]);
    expect(calendar.events[0]?.series.start).toEqual({ type: 'zoned', dateTime: '2026-03-02T09:00:00', timeZone: 'America/New_York' });
    expect(instants(text, { start: '2026-03-01T00:00:00Z', end: '2026-04-01T00:00:00Z' })).toEqual(['2026-03-02T14:00:00Z', '2026-03-09T13:00:00Z']);
  });

  it('older (GMT+01:00) prefixes and odd spacing are read too', () => {
    const text = ics(...event('owa2', 'DTSTART;TZID="(GMT+01:00)  Brussels, Copenhagen, Madrid, Paris":20260115T100000', 'SUMMARY:Paris'));
    expect(parseICS(text).calendar.events[0]?.series.start).toEqual({ type: 'zoned', dateTime: '2026-01-15T10:00:00', timeZone: 'Europe/Paris' });
  });
});

describe('a second RRULE is unioned, not dropped (RFC 5545 allows several)', () => {
  const text = ics(
    ...event('two-rules', 'DTSTART:20260105T090000Z', 'RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3', 'RRULE:FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4', 'SUMMARY:Union'),
  );

  it('merges the instances, a time made by both rules once, each rule keeping its own COUNT', () => {
    // Rule 1: Mon Jan 5, 12, 19. Rule 2 (DTSTART counts): Mon Jan 5, Wed 7, Mon 12, Wed 14.
    const { findings } = parseICS(text);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([['ics/multiple-rrule', 'info']]);
    expect(instants(text, { start: '2026-01-01T00:00:00Z', end: '2026-02-01T00:00:00Z' })).toEqual(
      ['2026-01-05', '2026-01-07', '2026-01-12', '2026-01-14', '2026-01-19'].map((d) => `${d}T09:00:00Z`),
    );
  });

  it('writes both rules back', () => {
    const { calendar } = parseICS(text);
    const again = toICS(calendar);
    expect(again.split('\r\n').filter((l) => l.startsWith('RRULE:'))).toEqual(['RRULE:FREQ=WEEKLY;COUNT=3;BYDAY=MO', 'RRULE:FREQ=WEEKLY;COUNT=4;BYDAY=MO,WE']);
    expect(parseICS(again).calendar.events[0]?.series.moreRules).toEqual([{ freq: 'WEEKLY', count: 4, byDay: [{ day: 'MO' }, { day: 'WE' }] }]);
  });
});

describe('EXDATE lists are exact, however long', () => {
  it('12,000 excluded days of a daily series leave none of them', () => {
    // DTSTART 2026-01-01, daily; days 0..11,999 excluded, so the first
    // instance left is day 12,000 = 2058-11-09 (2026-01-01 + 12,000 days).
    const days: string[] = [];
    for (let i = 0; i < 12_000; i++) {
      const d = new Date(Date.UTC(2026, 0, 1 + i));
      days.push(`${d.toISOString().slice(0, 10).replace(/-/g, '')}T080000Z`);
    }
    const text = ics(...event('exact', 'DTSTART:20260101T080000Z', 'RRULE:FREQ=DAILY', `EXDATE:${days.join(',')}`, 'SUMMARY:Mostly excluded'));
    const { calendar, findings } = parseICS(text);
    expect(findings).toEqual([]);
    expect(calendar.events[0]?.series.exdates).toHaveLength(12_000);
    const got = instants(text, { start: '2026-01-01T00:00:00Z', end: '2058-11-11T00:00:00Z' });
    expect(got).toEqual(['2058-11-09T08:00:00Z', '2058-11-10T08:00:00Z']);
  });
});
