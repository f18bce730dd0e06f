import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { ClosedDays } from './closures';

const d = (text: string) => Temporal.PlainDate.from(text);
const span = [d('2026-06-01'), d('2027-08-31')] as const;

describe('ClosedDays', () => {
  it('closes observed federal holidays and, by default, a weekend holiday’s own date', () => {
    const closed = new ClosedDays({}, ...span);
    expect(closed.reason(d('2026-07-03'))).toMatchObject({ kind: 'federal-holiday', id: 'independence-day' });
    expect(closed.reason(d('2026-07-04'))).toMatchObject({ id: 'independence-day' });
    expect(closed.reason(d('2026-07-06'))).toBeUndefined();
    const observedOnly = new ClosedDays({ closeWeekendHolidayDates: false }, ...span);
    expect(observedOnly.reason(d('2026-07-04'))).toBeUndefined();
  });

  it('defines business days as open Monday–Fridays and finds the nearest one each way', () => {
    const closed = new ClosedDays({ closures: [{ id: 'winter', name: 'Winter break', start: '2026-12-21', end: '2027-01-01' }] }, ...span);
    expect(closed.reason(d('2026-12-22'))).toEqual({ kind: 'closure', id: 'winter', name: 'Winter break' });
    // After Friday 2027-01-01 (closed and a holiday) comes the weekend, then Monday January 4.
    expect(closed.nearestBusinessDay(d('2026-12-22'), 1)?.toString()).toBe('2027-01-04');
    expect(closed.nearestBusinessDay(d('2026-12-22'), -1)?.toString()).toBe('2026-12-18');
    // Labor Day, Monday 2026-09-07: the previous business day is Friday September 4.
    expect(closed.nearestBusinessDay(d('2026-09-07'), -1)?.toString()).toBe('2026-09-04');
    expect(closed.longestRun()).toBe(12);
  });

  it('can leave federal holidays out', () => {
    expect(new ClosedDays({ federalHolidays: false }, ...span).reason(d('2026-07-03'))).toBeUndefined();
  });

  it('refuses a closure that ends before it starts', () => {
    expect(() => new ClosedDays({ closures: [{ name: 'x', start: '2026-12-21', end: '2026-12-20' }] }, ...span)).toThrow(/before its start/);
  });
});

describe('ClosedDays before 1971', () => {
  it('closes the holidays it knows and says from when', () => {
    const closed = new ClosedDays({}, d('1969-06-01'), d('1971-12-31'));
    expect(closed.federalHolidaysFrom).toBe('1971-01-01');
    expect(closed.reason(d('1969-07-04'))).toBeUndefined();
    // July 4, 1971 was a Sunday: observed Monday July 5.
    expect(closed.reason(d('1971-07-05'))).toMatchObject({ id: 'independence-day' });
    expect(new ClosedDays({}, ...span).federalHolidaysFrom).toBeUndefined();
    expect(new ClosedDays({ federalHolidays: false }, d('1900-01-01'), d('1900-12-31')).federalHolidaysFrom).toBeUndefined();
  });
});
