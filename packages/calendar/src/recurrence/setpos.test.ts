import { describe, expect, it } from 'vitest';
import { expand } from './expand';
import { parseRRule } from './rrule';
import type { RecurrenceSeries } from './types';

function series(start: string, rule: string): RecurrenceSeries {
  const r = parseRRule(rule);
  if (!r.ok) throw new Error(r.error.message);
  return { start: { type: 'utc', dateTime: start }, rrule: r.rule };
}

const starts = (s: RecurrenceSeries, start: string, end: string, options = {}): string[] => expand(s, { start, end }, options).map((o) => o.startInstant ?? '');

// DTSTART is always the first instance (RFC 5545 §3.8.5.3), so each series
// below starts on an instance of its rule.
// Weekdays worked out from 2026-07-01 being a Wednesday: July 31 is a Friday,
// and each month's last day moves on by its length mod 7.
describe('BYSETPOS picked by position, never by materialising the period', () => {
  it('last weekday of the month, July 2026 to June 2027', () => {
    const s = series('2026-07-31T17:00:00', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1');
    expect(starts(s, '2026-07-01T00:00:00Z', '2027-07-01T00:00:00Z')).toEqual(
      ['2026-07-31', '2026-08-31', '2026-09-30', '2026-10-30', '2026-11-30', '2026-12-31', '2027-01-29', '2027-02-26', '2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30'].map((d) => `${d}T17:00:00Z`),
    );
  });

  it('negative positions across days × times: -1 and -3 of (weekday × {09:00, 17:00}) are the last two weekdays at 17:00', () => {
    // July 2026 ends ... Thu 30 09:00, Thu 30 17:00, Fri 31 09:00, Fri 31 17:00.
    const s = series('2026-07-30T17:00:00', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=9,17;BYSETPOS=-1,-3;COUNT=4');
    expect(starts(s, '2026-07-01T00:00:00Z', '2026-09-01T00:00:00Z')).toEqual(['2026-07-30T17:00:00Z', '2026-07-31T17:00:00Z', '2026-08-28T17:00:00Z', '2026-08-31T17:00:00Z']);
  });

  it('positive and negative positions together: first and last weekday', () => {
    // July 2026: Wed 1 and Fri 31; August: Mon 3 (1st is a Saturday) and Mon 31.
    const s = series('2026-07-01T08:00:00', 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1');
    expect(starts(s, '2026-07-01T00:00:00Z', '2026-09-01T00:00:00Z')).toEqual(['2026-07-01T08:00:00Z', '2026-07-31T08:00:00Z', '2026-08-03T08:00:00Z', '2026-08-31T08:00:00Z']);
  });

  it('YEARLY walked from the end: the last Sunday of March or October is in October', () => {
    // 2026-10-31 is a Saturday, so the last Sunday is the 25th; 2027-10-31 is a Sunday.
    const s = series('2026-10-25T01:00:00', 'FREQ=YEARLY;BYMONTH=3,10;BYDAY=SU;BYSETPOS=-1');
    expect(starts(s, '2026-01-01T00:00:00Z', '2028-01-01T00:00:00Z')).toEqual(['2026-10-25T01:00:00Z', '2027-10-31T01:00:00Z']);
  });

  it('a YEARLY rule with every BYMONTH/BYHOUR/BYMINUTE/BYSECOND value and BYSETPOS=-1 over 1900-2200 is one instant a year', () => {
    // Without BYMONTHDAY or BYDAY the day is DTSTART's (the 1st), so the
    // last candidate of each year is December 1 at 23:59:59.
    const all = (n: number, from = 0): string => Array.from({ length: n }, (_, i) => i + from).join(',');
    const rule = `FREQ=YEARLY;BYMONTH=${all(12, 1)};BYHOUR=${all(24)};BYMINUTE=${all(60)};BYSECOND=${all(60)};BYSETPOS=-1`;
    const got = starts(series('1900-12-01T23:59:59', rule), '1900-01-01T00:00:00Z', '2200-01-01T00:00:00Z');
    expect(got).toHaveLength(300);
    expect(got[0]).toBe('1900-12-01T23:59:59Z');
    expect(got[299]).toBe('2199-12-01T23:59:59Z');
  });

  it('maxCandidates bounds the work of one call with work-exceeded', () => {
    const s = series('2026-01-01T00:00:00', 'FREQ=YEARLY;BYMONTH=1,2,3;BYHOUR=0,1,2,3');
    // 3 months × 1 day × 4 hours = 12 candidates a year (plus one per period).
    expect(starts(s, '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z', { maxCandidates: 100 })).toHaveLength(12);
    expect(() => expand(s, { start: '2026-01-01T00:00:00Z', end: '2036-01-01T00:00:00Z' }, { maxCandidates: 100 })).toThrow(expect.objectContaining({ code: 'work-exceeded' }));
  });
});
