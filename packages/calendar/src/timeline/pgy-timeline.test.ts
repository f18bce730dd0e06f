import { describe, expect, it } from 'vitest';
import { pgyTimeline } from './pgy-timeline';

// Leave fixtures, counted by hand: Monday 2026-09-07 to Friday 2026-11-27 is
// 12 whole weeks = 60 workdays; Monday 2027-07-05 to Friday 2028-03-10 is 36
// whole weeks = 180 workdays. The planned end 2030-06-30 is a Sunday, so the
// extension's workdays start Monday 2030-07-01: 20 workdays = 4 weeks →
// Friday 2030-07-26; 25 → Friday 2030-08-02; 30 → Friday 2030-08-09; 140 = 28
// weeks → Friday 2031-01-10.
const twelveWeeksPgy1 = { id: 'l1', start: '2026-09-07', end: '2026-11-27' };
const thirtySixWeeksPgy2 = { id: 'l2', start: '2027-07-05', end: '2028-03-10' };

describe('pgyTimeline on-cycle', () => {
  it('dates a 4-year program started 2026-07-01 to 2030-06-30', () => {
    const t = pgyTimeline({ startDate: '2026-07-01', pgyAtStart: 1, program: { years: 4 } });
    expect(t.onCycle).toBe(true);
    expect(t.plannedCompletion).toBe('2030-06-30');
    expect(t.expectedCompletion).toBe('2030-06-30');
    expect(t.extension).toBeNull();
    expect(t.years.map((y) => [y.pgy, y.start, y.end, y.academicYear])).toEqual([
      [1, '2026-07-01', '2027-06-30', '2026–2027'],
      [2, '2027-07-01', '2028-06-30', '2027–2028'],
      [3, '2028-07-01', '2029-06-30', '2028–2029'],
      [4, '2029-07-01', '2030-06-30', '2029–2030'],
    ]);
  });

  it('reads a model program length of 48 exact months, and refuses a ranged one', () => {
    const t = pgyTimeline({ startDate: '2026-07-01', pgyAtStart: 2, program: { length: { amount: { kind: 'exact', value: 48 }, unit: 'months' } } });
    expect(t.years.map((y) => y.pgy)).toEqual([2, 3, 4, 5]);
    expect(() =>
      pgyTimeline({ startDate: '2026-07-01', pgyAtStart: 1, program: { length: { amount: { kind: 'range', min: 36, max: 48 }, unit: 'months' } } }),
    ).toThrow(/exact length in months/);
  });
});

describe('pgyTimeline off-cycle', () => {
  it('advances PGY on the anniversary of a September 15 start', () => {
    const t = pgyTimeline({ startDate: '2026-09-15', pgyAtStart: 2, program: { months: 36 } });
    expect(t.onCycle).toBe(false);
    expect(t.years.map((y) => [y.pgy, y.start, y.end])).toEqual([
      [2, '2026-09-15', '2027-09-14'],
      [3, '2027-09-15', '2028-09-14'],
      [4, '2028-09-15', '2029-09-14'],
    ]);
    expect(t.expectedCompletion).toBe('2029-09-14');
  });

  it('ends a partial final year with the program (18 months)', () => {
    const t = pgyTimeline({ startDate: '2026-07-01', pgyAtStart: 4, program: { months: 18 } });
    expect(t.years.map((y) => [y.pgy, y.start, y.end, y.allowanceWorkdays])).toEqual([
      [4, '2026-07-01', '2027-06-30', 40],
      [5, '2027-07-01', '2027-12-31', 20],
    ]);
  });
});

describe('pgyTimeline leave and extension', () => {
  const base = { startDate: '2026-07-01', pgyAtStart: 1, program: { years: 4 } } as const;

  it('counts leave per year in workdays and weeks', () => {
    const t = pgyTimeline({ ...base, leave: [twelveWeeksPgy1, thirtySixWeeksPgy2] });
    expect(t.years.map((y) => y.leave)).toEqual([
      { workdays: 60, weeks: 12 },
      { workdays: 180, weeks: 36 },
      { workdays: 0, weeks: 0 },
      { workdays: 0, weeks: 0 },
    ]);
    expect(t.leave).toMatchObject({ workdays: 240, weeks: 48, allowanceWorkdays: 160, averaging: 'training' });
  });

  it('averages over training by default: 60 workdays in one year is within 4 × 40', () => {
    const t = pgyTimeline({ ...base, leave: [twelveWeeksPgy1] });
    expect(t.extension).toBeNull();
    expect(t.expectedCompletion).toBe('2030-06-30');
  });

  it('per-year averaging extends by that year’s 20-workday excess', () => {
    const t = pgyTimeline({ ...base, leave: [twelveWeeksPgy1], averaging: 'per-year' });
    expect(t.years[0]?.excessWorkdays).toBe(20);
    expect(t.extension).toMatchObject({ workdays: 20, start: '2030-07-01', end: '2030-07-26', excessWorkdays: 20 });
    expect(t.expectedCompletion).toBe('2030-07-26');
  });

  it('extends by the excess over the pooled allowance: 180 − 160 = 20 workdays', () => {
    const t = pgyTimeline({ ...base, leave: [thirtySixWeeksPgy2] });
    expect(t.extension).toMatchObject({ workdays: 20, end: '2030-07-26' });
    const perYear = pgyTimeline({ ...base, leave: [thirtySixWeeksPgy2], averaging: 'per-year' });
    expect(perYear.expectedCompletion).toBe('2031-01-10');
  });

  it('states the allowance in workdays or weeks alike', () => {
    const t = pgyTimeline({ ...base, leave: [thirtySixWeeksPgy2], leaveAllowance: { workdaysPerAcademicYear: 40 } });
    expect(t.expectedCompletion).toBe('2030-07-26');
    const stricter = pgyTimeline({ ...base, leave: [thirtySixWeeksPgy2], leaveAllowance: { weeksPerAcademicYear: 6 } });
    // 4 × 30 = 120 allowed; 60 workdays = 12 weeks from Monday July 1 → Friday 2030-09-20.
    expect(stricter.expectedCompletion).toBe('2030-09-20');
  });

  it('applies a minimum extension once any is due', () => {
    const t = pgyTimeline({ ...base, leave: [thirtySixWeeksPgy2], minimumExtension: { workdays: 30 } });
    expect(t.extension).toMatchObject({ workdays: 30, excessWorkdays: 20, end: '2030-08-09' });
  });

  it('extends again for leave taken during the extension', () => {
    const t = pgyTimeline({ ...base, leave: [thirtySixWeeksPgy2, { start: '2030-07-08', end: '2030-07-12' }] });
    expect(t.extension).toMatchObject({ workdays: 25, leaveDuringExtensionWorkdays: 5, end: '2030-08-02' });
  });

  it('leaves listed holidays out of the workday count', () => {
    // Labor Day, Columbus Day, Veterans Day and Thanksgiving 2026 fall in the 12 weeks.
    const t = pgyTimeline({ ...base, leave: [twelveWeeksPgy1], holidays: ['2026-09-07', '2026-10-12', '2026-11-11', '2026-11-26'] });
    expect(t.years[0]?.leave.workdays).toBe(56);
    const federal = pgyTimeline({ ...base, leave: [twelveWeeksPgy1], holidays: 'us-federal' });
    expect(federal.years[0]?.leave.workdays).toBe(56);
  });

  it('skips observed federal holidays when extending with holidays: us-federal', () => {
    // The 36 weeks now lose nine observed holidays: Monday 2027-07-05 (July 4
    // was a Sunday), Labor Day 09-06, Columbus Day 10-11, Veterans Day 11-11,
    // Thanksgiving 11-25, Christmas observed 12-24, New Year's Day 2028
    // observed 12-31, MLK Day 2028-01-17, Washington's Birthday 2028-02-21:
    // 180 − 9 = 171 workdays, 11 over 160. Eleven workdays from Monday
    // 2030-07-01, skipping Thursday July 4, end on Tuesday 2030-07-16.
    const t = pgyTimeline({ ...base, leave: [thirtySixWeeksPgy2], holidays: 'us-federal' });
    expect(t.years[1]?.leave.workdays).toBe(171);
    expect(t.extension).toMatchObject({ workdays: 11, end: '2030-07-16' });
  });

  it('reports leave outside training and refuses bad dates', () => {
    const t = pgyTimeline({ ...base, leave: [{ id: 'early', start: '2026-06-29', end: '2026-07-03' }] });
    expect(t.findings.map((f) => f.code)).toEqual(['timeline/leave-before-start']);
    expect(t.years[0]?.leave.workdays).toBe(3);
    expect(() => pgyTimeline({ ...base, leave: [{ start: '2027-01-10', end: '2027-01-01' }] })).toThrow(/before its start/);
    expect(() => pgyTimeline({ ...base, startDate: '2026-02-30' })).toThrow(/real calendar date/);
  });
});
