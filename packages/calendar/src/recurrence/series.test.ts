import { describe, expect, it } from 'vitest';
import { thrown } from './__fixtures__/thrown';
import { expand, iterate, parseRRule, type DateTimeValue, type Occurrence, type RecurrenceRule, type RecurrenceSeries } from './index';

const NY = 'America/New_York';
const z = (dateTime: string, timeZone = NY): DateTimeValue => ({ type: 'zoned', dateTime, timeZone });
const rule = (text: string): RecurrenceRule => {
  const r = parseRRule(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.rule;
};
const local = (o: Occurrence): string => (o.start.type === 'date' ? o.start.date : o.start.dateTime);
const weekly: RecurrenceSeries = { start: z('2026-09-01T09:00:00'), duration: 'PT1H', rrule: rule('FREQ=WEEKLY;COUNT=5') };


describe('RDATE, EXDATE and overrides', () => {
  it('adds RDATEs once, dropping one equal to a rule instance, and marks them', () => {
    const got = expand({ ...weekly, rdates: [z('2026-09-08T09:00:00'), z('2026-09-10T15:00:00'), z('2026-09-10T15:00:00'), { type: 'utc', dateTime: '2026-09-15T13:00:00' }] });
    expect(got.map(local)).toEqual(['2026-09-01T09:00:00', '2026-09-08T09:00:00', '2026-09-10T15:00:00', '2026-09-15T09:00:00', '2026-09-22T09:00:00', '2026-09-29T09:00:00']);
    expect(got.map((o) => o.fromRdate)).toEqual([false, false, true, false, false, false]);
  });

  it('EXDATE matches by instant, whatever form it is written in', () => {
    const got = expand({ ...weekly, exdates: [z('2026-09-08T09:00:00'), { type: 'utc', dateTime: '2026-09-15T13:00:00' }, z('2026-09-22T06:00:00', 'America/Los_Angeles')] });
    expect(got.map(local)).toEqual(['2026-09-01T09:00:00', '2026-09-29T09:00:00']);
  });

  it('a date EXDATE on a date-time series removes that local day', () => {
    expect(expand({ ...weekly, exdates: [{ type: 'date', date: '2026-09-08' }] }).map(local)).not.toContain('2026-09-08T09:00:00');
  });

  it('moves, cancels and applies each override once', () => {
    const got = expand({
      ...weekly,
      overrides: [
        { recurrenceId: z('2026-09-08T09:00:00'), start: z('2026-09-09T14:00:00'), end: z('2026-09-09T16:00:00') },
        { recurrenceId: z('2026-09-08T09:00:00'), start: z('2026-09-10T14:00:00') },
        { recurrenceId: z('2026-09-15T09:00:00'), cancelled: true },
        { recurrenceId: z('2026-09-16T09:00:00'), start: z('2026-09-17T09:00:00') },
      ],
    });
    expect(got.map(local)).toEqual(['2026-09-01T09:00:00', '2026-09-09T14:00:00', '2026-09-22T09:00:00', '2026-09-29T09:00:00']);
    expect(got[1]).toMatchObject({ overridden: true, recurrenceId: z('2026-09-08T09:00:00'), end: z('2026-09-09T16:00:00'), endInstant: '2026-09-09T20:00:00Z' });
  });

  it('a moved instance appears in the window it moved into, and leaves the one it left', () => {
    const series: RecurrenceSeries = { ...weekly, overrides: [{ recurrenceId: z('2026-09-08T09:00:00'), start: z('2026-09-30T09:00:00') }] };
    expect(expand(series, { start: '2026-09-07', end: '2026-09-09' })).toEqual([]);
    const late = expand(series, { start: '2026-09-30', end: '2026-10-01' });
    expect(late.map(local)).toEqual(['2026-09-30T09:00:00']);
    expect(late[0]?.end).toEqual(z('2026-09-30T10:00:00'));
  });

  it('iterate yields in RECURRENCE-ID order with the same content as expand', () => {
    const series: RecurrenceSeries = { ...weekly, rdates: [z('2026-09-03T09:00:00')], exdates: [z('2026-09-22T09:00:00')], overrides: [{ recurrenceId: z('2026-09-08T09:00:00'), start: z('2026-09-09T09:00:00') }] };
    expect([...iterate(series)]).toEqual(expand(series));
  });
});

describe('windows, limits and errors', () => {
  const forever: RecurrenceSeries = { start: z('2026-09-01T09:00:00'), rrule: rule('FREQ=DAILY') };

  it('a window ending before it starts is an error', () => {
    const e = thrown(() => expand(forever, { start: '2026-10-01', end: '2026-09-01' }));
    expect(e.code).toBe('invalid-window');
    expect(e.message).toMatch(/ends before it starts/);
  });

  it('an unknown time zone is an error naming the zone', () => {
    const e = thrown(() => expand({ ...forever, start: z('2026-09-01T09:00:00', 'Mars/Olympus_Mons') }, { start: '2026-09-01', end: '2026-09-02' }));
    expect(e.code).toBe('unknown-time-zone');
    expect(e.path).toEqual(['series', 'start', 'timeZone']);
    expect(e.message).toMatch(/Mars\/Olympus_Mons/);
  });

  it('a forever series without a window or limit is an error, not a hang', () => {
    expect(thrown(() => expand(forever)).code).toBe('unbounded');
    expect(thrown(() => iterate(forever)).code).toBe('unbounded');
    expect([...iterate(forever, { limit: 3 })].map(local)).toEqual(['2026-09-01T09:00:00', '2026-09-02T09:00:00', '2026-09-03T09:00:00']);
  });

  it('more instances than the limit is an error', () => {
    const e = thrown(() => expand(forever, { start: '2026-09-01', end: '2027-09-01' }, { limit: 100 }));
    expect(e.code).toBe('limit-exceeded');
    expect(thrown(() => expand(forever, { start: '2026-09-01', end: '2027-09-01' }, { limit: -1 })).code).toBe('invalid-option');
  });

  it('an impossible rule ends instead of hanging', () => {
    const feb30: RecurrenceSeries = { start: z('2026-01-30T09:00:00'), rrule: rule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30') };
    expect(expand(feb30, { start: '2027-01-01', end: '9000-01-01' })).toEqual([]);
    expect([...iterate(feb30, { limit: Infinity })].map(local)).toEqual(['2026-01-30T09:00:00']);
    const secondly: RecurrenceSeries = { start: z('2026-01-30T09:00:00'), rrule: rule('FREQ=SECONDLY;BYMONTH=4;BYMONTHDAY=31') };
    expect([...iterate(secondly, { limit: Infinity })]).toHaveLength(1);
  });

  it('a rare but real rule is still found: February 29 on a Monday', () => {
    const got = expand({ start: z('2016-02-29T09:00:00'), rrule: rule('FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;COUNT=3') });
    expect(got.map(local)).toEqual(['2016-02-29T09:00:00', '2044-02-29T09:00:00', '2072-02-29T09:00:00']);
  });

  it('bad dates, durations and ends are errors with paths', () => {
    expect(thrown(() => expand({ start: z('2026-02-30T09:00:00') })).path).toEqual(['series', 'start']);
    expect(thrown(() => expand({ start: z('2026-02-03T09:00:00'), duration: 'PT' })).code).toBe('invalid-duration');
    expect(thrown(() => expand({ start: { type: 'date', date: '2026-02-03' }, duration: 'PT1H' })).code).toBe('invalid-duration');
    expect(thrown(() => expand({ start: z('2026-02-03T09:00:00'), end: z('2026-02-03T08:00:00') })).code).toBe('invalid-end');
    expect(thrown(() => expand(forever, { start: 'July 1', end: '2026-09-02' })).code).toBe('invalid-window');
    expect(thrown(() => expand({ start: z('2026-02-03T09:00:00'), rrule: { freq: 'DAILY', count: 1, until: { type: 'date', date: '2026-03-01' } } })).code).toBe('rrule/count-and-until');
  });
});

describe('floating and UTC series', () => {
  const floating: RecurrenceSeries = { start: { type: 'floating', dateTime: '2026-09-01T09:00:00' }, rrule: rule('FREQ=DAILY;COUNT=3') };

  it('floating instances have no instant', () => {
    const got = expand(floating);
    expect(got.map(local)).toEqual(['2026-09-01T09:00:00', '2026-09-02T09:00:00', '2026-09-03T09:00:00']);
    expect(got[0]?.startInstant).toBeUndefined();
  });

  it('an instant window against a floating series needs options.timeZone', () => {
    const w = { start: '2026-09-02T00:00:00Z', end: '2026-09-03T00:00:00Z' };
    expect(thrown(() => expand(floating, w)).code).toBe('window-needs-time-zone');
    // 09:00 in Kolkata is 03:30Z: only 2026-09-02 09:00 falls inside.
    expect(expand(floating, w, { timeZone: 'Asia/Kolkata' }).map(local)).toEqual(['2026-09-02T09:00:00']);
  });

  it('UTC series keep UTC values and instants', () => {
    const got = expand({ start: { type: 'utc', dateTime: '2026-09-01T09:00:00' }, end: { type: 'utc', dateTime: '2026-09-01T09:45:00' }, rrule: rule('FREQ=WEEKLY;COUNT=2') });
    expect(got[1]).toMatchObject({ start: { type: 'utc', dateTime: '2026-09-08T09:00:00' }, startInstant: '2026-09-08T09:00:00Z', endInstant: '2026-09-08T09:45:00Z' });
  });

  it('series and occurrences are plain JSON data', () => {
    const got = expand(weekly);
    expect(JSON.parse(JSON.stringify(got))).toEqual(got);
    expect(JSON.parse(JSON.stringify(weekly))).toEqual(weekly);
  });
});
