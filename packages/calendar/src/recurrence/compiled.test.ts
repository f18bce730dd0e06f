import { describe, expect, it } from 'vitest';
import { thrown } from './__fixtures__/thrown';
import { compileSeries, expand, parseRRule, type DateTimeValue, type RecurrenceRule, type RecurrenceSeries } from './index';

const LA = 'America/Los_Angeles';
const z = (dateTime: string): DateTimeValue => ({ type: 'zoned', dateTime, timeZone: LA });
const rule = (text: string): RecurrenceRule => {
  const r = parseRRule(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.rule;
};


// 2020-07-07 was a Tuesday. 2026-01-01 is a Thursday, so 2026-07-07 (187 days
// later, 26 weeks + 5 days) is a Tuesday too; Los Angeles is on PDT (UTC-7)
// from 2026-03-08 to 2026-11-01, on PST (UTC-8) outside it.
const tuesdays: RecurrenceSeries = { start: z('2020-07-07T07:00:00'), duration: 'PT1H', rrule: rule('FREQ=WEEKLY') };

describe('compileSeries', () => {
  it('answers window after window of an open-ended series', () => {
    const c = compileSeries(tuesdays);
    expect(c.expand({ start: '2026-07-01', end: '2026-08-01' }).map((o) => o.startInstant)).toEqual([
      '2026-07-07T14:00:00Z',
      '2026-07-14T14:00:00Z',
      '2026-07-21T14:00:00Z',
      '2026-07-28T14:00:00Z',
    ]);
    // August 2026: Tuesdays 4, 11, 18, 25; an hour long, 08:00 local end.
    const august = c.expand({ start: '2026-08-01', end: '2026-09-01' });
    expect(august.map((o) => o.start)).toEqual(['2026-08-04', '2026-08-11', '2026-08-18', '2026-08-25'].map((d) => z(`${d}T07:00:00`)));
    expect(august[0]?.end).toEqual(z('2026-08-04T08:00:00'));
    expect(august[0]?.endInstant).toBe('2026-08-04T15:00:00Z');
  });

  it('follows the DST change: 07:00 is 14:00Z in October and 15:00Z in November 2026', () => {
    const c = compileSeries(tuesdays);
    const got = c.expand({ start: '2026-10-27', end: '2026-11-04' });
    expect(got.map((o) => o.startInstant)).toEqual(['2026-10-27T14:00:00Z', '2026-11-03T15:00:00Z']);
    expect(got.map((o) => o.startEpochMs)).toEqual([Date.UTC(2026, 9, 27, 14), Date.UTC(2026, 10, 3, 15)]);
  });

  it('gives the same answers in any order of windows, far apart or not', () => {
    const c = compileSeries(tuesdays);
    // 2031-01-01 is a Wednesday (2029-01-01 Monday, 2030 Tuesday), so its first Tuesdays are the 7th and 14th, on PST.
    const jan2031 = ['2031-01-07T15:00:00Z', '2031-01-14T15:00:00Z'];
    // 2020-07-07, 14: PDT.
    const jul2020 = ['2020-07-07T14:00:00Z', '2020-07-14T14:00:00Z'];
    const w2031 = { start: '2031-01-01', end: '2031-01-15' };
    const w2020 = { start: '2020-07-01', end: '2020-07-15' };
    for (let round = 0; round < 2; round++) {
      expect(c.expand(w2031).map((o) => o.startInstant)).toEqual(jan2031);
      expect(c.expand(w2020).map((o) => o.startInstant)).toEqual(jul2020);
    }
    expect(expand(tuesdays, w2031).map((o) => o.startInstant)).toEqual(jan2031);
  });

  it('keeps the options it was compiled with: DST-gap policy and limit', () => {
    // 2026-03-08 02:30 does not exist in Los Angeles (02:00 PST → 03:00 PDT).
    const daily: RecurrenceSeries = { start: z('2026-03-07T02:30:00'), rrule: rule('FREQ=DAILY') };
    const march = { start: '2026-03-07', end: '2026-03-10' };
    expect(compileSeries(daily).expand(march).map((o) => o.startInstant)).toEqual(['2026-03-07T10:30:00Z', '2026-03-09T09:30:00Z']);
    // Forward: 03:30 PDT, 10:30Z.
    expect(compileSeries(daily, { nonexistent: 'forward' }).expand(march).map((o) => o.startInstant)).toEqual(['2026-03-07T10:30:00Z', '2026-03-08T10:30:00Z', '2026-03-09T09:30:00Z']);
    expect(thrown(() => compileSeries(daily, { limit: 1 }).expand(march)).code).toBe('limit-exceeded');
    expect([...compileSeries(daily, { limit: 2 }).iterate()].map((o) => o.start)).toEqual([z('2026-03-07T02:30:00'), z('2026-03-09T02:30:00')]);
  });

  it('reports unusable input at once, and a missing window or limit when asked', () => {
    const bad = thrown(() => compileSeries({ start: { type: 'zoned', dateTime: '2026-07-07T07:00:00', timeZone: 'Mars/Olympus_Mons' } }));
    expect(bad.code).toBe('unknown-time-zone');
    expect(bad.path).toEqual(['series', 'start', 'timeZone']);
    expect(thrown(() => compileSeries({ start: z('2026-02-29T07:00:00') })).code).toBe('invalid-date-time');
    const c = compileSeries(tuesdays);
    expect(thrown(() => c.expand()).code).toBe('unbounded');
    expect(thrown(() => c.iterate()).code).toBe('unbounded');
    expect(thrown(() => c.expand({ start: '2026-08-01', end: '2026-07-01' })).code).toBe('invalid-window');
  });

  it('refuses malformed windows from untyped callers with a RecurrenceError, not a TypeError', () => {
    const c = compileSeries(tuesdays);
    const untyped = c.expand.bind(c) as (w: unknown) => unknown;
    const start = thrown(() => untyped({ end: '2027-01-01' }));
    expect([start.code, start.path]).toEqual(['invalid-window', ['window', 'start']]);
    const end = thrown(() => untyped({ start: '2026-07-01T00:00:00Z' }));
    expect([end.code, end.path]).toEqual(['invalid-window', ['window', 'end']]);
    expect(end.message).toMatch(/got nothing/);
    expect(thrown(() => untyped(null)).code).toBe('invalid-window');
    expect(thrown(() => untyped('2026-07-01')).code).toBe('invalid-window');
    expect(thrown(() => untyped({ start: 20260701, end: '2027-01-01' })).message).toMatch(/got 20260701/);
    expect(thrown(() => expand(tuesdays, { start: { dateTime: '2026-07-01T07:00:00' }, end: '2027-01-01' } as never)).code).toBe('invalid-window');
  });

  it('reads window bounds strictly', () => {
    const c = compileSeries(tuesdays);
    for (const bad of ['2026-7-01', '2026-02-29', '2026-07-01T24:00:00', '2026-07-01t07:00:00', '2026-07-01 07:00:00', '２０２６-07-01', '2026-07-01T07:00', ' 2026-07-01']) {
      expect(thrown(() => c.expand({ start: bad, end: '2027-01-01' })).code).toBe('invalid-window');
    }
    // 2028 is a leap year; 2028-02-29 is a Tuesday (2028-01-01 Saturday + 59 days).
    expect(c.expand({ start: '2028-02-29', end: '2028-03-01' }).map((o) => o.startInstant)).toEqual(['2028-02-29T15:00:00Z']);
    // The hour-long instance runs 07:00–08:00: a window from 07:59:59 still meets it, one from 08:00:00 does not.
    expect(c.expand({ start: '2028-02-29T07:59:59', end: '2028-03-01T00:00:00' })).toHaveLength(1);
    expect(c.expand({ start: '2028-02-29T08:00:00', end: '2028-03-01T00:00:00' })).toEqual([]);
  });
});
