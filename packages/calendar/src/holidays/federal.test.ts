import { describe, expect, it } from 'vitest';
import { observedFederalHolidaysBetween, usFederalHolidays } from './federal';

// Worked by hand from the weekday of January 1 (2026: Thursday, 2027: Friday)
// and the rules of 5 U.S.C. 6103(a) with the Saturday → Friday and
// Sunday → Monday observance of 6103(b) / EO 11582.
const pairs = (year: number) => usFederalHolidays(year).map((h) => [h.id, h.date, h.observed]);

describe('usFederalHolidays', () => {
  it('lists 2026 with July 4 (a Saturday) observed on Friday July 3', () => {
    expect(pairs(2026)).toEqual([
      ['new-years-day', '2026-01-01', '2026-01-01'],
      ['martin-luther-king-jr-day', '2026-01-19', '2026-01-19'],
      ['washingtons-birthday', '2026-02-16', '2026-02-16'],
      ['memorial-day', '2026-05-25', '2026-05-25'],
      ['juneteenth', '2026-06-19', '2026-06-19'],
      ['independence-day', '2026-07-04', '2026-07-03'],
      ['labor-day', '2026-09-07', '2026-09-07'],
      ['columbus-day', '2026-10-12', '2026-10-12'],
      ['veterans-day', '2026-11-11', '2026-11-11'],
      ['thanksgiving-day', '2026-11-26', '2026-11-26'],
      ['christmas-day', '2026-12-25', '2026-12-25'],
    ]);
  });

  it('lists 2027 with Juneteenth (Saturday) on Friday June 18 and July 4 (Sunday) on Monday July 5', () => {
    expect(pairs(2027)).toEqual([
      ['new-years-day', '2027-01-01', '2027-01-01'],
      ['martin-luther-king-jr-day', '2027-01-18', '2027-01-18'],
      ['washingtons-birthday', '2027-02-15', '2027-02-15'],
      ['memorial-day', '2027-05-31', '2027-05-31'],
      ['juneteenth', '2027-06-19', '2027-06-18'],
      ['independence-day', '2027-07-04', '2027-07-05'],
      ['labor-day', '2027-09-06', '2027-09-06'],
      ['columbus-day', '2027-10-11', '2027-10-11'],
      ['veterans-day', '2027-11-11', '2027-11-11'],
      ['thanksgiving-day', '2027-11-25', '2027-11-25'],
      ['christmas-day', '2027-12-25', '2027-12-24'],
    ]);
  });

  it('observes New Year’s Day 2028 (a Saturday) on Friday 2027-12-31', () => {
    const newYear2028 = usFederalHolidays(2028)[0];
    expect(newYear2028).toEqual({ id: 'new-years-day', name: "New Year's Day", date: '2028-01-01', observed: '2027-12-31' });
    const observed2027 = usFederalHolidays(2027, { basis: 'observed' }).map((h) => h.observed);
    expect(observed2027.at(-1)).toBe('2027-12-31');
    expect(observed2027).toHaveLength(12);
    expect(usFederalHolidays(2028, { basis: 'observed' }).some((h) => h.id === 'new-years-day')).toBe(false);
  });

  it('has Juneteenth from 2021 only (June 19, 2021 a Saturday → June 18)', () => {
    expect(usFederalHolidays(2020).some((h) => h.id === 'juneteenth')).toBe(false);
    expect(usFederalHolidays(2021).find((h) => h.id === 'juneteenth')?.observed).toBe('2021-06-18');
  });

  it('leaves Inauguration Day out unless asked, moves a Sunday one to Monday, omits a Saturday one', () => {
    expect(usFederalHolidays(2025).some((h) => h.id === 'inauguration-day')).toBe(false);
    // January 20, 2025 was a Monday (also MLK Day); 2013's was a Sunday; 2029's is a Saturday.
    expect(usFederalHolidays(2025, { includeInaugurationDay: true }).find((h) => h.id === 'inauguration-day')?.observed).toBe('2025-01-20');
    expect(usFederalHolidays(2013, { includeInaugurationDay: true }).find((h) => h.id === 'inauguration-day')?.observed).toBe('2013-01-21');
    expect(usFederalHolidays(2029, { includeInaugurationDay: true }).some((h) => h.id === 'inauguration-day')).toBe(false);
    expect(usFederalHolidays(2027, { includeInaugurationDay: true }).some((h) => h.id === 'inauguration-day')).toBe(false);
  });

  // 1975: February 1 a Saturday, October 1 a Wednesday (Mondays Oct 6, 13, 20, 27).
  it('follows the 1971 Monday rules: Veterans Day on the fourth Monday of October until 1977, no MLK Day before 1986', () => {
    const y1975 = usFederalHolidays(1975);
    expect(y1975.map((h) => h.id)).not.toContain('martin-luther-king-jr-day');
    expect(y1975.find((h) => h.id === 'washingtons-birthday')?.date).toBe('1975-02-17');
    expect(y1975.find((h) => h.id === 'columbus-day')?.date).toBe('1975-10-13');
    expect(y1975.find((h) => h.id === 'veterans-day')?.date).toBe('1975-10-27');
    // 1977: October 1 a Saturday → Mondays Oct 3, 10, 17, 24.
    expect(usFederalHolidays(1977).find((h) => h.id === 'veterans-day')?.date).toBe('1977-10-24');
    // 1978: back to November 11 (a Saturday) → observed Friday November 10.
    expect(usFederalHolidays(1978).find((h) => h.id === 'veterans-day')).toMatchObject({ date: '1978-11-11', observed: '1978-11-10' });
    expect(usFederalHolidays(1985).some((h) => h.id === 'martin-luther-king-jr-day')).toBe(false);
    // 1986: January 1 a Wednesday → Mondays Jan 6, 13, 20.
    expect(usFederalHolidays(1986).find((h) => h.id === 'martin-luther-king-jr-day')?.date).toBe('1986-01-20');
  });

  it('answers far-future years by the same rules (2500: July 4 a Sunday, December 25 a Saturday)', () => {
    const y2500 = usFederalHolidays(2500);
    expect(y2500.find((h) => h.id === 'independence-day')?.observed).toBe('2500-07-05');
    expect(y2500.find((h) => h.id === 'christmas-day')?.observed).toBe('2500-12-24');
    expect(usFederalHolidays(9999, { basis: 'observed' }).map((h) => h.id)).toContain('juneteenth');
  });

  it('refuses years before the Monday rules and non-integers', () => {
    expect(() => usFederalHolidays(1970)).toThrow(/1971/);
    expect(() => usFederalHolidays(2026.5)).toThrow(/year/);
  });
});

describe('observedFederalHolidaysBetween', () => {
  it('crosses the year boundary by observed date', () => {
    expect(observedFederalHolidaysBetween('2027-12-01', '2028-01-31').map((h) => h.observed)).toEqual(['2027-12-24', '2027-12-31', '2028-01-17']);
  });

  it('rejects a reversed span', () => {
    expect(() => observedFederalHolidaysBetween('2028-01-31', '2027-12-01')).toThrow(/before/);
  });
});
