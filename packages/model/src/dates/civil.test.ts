import { Temporal } from 'temporal-polyfill';
import { describe, expect, it } from 'vitest';
import { addMonths, civilFromDays, daysFromCivil, daysInMonth, isLeapYear, packedCivilFromDays } from './civil';
import { daysOfIsoDate, formatIsoDate, parseIsoDate, parseIsoDatePrefix, readDigits } from './iso-date';

const EPOCH = Temporal.PlainDate.from('1970-01-01');

/** Temporal's own count of days since 1970-01-01: the independent oracle. */
function temporalDays(date: Temporal.PlainDate): number {
  return date.since(EPOCH).days;
}

describe('day numbers against Temporal', () => {
  it('agrees on every day from 1800-01-01 to 2300-12-31 (both directions, ISO text)', () => {
    let date = Temporal.PlainDate.from('1800-01-01');
    let n = temporalDays(date);
    const last = Temporal.PlainDate.from('2300-12-31');
    let checked = 0;
    const mismatches: string[] = [];
    while (Temporal.PlainDate.compare(date, last) <= 0) {
      const iso = date.toString();
      const civil = civilFromDays(n);
      if (
        daysFromCivil(date.year, date.month, date.day) !== n ||
        civil.year !== date.year ||
        civil.month !== date.month ||
        civil.day !== date.day ||
        formatIsoDate(n) !== iso ||
        parseIsoDate(iso) !== n ||
        daysOfIsoDate(iso) !== n
      ) {
        mismatches.push(iso);
      }
      checked++;
      n++;
      date = date.add({ days: 1 });
    }
    expect(mismatches).toEqual([]);
    // 501 years; 126 multiples of 4, less 1800, 1900, 2100, 2200, 2300: 121 leap years.
    expect(checked).toBe(501 * 365 + 121);
  });

  it('agrees outside the month-start table, including year 0 and negative years', () => {
    const samples: Temporal.PlainDate[] = [];
    for (let year = -1200; year <= 12_000; year += 37) {
      for (const [month, day] of [[1, 1], [2, 28], [3, 1], [12, 31]] as const) samples.push(Temporal.PlainDate.from({ year, month, day }));
      if (Temporal.PlainDate.from({ year, month: 1, day: 1 }).inLeapYear) samples.push(Temporal.PlainDate.from({ year, month: 2, day: 29 }));
    }
    for (const date of samples) {
      const n = temporalDays(date);
      expect(daysFromCivil(date.year, date.month, date.day), date.toString()).toBe(n);
      expect(civilFromDays(n), date.toString()).toEqual({ year: date.year, month: date.month, day: date.day });
    }
  });

  it('packs civil dates as year * 10000 + month * 100 + day', () => {
    expect(packedCivilFromDays(0)).toBe(19_700_101);
    // 2028-02-29: 58 years of 365 days plus 14 leap days (1972 … 2024) plus 31 + 28.
    expect(packedCivilFromDays(58 * 365 + 14 + 59)).toBe(20_280_229);
  });
});

describe('months and leap years against Temporal', () => {
  it('agrees on the length of every month and every leap year from 1 to 3000', () => {
    const wrong: string[] = [];
    for (let year = 1; year <= 3000; year++) {
      const first = Temporal.PlainYearMonth.from({ year, month: 1 });
      if (isLeapYear(year) !== first.inLeapYear) wrong.push(`${year}`);
      for (let month = 1; month <= 12; month++) {
        if (daysInMonth(year, month) !== Temporal.PlainYearMonth.from({ year, month }).daysInMonth) wrong.push(`${year}-${month}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('adds months with the end-of-month clamp of PlainDate.add (constrain)', () => {
    const starts = ['2024-01-31', '2025-01-31', '2026-03-31', '2026-08-31', '2026-07-15', '1999-12-31', '2100-02-28'];
    for (const start of starts) {
      const date = Temporal.PlainDate.from(start);
      for (let months = -30; months <= 30; months++) {
        expect(formatIsoDate(addMonths(temporalDays(date), months)), `${start} + ${months}`).toBe(date.add({ months }).toString());
      }
    }
  });
});

describe('ISO date text', () => {
  it('rejects impossible or malformed dates instead of clamping', () => {
    for (const bad of ['2026-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-1-01', '2026/01/01', '20260101', '2026-01-011', '']) {
      expect(parseIsoDate(bad), bad).toBeUndefined();
    }
    expect(parseIsoDate('2000-02-29')).toBe(temporalDays(Temporal.PlainDate.from('2000-02-29')));
  });

  it('reads a date at the start of longer text', () => {
    expect(parseIsoDatePrefix('2026-07-01T07:00:00')).toBe(temporalDays(Temporal.PlainDate.from('2026-07-01')));
    expect(parseIsoDatePrefix('2026-02-30T07:00:00')).toBeUndefined();
  });

  it('pads years below 1000 to four digits', () => {
    expect(formatIsoDate(temporalDays(Temporal.PlainDate.from('0999-12-31')))).toBe('0999-12-31');
  });

  it('reads fixed-width digits, or -1 on a non-digit', () => {
    expect(readDigits('T0730', 1, 4)).toBe(730);
    expect(readDigits('07:30', 0, 3)).toBe(-1);
  });
});
