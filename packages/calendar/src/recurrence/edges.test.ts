import { describe, expect, it } from 'vitest';
import { expand, parseRRule, type Occurrence, type RecurrenceSeries } from './index';

const series = (dateTime: string, text: string): RecurrenceSeries => {
  const r = parseRRule(text);
  if (!r.ok) throw new Error(r.error.message);
  return { start: { type: 'floating', dateTime }, rrule: r.rule };
};
const local = (o: Occurrence): string => (o.start.type === 'date' ? o.start.date : o.start.dateTime);
const all = (dateTime: string, text: string): string[] => expand(series(dateTime, text)).map(local);

describe('rule parts at their edges (hand-worked)', () => {
  it('BYWEEKNO=1 follows ISO weeks across year ends', () => {
    // 2024-01-01 is a Monday (week 1 of 2024); week 1 of 2025 starts Monday
    // 2024-12-30 (2025-01-01 is a Wednesday); week 1 of 2026 starts Monday
    // 2025-12-29 (2026-01-01 is a Thursday).
    expect(all('2024-01-01T09:00:00', 'FREQ=YEARLY;BYWEEKNO=1;BYDAY=MO;COUNT=3')).toEqual(['2024-01-01T09:00:00', '2024-12-30T09:00:00', '2025-12-29T09:00:00']);
  });

  it('negative BYYEARDAY counts from the year end; -366 exists only in leap years', () => {
    expect(all('2026-12-31T09:00:00', 'FREQ=YEARLY;BYYEARDAY=-1;COUNT=2')).toEqual(['2026-12-31T09:00:00', '2027-12-31T09:00:00']);
    expect(all('2028-01-01T09:00:00', 'FREQ=YEARLY;BYYEARDAY=-366;COUNT=2')).toEqual(['2028-01-01T09:00:00', '2032-01-01T09:00:00']);
  });

  it('a monthly rule from the 31st skips shorter months (RFC 5545 ignores invalid dates)', () => {
    expect(all('2026-01-31T09:00:00', 'FREQ=MONTHLY;COUNT=3')).toEqual(['2026-01-31T09:00:00', '2026-03-31T09:00:00', '2026-05-31T09:00:00']);
  });

  it('SECONDLY steps seconds', () => {
    expect(all('2026-07-01T09:00:00', 'FREQ=SECONDLY;INTERVAL=20;COUNT=4')).toEqual(['2026-07-01T09:00:00', '2026-07-01T09:00:20', '2026-07-01T09:00:40', '2026-07-01T09:01:00']);
  });

  it('BYSETPOS picks within each hour of an HOURLY rule', () => {
    expect(all('2026-07-01T09:30:00', 'FREQ=HOURLY;BYMINUTE=0,30;BYSETPOS=-1;COUNT=3')).toEqual(['2026-07-01T09:30:00', '2026-07-01T10:30:00', '2026-07-01T11:30:00']);
  });

  it('DAILY limits by BYDAY and expands BYHOUR; DTSTART counts first', () => {
    // 2026-07-06 is a Monday, 2026-07-10 a Friday.
    expect(all('2026-07-06T08:00:00', 'FREQ=DAILY;BYDAY=MO,FR;BYHOUR=9,17;COUNT=4')).toEqual(['2026-07-06T08:00:00', '2026-07-06T09:00:00', '2026-07-06T17:00:00', '2026-07-10T09:00:00']);
  });

  it('windows are half-open for instants without duration', () => {
    const s = series('2026-07-01T09:00:00', 'FREQ=DAILY');
    expect(expand(s, { start: '2026-07-02T09:00:00', end: '2026-07-03T09:00:00' }).map(local)).toEqual(['2026-07-02T09:00:00']);
  });

  it('an instance that started before the window but is still running overlaps it', () => {
    const s: RecurrenceSeries = { ...series('2026-07-01T22:00:00', 'FREQ=DAILY'), duration: 'PT4H' };
    expect(expand(s, { start: '2026-07-03T00:00:00', end: '2026-07-03T01:00:00' }).map(local)).toEqual(['2026-07-02T22:00:00']);
  });
});

describe('RFC 7529 SKIP without RSCALE', () => {
  // RFC 7529 §4.2's Gregorian example: monthly from January 31.
  it('BACKWARD moves the 31st to the last day of shorter months', () => {
    expect(all('2015-01-31T09:00:00', 'FREQ=MONTHLY;SKIP=BACKWARD;COUNT=4')).toEqual(['2015-01-31T09:00:00', '2015-02-28T09:00:00', '2015-03-31T09:00:00', '2015-04-30T09:00:00']);
  });

  it('FORWARD moves it to the first day of the next month', () => {
    expect(all('2015-01-31T09:00:00', 'FREQ=MONTHLY;SKIP=FORWARD;COUNT=4')).toEqual(['2015-01-31T09:00:00', '2015-03-01T09:00:00', '2015-03-31T09:00:00', '2015-05-01T09:00:00']);
  });

  it('a yearly February 29 lands on February 28 or March 1 in common years', () => {
    expect(all('2024-02-29T09:00:00', 'FREQ=YEARLY;SKIP=BACKWARD;COUNT=2')).toEqual(['2024-02-29T09:00:00', '2025-02-28T09:00:00']);
    expect(all('2024-02-29T09:00:00', 'FREQ=YEARLY;SKIP=FORWARD;COUNT=2')).toEqual(['2024-02-29T09:00:00', '2025-03-01T09:00:00']);
  });
});

describe('BYDAY ordinals within months (hand-worked, 2026)', () => {
  // 2026 starts on a Thursday, so the 1sts fall on: Jan Thu, Feb Sun, Mar Sun,
  // Apr Wed, May Fri, Jun Mon, Jul Wed, Aug Sat, Sep Tue, Oct Thu, Nov Sun,
  // Dec Tue. Months with five Fridays: Jan (2…30), May (1…29), Jul (3…31), Oct (2…30).
  it('5FR and -5FR exist only in months with five Fridays', () => {
    expect(all('2026-01-02T09:00:00', 'FREQ=MONTHLY;BYDAY=5FR,-5FR;COUNT=8')).toEqual([
      '2026-01-02T09:00:00',
      '2026-01-30T09:00:00',
      '2026-05-01T09:00:00',
      '2026-05-29T09:00:00',
      '2026-07-03T09:00:00',
      '2026-07-31T09:00:00',
      '2026-10-02T09:00:00',
      '2026-10-30T09:00:00',
    ]);
  });

  it('two ordinals naming the same day give one instance; plain weekdays mix with ordinals', () => {
    expect(all('2026-01-02T09:00:00', 'FREQ=MONTHLY;BYDAY=1FR,-5FR;COUNT=2')).toEqual(['2026-01-02T09:00:00', '2026-02-06T09:00:00']);
    // February 2026: Mondays 2, 9, 16, 23 and the last Friday, the 27th.
    const feb = expand(series('2026-02-02T09:00:00', 'FREQ=MONTHLY;BYDAY=MO,-1FR'), { start: '2026-02-01', end: '2026-03-01' }).map(local);
    expect(feb).toEqual(['2026-02-02T09:00:00', '2026-02-09T09:00:00', '2026-02-16T09:00:00', '2026-02-23T09:00:00', '2026-02-27T09:00:00']);
  });

  it('YEARLY with BYMONTH counts ordinals within each listed month', () => {
    // Last Sunday of March and of October 2026: March 29 (Mar 1 is a Sunday), October 25 (Oct 1 is a Thursday).
    expect(all('2026-03-29T01:00:00', 'FREQ=YEARLY;BYMONTH=3,10;BYDAY=-1SU;COUNT=2')).toEqual(['2026-03-29T01:00:00', '2026-10-25T01:00:00']);
  });
});
