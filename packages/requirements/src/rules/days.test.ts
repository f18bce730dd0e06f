import { addMonths, daysInMonth, daysOfIsoDate, formatIsoDate, mergeSpans, subtractSpans } from '@gmekit/model';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { spanMonths } from './days';

describe('day numbers', () => {
  it('agree with Temporal for any date in 1900–2200', () => {
    const epoch = Temporal.PlainDate.from('1970-01-01');
    fc.assert(
      fc.property(fc.integer({ min: -25567, max: 84000 }), (n) => {
        const date = epoch.add({ days: n }).toString();
        expect(daysOfIsoDate(date)).toBe(n);
        expect(formatIsoDate(n)).toBe(date);
      }),
      { seed: 7, numRuns: 500 },
    );
  });

  it('agree with Date.UTC on the first and last day of every month, inside and outside the table of month starts (1900–2199)', () => {
    const pad = (n: number, w: number) => String(n).padStart(w, '0');
    for (const y of [1, 1599, 1600, 1899, 1900, 1970, 2000, 2024, 2100, 2199, 2200, 2400, 9999]) {
      for (let mo = 1; mo <= 12; mo++) {
        const last = new Date(Date.UTC(y, mo, 0));
        for (const d of [1, last.getUTCDate()]) {
          const utc = new Date(0);
          utc.setUTCFullYear(y, mo - 1, d);
          expect([y, mo, d, daysOfIsoDate(`${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}`)]).toEqual([y, mo, d, Math.floor(utc.getTime() / 86_400_000)]);
        }
      }
    }
  });

  it('know the length of every month 1900–2100', () => {
    for (let y = 1900; y <= 2100; y++) for (let mo = 1; mo <= 12; mo++) expect(daysInMonth(y, mo)).toBe(Temporal.PlainYearMonth.from({ year: y, month: mo }).daysInMonth);
  });

  it('add months like Temporal with constrain overflow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40000 }), fc.integer({ min: -60, max: 120 }), (n, k) => {
        const date = Temporal.PlainDate.from('1970-01-01').add({ days: n });
        expect(formatIsoDate(addMonths(n, k))).toBe(date.add({ months: k }).toString());
      }),
      { seed: 11, numRuns: 500 },
    );
  });
});

describe('calendar-month fractions', () => {
  it('whole calendar months count as exactly one month each', () => {
    expect(spanMonths(daysOfIsoDate('2026-07-01'), daysOfIsoDate('2026-08-31'))).toBe(2);
    expect(spanMonths(daysOfIsoDate('2028-02-01'), daysOfIsoDate('2028-02-29'))).toBe(1);
    expect(spanMonths(daysOfIsoDate('2026-07-01'), daysOfIsoDate('2027-06-30'))).toBe(12);
  });

  it('part months count their share of days', () => {
    expect(spanMonths(daysOfIsoDate('2026-07-01'), daysOfIsoDate('2026-07-15'))).toBeCloseTo(15 / 31, 12);
    // Jan 20–Feb 10, 2027: 12/31 + 10/28.
    expect(spanMonths(daysOfIsoDate('2027-01-20'), daysOfIsoDate('2027-02-10'))).toBeCloseTo(12 / 31 + 10 / 28, 12);
    expect(spanMonths(5, 4)).toBe(0);
  });
});

describe('spans', () => {
  it('merge and subtract', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 1, end: 3 }, { start: 4, end: 4 }, { start: 20, end: 21 }])).toEqual([{ start: 1, end: 9 }, { start: 20, end: 21 }]);
    expect(subtractSpans({ start: 0, end: 30 }, [{ start: -5, end: 2 }, { start: 10, end: 12 }, { start: 29, end: 40 }])).toEqual([{ start: 3, end: 9 }, { start: 13, end: 28 }]);
    expect(subtractSpans({ start: 0, end: 3 }, [{ start: 0, end: 3 }])).toEqual([]);
  });
});
