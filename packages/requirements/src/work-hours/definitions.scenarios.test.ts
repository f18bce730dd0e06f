// Scenario tests for the definitions of issue 10 (false violations at window
// edges, verdicts that move when later data arrive). Every verdict is worked
// out by hand from the ACGME rule text (REFERENCE.md §1, CPR 6.20–6.28) in
// the comments before any run. July 2026: Jul 1 is a Wednesday; Sundays are
// Jul 5, 12, 19, 26.
import { describe, expect, it } from 'vitest';
import type { WorkPeriod } from '@gmekit/model';
import { auditWorkHours } from './audit';
import { assignment, dates, period, trainee } from './__fixtures__/builders';

const R = 'r1';

describe('exact q3 passes whichever night the window starts on (CPR 6.27)', () => {
  // One call: in-house 07:00 → 07:00 (24 h), then 2 h of transition of care.
  const call = (d: string): WorkPeriod[] => {
    const next = dates(d, '2026-12-31')[1]?.date ?? d;
    return [period(R, 'in-house-call', d, '07:00', 24), period(R, 'transition-of-care', next, '07:00', 2)];
  };
  // Rotation med Jul 1–28 (28 days, one window); surg Jul 29–Aug 25 takes the last call's morning.
  const options = { trainees: [trainee(R)], assignments: [assignment(R, 'med', '2026-07-01', '2026-07-28'), assignment(R, 'surg', '2026-07-29', '2026-08-25')] };

  it('calls on nights 1, 4, …, 28 (10 in 28 days) are every third night, not more often', () => {
    // Nights Jul 1, 4, 7, 10, 13, 16, 19, 22, 25, 28 = 10 calls. "No more often than
    // every third night": allowed ⌈28 / 3⌉ = 10, so 10 ≤ 10 passes (⌊28/3⌋ = 9 would flag it).
    // Hours in med: 9 calls × 26 h + Jul 28 07:00 → 24:00 (17 h) = 251 h → 251 × 7 / 28 = 62.75 ≤ 80.
    // Rest: each call ends 09:00, the next starts 07:00 two days later: 46 h free ≥ 14,
    // and the day between (Jul 3, 6, …, 27) is wholly free: 9 days off ≥ ⌊28/7⌋ = 4.
    const nights = ['2026-07-01', '2026-07-04', '2026-07-07', '2026-07-10', '2026-07-13', '2026-07-16', '2026-07-19', '2026-07-22', '2026-07-25', '2026-07-28'];
    const report = auditWorkHours(nights.flatMap(call), options);
    expect(report.findings).toEqual([]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ start: '2026-07-01', end: '2026-07-28', inHouseCalls: 10, inHouseCallsAllowed: 10, hours: 251, weeklyAverage: 62.75 });
  });

  it('the same pattern started one night later passes too', () => {
    // Nights Jul 2, 5, …, 26 = 9 calls ≤ 10.
    const nights = dates('2026-07-02', '2026-07-26').filter((_, i) => i % 3 === 0).map((d) => d.date);
    expect(nights).toHaveLength(9);
    const report = auditWorkHours(nights.flatMap(call), options);
    expect(report.findings).toEqual([]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ inHouseCalls: 9, inHouseCallsAllowed: 10 });
  });
});

describe('a remainder is merged into the window before it; rolling-28 is stricter (CPR 6.20, FAQ on averaging)', () => {
  // Five weeks Mon Jul 6 – Sun Aug 9 (35 days). Weeks 1–4: Mon–Fri 07:00–21:00 = 5 × 14 = 70 h.
  // Week 5: Mon–Fri 14 h + Sat 07:00–22:00 (15 h) = 85 h.
  const fiveWeeks = assignment(R, 'ward', '2026-07-06', '2026-08-09');
  const periods = dates('2026-07-06', '2026-08-09')
    .filter((d) => d.weekday <= 5 || (d.weekday === 6 && d.date === '2026-08-08'))
    .map((d) => period(R, 'clinical', d.date, '07:00', d.weekday === 6 ? 15 : 14));
  const options = { trainees: [trainee(R)], assignments: [fiveWeeks] };

  it('a five-week rotation of 70, 70, 70, 70 and 85 hours averages 73 over itself', () => {
    // 4 × 70 + 85 = 365 h over 35 days → 365 × 7 / 35 = 73.0 ≤ 80. Cutting 28 days + a 7-day
    // tail would have flagged the tail (85 × 7 / 7 = 85). Every four-week period of the rotation
    // is ≤ 80 too: weeks 2–5 = 295 / 4 = 73.75.
    // Days off: Sat + Sun of weeks 1–4 wholly free (Fri 21:00 → Mon 07:00) = 8, Sun Aug 9 = 1:
    // 9 ≥ ⌊35/7⌋ = 5. Rest 21:00 → 07:00 = 10 h ≥ 8.
    expect(periods).toHaveLength(26);
    const report = auditWorkHours(periods, options);
    expect(report.findings).toEqual([]);
    expect(report.trainees[0]?.windows).toMatchObject([{ start: '2026-07-06', end: '2026-08-09', days: 35, hours: 365, weeklyAverage: 73 }]);
  });

  it('rolling-28 agrees here: its heaviest 28 days (Jul 13 – Aug 9) average 73.75', () => {
    expect(auditWorkHours(periods, { ...options, averaging: 'rolling-28' }).findings).toEqual([]);
  });

  it('rolling-28 still checks a short rotation over itself, so it is never more lenient than the default', () => {
    // Rotation a Jul 6–19 (14 days): Mon–Sat 07:00–21:00 = 6 × 14 = 84 h a week, 168 h
    // → 168 × 7 / 14 = 84 > 80 (by rotation). Rotation b Jul 20 – Aug 16 has no work.
    // A rolling window Jul 6 – Aug 2 alone would see 168 × 7 / 28 = 42.
    // Days off in a: Sun Jul 12 (Sat 21:00 → Mon 07:00, Jul 12 wholly free) and Sun Jul 19 = 2 ≥ ⌊14/7⌋ = 2.
    const short = dates('2026-07-06', '2026-07-18')
      .filter((d) => d.weekday !== 7)
      .map((d) => period(R, 'clinical', d.date, '07:00', 14));
    const two = { trainees: [trainee(R)], assignments: [assignment(R, 'a', '2026-07-06', '2026-07-19'), assignment(R, 'b', '2026-07-20', '2026-08-16')] };
    const expected = [['work-hours/weekly-80', { start: '2026-07-06', end: '2026-07-19' }, 84]];
    const summary = (mode: 'rotation' | 'rolling-28') => auditWorkHours(short, { ...two, averaging: mode }).findings.map((f) => [f.code, f.window, f.measured]);
    expect(summary('rotation')).toEqual(expected);
    expect(summary('rolling-28')).toEqual(expected);
  });
});

describe('work no assignment covers is averaged over a fixed calendar, not from the data (CPR 6.20)', () => {
  // Mon–Sat of Jul 1–28 2026 (24 days: 28 less the Sundays Jul 5, 12, 19, 26), 07:00–21:00
  // = 24 × 14 = 336 h in the academic block Jul 1–28 → 336 × 7 / 28 = 84 > 80.
  // Days off: each Sunday wholly free (Sat 21:00 → Mon 07:00) = 4 ≥ ⌊28/7⌋ = 4. Rest 10 h.
  const july = dates('2026-07-01', '2026-07-28')
    .filter((d) => d.weekday !== 7)
    .map((d) => period(R, 'clinical', d.date, '07:00', 14));
  // Mon Jan 5 – Fri Jan 9 2026, 10 h a day = 50 h: an earlier week, in the 2025–26 block
  // Dec 16 2025 – Jan 12 2026 (Jul 1 2025 + 6 × 28 days = Dec 16; + 7 × 28 = Jan 13).
  const january = dates('2026-01-05', '2026-01-09').map((d) => period(R, 'clinical', d.date, '07:00', 10));
  const options = { trainees: [trainee(R)] };
  const julyWindow = (report: ReturnType<typeof auditWorkHours>) => report.trainees[0]?.windows.find((w) => w.start === '2026-07-01');
  const julyErrors = (report: ReturnType<typeof auditWorkHours>) => report.findings.filter((f) => f.severity === 'error' && f.window?.start === '2026-07-01').map((f) => [f.code, f.measured]);

  it("July's violation is found, and stays when a January week is loaded", () => {
    const alone = auditWorkHours(july, options);
    expect(julyErrors(alone)).toEqual([['work-hours/weekly-80', 84]]);
    expect(julyWindow(alone)).toMatchObject({ end: '2026-07-28', hours: 336, weeklyAverage: 84, daysOff: 4 });
    const both = auditWorkHours([...january, ...july], options);
    expect(julyErrors(both)).toEqual(julyErrors(alone));
    expect(julyWindow(both)).toEqual(julyWindow(alone));
    expect(both.trainees[0]?.windows.find((w) => w.start === '2025-12-16')).toMatchObject({ end: '2026-01-12', hours: 50 });
  });

  it("calendar months are an option: July 1–31 averages 336 × 7 / 31 = 75.87", () => {
    const report = auditWorkHours(july, { ...options, unassignedWindows: 'calendar-months' });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.trainees[0]?.windows).toMatchObject([{ start: '2026-07-01', end: '2026-07-31', days: 31, hours: 336, weeklyAverage: 75.87 }]);
    expect(() => auditWorkHours(july, { ...options, unassignedWindows: 'weeks' as 'calendar-months' })).toThrow(RangeError);
  });
});
