import { describe, expect, it } from 'vitest';
import { expandCalendar } from './expand-calendar';
import { parseICS } from './read';

const ics = (lines: string[]): string => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//EN', ...lines, 'END:VCALENDAR', ''].join('\r\n');
const pad = (n: number): string => String(n).padStart(2, '0');

describe('expandCalendar: overrides looked up by index', () => {
  // A daily series from 2026-01-01 09:00Z with an override renaming each of
  // its first 2,500 instances: instance i (day i after January 1) is "Day i".
  const n = 2500;
  const lines = ['BEGIN:VEVENT', 'UID:daily', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260101T090000Z', 'DURATION:PT1H', `RRULE:FREQ=DAILY;COUNT=${n}`, 'SUMMARY:Daily', 'END:VEVENT'];
  const day = (i: number): string => {
    const d = new Date(Date.UTC(2026, 0, 1 + i));
    return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}`;
  };
  for (let i = 0; i < n; i++) {
    lines.push('BEGIN:VEVENT', 'UID:daily', 'DTSTAMP:20260101T000000Z', `RECURRENCE-ID:${day(i)}T090000Z`, `DTSTART:${day(i)}T090000Z`, 'DURATION:PT1H', `SUMMARY:Day ${i}`, 'END:VEVENT');
  }
  const { calendar, findings } = parseICS(ics(lines));

  it('gives each of 2,500 overridden instances its own summary', () => {
    expect(findings).toEqual([]);
    const r = expandCalendar(calendar, { start: '2026-01-01T00:00:00Z', end: '2033-01-01T00:00:00Z' });
    expect(r.findings).toEqual([]);
    expect(r.occurrences).toHaveLength(n);
    expect(r.occurrences.every((o, i) => o.summary === `Day ${i}`)).toBe(true);
  });
});

describe('expandCalendar: a calendar\'s total work is bounded', () => {
  // 300 weekly events, each on Mondays from 1900-01-01 (a Monday): 1900-2200
  // holds 300 years × 52.18 weeks ≈ 15,650 Mondays each, 4.7 million in all.
  const events: string[] = [];
  for (let i = 0; i < 300; i++) events.push('BEGIN:VEVENT', `UID:w${i}`, 'DTSTAMP:20260101T000000Z', `DTSTART:19000101T${pad(i % 24)}0000Z`, 'RRULE:FREQ=WEEKLY', `SUMMARY:W${i}`, 'END:VEVENT');
  const { calendar } = parseICS(ics(events));
  const window = { start: '1900-01-01T00:00:00Z', end: '2200-01-01T00:00:00Z' };

  it('stops at maxOccurrences with an error finding naming the event that hit it', () => {
    // 1900-01-01 .. 1900-01-29 holds 5 Mondays: 5 occurrences per event.
    const r = expandCalendar(calendar, { start: '1900-01-01T00:00:00Z', end: '1900-01-30T00:00:00Z' }, { maxOccurrences: 12 });
    expect(r.occurrences).toHaveLength(10);
    expect(r.findings).toEqual([expect.objectContaining({ code: 'ics/expand/too-many-occurrences', severity: 'error', path: ['events', 2] })]);
    expect(r.findings[0]?.message).toContain('297 events after it');
  });

  it('stops by default well before millions of occurrences', () => {
    const r = expandCalendar(calendar, window);
    expect(r.occurrences.length).toBeLessThanOrEqual(500_000);
    expect(r.findings.map((f) => f.code)).toEqual(['ics/expand/too-many-occurrences']);
  });

  it('maxCandidates bounds the rule work of the whole call', () => {
    // Each event spends one candidate per week plus one per period: 2 a week.
    const r = expandCalendar(calendar, { start: '1900-01-01T00:00:00Z', end: '1901-01-01T00:00:00Z' }, { maxCandidates: 1000 });
    expect(r.findings).toEqual([expect.objectContaining({ code: 'ics/expand/work-exceeded', severity: 'error' })]);
    expect(r.occurrences.length).toBeGreaterThan(0);
    expect(r.occurrences.length).toBeLessThan(1000);
  });

  it('an invalid bound is one finding, not a throw', () => {
    expect(expandCalendar(calendar, window, { maxOccurrences: -1 }).findings).toEqual([expect.objectContaining({ code: 'ics/expand/invalid-option', path: ['options', 'maxOccurrences'] })]);
  });
});
