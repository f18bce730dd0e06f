import { describe, expect, it } from 'vitest';
import { addMonths, day, iso, mergeSpans, without } from './days';

describe('day numbers', () => {
  it('match known dates', () => {
    expect(day('1970-01-01')).toBe(0);
    expect(day('2000-03-01')).toBe(11017); // 30 years × 365 + 7 leap days (72…96) + Jan 31 + Feb 29 = 10950 + 7 + 60
    expect(iso(day('2028-02-29'))).toBe('2028-02-29');
    expect(day('2027-07-01') - day('2026-07-01')).toBe(365);
  });
  it('adds months clamping to the month end', () => {
    expect(iso(addMonths(day('2028-02-29'), 12))).toBe('2029-02-28');
    expect(iso(addMonths(day('2026-07-01'), 24))).toBe('2028-07-01');
  });
  it('merges and cuts spans', () => {
    expect(mergeSpans([{ start: 5, end: 7 }, { start: 1, end: 2 }, { start: 3, end: 4 }])).toEqual([{ start: 1, end: 7 }]);
    expect(without({ start: 1, end: 10 }, [{ start: 3, end: 4 }, { start: 9, end: 12 }])).toEqual([{ start: 1, end: 2 }, { start: 5, end: 8 }]);
  });
});
