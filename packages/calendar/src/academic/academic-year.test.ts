import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import { academicYearOf, academicYearRange, academicYearsBetween, isInAcademicYear } from './academic-year';
import { CalendarInputError } from './input-error';

describe('academicYearOf', () => {
  it('puts June 30 in the year that is ending and July 1 in the new one', () => {
    expect(academicYearOf('2027-06-30')).toEqual({ start: '2026-07-01', end: '2027-06-30', label: '2026–2027', startYear: 2026 });
    expect(academicYearOf('2027-07-01')).toEqual({ start: '2027-07-01', end: '2028-06-30', label: '2027–2028', startYear: 2027 });
  });

  it('labels with an en dash (U+2013), not a hyphen', () => {
    const { label } = academicYearOf('2026-12-25');
    expect(label).toBe('2026\u20132027');
    expect(label.includes('-')).toBe(false);
  });

  it('handles January–June dates as the second half of the previous start year', () => {
    expect(academicYearOf('2028-02-29').label).toBe('2027–2028');
    expect(academicYearOf('2026-01-01').startYear).toBe(2025);
  });

  it('supports a custom start (June 24) on both sides of the boundary', () => {
    const options = { startMonth: 6, startDay: 24 };
    expect(academicYearOf('2026-06-23', options)).toEqual({ start: '2025-06-24', end: '2026-06-23', label: '2025–2026', startYear: 2025 });
    expect(academicYearOf('2026-06-24', options)).toEqual({ start: '2026-06-24', end: '2027-06-23', label: '2026–2027', startYear: 2026 });
  });

  it('labels a calendar-year academic year with the single year', () => {
    expect(academicYearOf('2026-05-05', { startMonth: 1 })).toEqual({ start: '2026-01-01', end: '2026-12-31', label: '2026', startYear: 2026 });
  });

  it('rejects impossible dates and start options with typed errors', () => {
    expect(() => academicYearOf('2027-02-29')).toThrow(CalendarInputError);
    expect(() => academicYearOf('2026-7-1')).toThrow(/YYYY-MM-DD/);
    expect(() => academicYearOf('2026-07-01', { startMonth: 2, startDay: 29 })).toThrow(/startDay/);
    expect(() => academicYearOf('2026-07-01', { startMonth: 13 })).toThrow(/startMonth/);
  });
});

describe('academicYearRange and academicYearsBetween', () => {
  it('gives the year starting in a calendar year, leap day included', () => {
    expect(academicYearRange(2027)).toEqual({ start: '2027-07-01', end: '2028-06-30', label: '2027–2028', startYear: 2027 });
  });

  it('lists every year a span touches', () => {
    expect(academicYearsBetween('2026-07-01', '2030-06-30').map((y) => y.label)).toEqual(['2026–2027', '2027–2028', '2028–2029', '2029–2030']);
    expect(academicYearsBetween('2027-06-30', '2027-07-01').map((y) => y.label)).toEqual(['2026–2027', '2027–2028']);
  });

  it('refuses a span that ends before it starts', () => {
    expect(() => academicYearsBetween('2027-07-01', '2027-06-30')).toThrow(/before/);
  });

  it('tests membership inclusively', () => {
    const year = academicYearRange(2026);
    expect(isInAcademicYear('2026-07-01', year)).toBe(true);
    expect(isInAcademicYear('2027-06-30', year)).toBe(true);
    expect(isInAcademicYear('2027-07-01', year)).toBe(false);
  });
});

describe('academicYearOf invariants', () => {
  it('puts every fifth day of 2024–2029 inside the year it returns, with consecutive years touching', () => {
    let day = Temporal.PlainDate.from('2024-01-01');
    const last = Temporal.PlainDate.from('2029-12-31');
    for (; Temporal.PlainDate.compare(day, last) <= 0; day = day.add({ days: 5 })) {
      const year = academicYearOf(day);
      expect(isInAcademicYear(day, year)).toBe(true);
      const next = academicYearRange(year.startYear + 1);
      expect(Temporal.PlainDate.from(year.end).add({ days: 1 }).toString()).toBe(next.start);
    }
  });
});
