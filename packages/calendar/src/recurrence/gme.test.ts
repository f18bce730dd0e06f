import { describe, expect, it } from 'vitest';
import { expand, parseRRule, type DateTimeValue, type Occurrence, type RecurrenceRule, type RecurrenceSeries } from './index';

const LA = 'America/Los_Angeles';
const zoned = (dateTime: string, timeZone = LA): DateTimeValue => ({ type: 'zoned', dateTime, timeZone });
const rule = (text: string): RecurrenceRule => {
  const r = parseRRule(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.rule;
};
const local = (o: Occurrence): string => (o.start.type === 'date' ? o.start.date : o.start.dateTime);

describe('GME schedules', () => {
  it('every Tuesday 07:00 Los Angeles over six academic years gives 313 instances, all at 07:00 local', () => {
    // 2026-07-01 .. 2032-06-30 is 2,192 days (six years holding two Feb 29s:
    // 2028 and 2032) = 313 weeks + 1 day. 2026-07-01 is a Wednesday, so the
    // 313 whole weeks hold 313 Tuesdays and the spare day (2032-06-30) is a
    // Wednesday again: 313 Tuesdays, the first 2026-07-07.
    const series: RecurrenceSeries = { start: zoned('2026-07-07T07:00:00'), duration: 'PT1H', rrule: rule('FREQ=WEEKLY;BYDAY=TU') };
    const got = expand(series, { start: '2026-07-01', end: '2032-07-01' });
    expect(got).toHaveLength(313);
    expect(got.every((o) => local(o).endsWith('T07:00:00'))).toBe(true);
    expect(local(got[0]!)).toBe('2026-07-07T07:00:00');
    expect(local(got[312]!)).toBe('2032-06-29T07:00:00');
    // Winter instances are 15:00Z (PST, -8), summer ones 14:00Z (PDT, -7).
    expect(got.find((o) => local(o) === '2027-01-05T07:00:00')?.startInstant).toBe('2027-01-05T15:00:00Z');
    expect(got[0]?.startInstant).toBe('2026-07-07T14:00:00Z');
    expect(got[0]?.end).toEqual(zoned('2026-07-07T08:00:00'));
  });

  it('every other Thursday 12:00: 26 in the 2026–2027 academic year', () => {
    // 2026-07-02 is the first Thursday; 365 days = 52 weeks + 1 day (a
    // Wednesday), so 52 Thursdays, every other one from the first = 26,
    // the last 50 weeks later on 2027-06-17.
    const series: RecurrenceSeries = { start: zoned('2026-07-02T12:00:00'), rrule: rule('FREQ=WEEKLY;INTERVAL=2;BYDAY=TH') };
    const got = expand(series, { start: '2026-07-01', end: '2027-07-01' });
    expect(got).toHaveLength(26);
    expect(got.slice(0, 3).map(local)).toEqual(['2026-07-02T12:00:00', '2026-07-16T12:00:00', '2026-07-30T12:00:00']);
    expect(local(got[25]!)).toBe('2027-06-17T12:00:00');
  });

  it('2nd and 4th Tuesday monthly, written with ordinals or with BYSETPOS, agree', () => {
    const start = zoned('2026-07-14T17:00:00');
    const window = { start: '2026-07-01', end: '2027-07-01' };
    const a = expand({ start, rrule: rule('FREQ=MONTHLY;BYDAY=2TU,4TU') }, window);
    const b = expand({ start, rrule: rule('FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2,4') }, window);
    expect(a).toHaveLength(24);
    expect(b).toEqual(a);
    // July 2026: Tuesdays 7, 14, 21, 28; August starts on a Saturday
    // (Tuesdays 4, 11, 18, 25); September starts on a Tuesday (1, 8, 15, 22, 29).
    expect(a.slice(0, 6).map(local)).toEqual([
      '2026-07-14T17:00:00',
      '2026-07-28T17:00:00',
      '2026-08-11T17:00:00',
      '2026-08-25T17:00:00',
      '2026-09-08T17:00:00',
      '2026-09-22T17:00:00',
    ]);
  });

  it('academic-year boundaries: June 30 is in, July 1 of the next year is out', () => {
    const series: RecurrenceSeries = { start: zoned('2026-06-29T08:00:00'), duration: 'PT30M', rrule: rule('FREQ=DAILY') };
    const got = expand(series, { start: '2026-07-01', end: '2027-07-01' });
    expect(got).toHaveLength(365);
    expect(local(got[0]!)).toBe('2026-07-01T08:00:00');
    expect(local(got[364]!)).toBe('2027-06-30T08:00:00');
  });

  it('date-only UNTIL (as Google writes it) includes that whole day', () => {
    // 2026-07-01 and 2027-06-30 are both Wednesdays 364 days = 52 weeks apart: 53 instances.
    const series: RecurrenceSeries = { start: zoned('2026-07-01T07:00:00'), rrule: rule('FREQ=WEEKLY;UNTIL=20270630') };
    const got = expand(series);
    expect(got).toHaveLength(53);
    expect(local(got[52]!)).toBe('2027-06-30T07:00:00');
  });

  it('UTC UNTIL of a zoned series is an instant: 2027-06-30T14:00:00Z is exactly 07:00 PDT and included', () => {
    const series: RecurrenceSeries = { start: zoned('2026-07-01T07:00:00'), rrule: rule('FREQ=WEEKLY;UNTIL=20270630T140000Z') };
    expect(expand(series)).toHaveLength(53);
    const earlier: RecurrenceSeries = { start: zoned('2026-07-01T07:00:00'), rrule: rule('FREQ=WEEKLY;UNTIL=20270630T135959Z') };
    expect(expand(earlier)).toHaveLength(52);
  });

  it('all-day holidays removed with EXDATE from an all-day weekly series', () => {
    // Mondays of 2026-09 .. 2027-01: Labor Day 2026-09-07 and MLK Day 2027-01-18 are excluded.
    const series: RecurrenceSeries = {
      start: { type: 'date', date: '2026-09-07' },
      rrule: rule('FREQ=WEEKLY;UNTIL=20270125'),
      exdates: [
        { type: 'date', date: '2026-09-07' },
        { type: 'date', date: '2027-01-18' },
      ],
    };
    const got = expand(series);
    // 2026-09-07 .. 2027-01-25 is 140 days = 20 weeks: 21 Mondays, minus 2.
    expect(got).toHaveLength(19);
    expect(got[0]?.start).toEqual({ type: 'date', date: '2026-09-14' });
    expect(got[0]?.end).toEqual({ type: 'date', date: '2026-09-15' });
    expect(got.some((o) => local(o) === '2027-01-18')).toBe(false);
    expect(got[0]?.startInstant).toBeUndefined();
    expect(expand(series, { start: '2026-12-01', end: '2027-01-01' }).map(local)).toEqual(['2026-12-07', '2026-12-14', '2026-12-21', '2026-12-28']);
  });

  it('a one-month window of a weekly series that began six years earlier matches the full walk', () => {
    const series: RecurrenceSeries = { start: zoned('2020-07-07T07:00:00'), duration: 'PT1H', rrule: rule('FREQ=WEEKLY;BYDAY=TU') };
    const window = { start: '2026-07-01T00:00:00-07:00', end: '2026-08-01T00:00:00-07:00' };
    const jumped = expand(series, window);
    expect(jumped.map(local)).toEqual(['2026-07-07T07:00:00', '2026-07-14T07:00:00', '2026-07-21T07:00:00', '2026-07-28T07:00:00']);
    const counted = expand({ ...series, rrule: rule('FREQ=WEEKLY;BYDAY=TU;COUNT=400') }, window);
    expect(counted).toEqual(jumped);
  });
});
