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
const pid = (id: string) => id as NonNullable<WorkPeriod['id']>;

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

describe('time after the data end is unknown, not a violation (CPR 6.21.b)', () => {
  // Rotation Mon Jul 6 – Sun Aug 2 (28 days, ⌊28/7⌋ = 4 days off required). Each week:
  // Mon–Fri 07:00–19:00 (12 h) and at-home call Sat 07:00 → Sun 07:00 with 2 h active.
  // The day off is Sun 07:00 → Mon 07:00: 24 h free, no wholly free calendar day, credited
  // to the Sunday it starts on. Hours: 4 × (60 + 2) = 248 → 248 × 7 / 28 = 62.
  const weeks = dates('2026-07-06', '2026-08-02').flatMap((d): WorkPeriod[] => {
    if (d.weekday <= 5) return [period(R, 'clinical', d.date, '07:00', 12)];
    if (d.weekday === 6) return [period(R, 'at-home-call', d.date, '07:00', 24, { activeMinutes: 120 })];
    return [];
  });
  const options = { trainees: [trainee(R)], assignments: [assignment(R, 'ward', '2026-07-06', '2026-08-02')] };

  it('a day off that straddles the end of the export cannot be verified yet', () => {
    // The export ends with the rotation (Sun Aug 2). Known: Sundays Jul 12, 19, 26 = 3 days off;
    // Sun Aug 2 07:00 → 24:00 is only 17 h known. If the free time runs on past midnight the
    // fourth is there: 3 known < 4 ≤ 4 possible → an info note, no day-off-1-in-7 error.
    const report = auditWorkHours(weeks, options);
    expect(report.findings.map((f) => [f.code, f.severity, f.window, f.measured, f.allowed])).toEqual([
      ['work-hours/incomplete-window', 'info', { start: '2026-07-06', end: '2026-08-02' }, 3, 4],
    ]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ hours: 248, weeklyAverage: 62, daysOff: 3, daysOffRequired: 4 });
  });

  it('logging the next Monday settles it: Sun 07:00 → Mon 07:00 is the fourth day off', () => {
    const monday = period(R, 'clinical', '2026-08-03', '07:00', 12);
    const report = auditWorkHours([...weeks, monday], options);
    expect(report.findings.filter((f) => f.window?.start === '2026-07-06')).toEqual([]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ daysOff: 4, daysOffRequired: 4 });
  });

  it('a window that lacks days off even if the unknown time were free is still a violation', () => {
    // Every day Jul 6 – Aug 2, 07:00–19:00: no free 24 hours in the data; at best the run from
    // Sun Aug 2 19:00 past the data is 1 day off (credited to Aug 2): 1 < 4 → error, measured 0 known.
    // Hours 28 × 12 = 336 → 336 × 7 / 28 = 84 > 80.
    const daily = dates('2026-07-06', '2026-08-02').map((d) => period(R, 'clinical', d.date, '07:00', 12));
    const report = auditWorkHours(daily, options);
    expect(report.findings.map((f) => [f.code, f.severity, f.measured, f.allowed])).toEqual([
      ['work-hours/weekly-80', 'error', 84, 80],
      ['work-hours/day-off-1-in-7', 'error', 0, 4],
    ]);
  });
});

describe('an 88-hour exception rotation whose day off runs past the export (CPR 6.21.b, 6.24)', () => {
  it("an 88-hour rotation's last day off past the end of the export cannot be verified yet", () => {
    // Rotation Mon Jul 6 – Sun Aug 2 with a Review Committee exception to 88 h.
    // Weeks 1–3: Mon–Sat 07:00–21:30 = 6 × 14.5 = 87 h; Sundays wholly free.
    // Week 4: Mon–Sat 07:00–21:00 = 6 × 14 = 84 h, and Sunday rounds 07:00–11:00 (4 h): 88 h.
    // The export ends with the rotation (Sun Aug 2). Hours 3 × 87 + 88 = 349
    // → 349 × 7 / 28 = 87.25 ≤ 88 (over the plain 80).
    // Days off known: Sun Jul 12, 19, 26 = 3. Sun Aug 2 11:00 → 24:00 is only 13 h known; if
    // the free time runs on past midnight it is the fourth: 3 known < 4 = ⌊28/7⌋ ≤ 4 possible.
    const weekdays = dates('2026-07-06', '2026-08-01').filter((d) => d.weekday !== 7);
    const periods = [
      ...weekdays.map((d) => period(R, 'clinical', d.date, '07:00', d.date >= '2026-07-27' ? 14 : 14.5)),
      period(R, 'clinical', '2026-08-02', '07:00', 4),
    ];
    const assignments = [assignment(R, 'icu', '2026-07-06', '2026-08-02')];
    const rotations = [{ id: 'icu', workHourException: { weeklyHours: 88, basis: 'Review Committee letter' } }];
    const report = auditWorkHours(periods, { trainees: [trainee(R)], assignments, rotations });
    expect(report.findings.map((f) => [f.code, f.severity, f.measured, f.allowed])).toEqual([['work-hours/incomplete-window', 'info', 3, 4]]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ hours: 349, weeklyAverage: 87.25, weeklyLimit: 88, daysOff: 3, daysOffRequired: 4 });
    // Without the exception the same hours break the 80-hour rule; the day-off verdict is unchanged.
    const plain = auditWorkHours(periods, { trainees: [trainee(R)], assignments });
    expect(plain.findings.map((f) => [f.code, f.severity, f.measured, f.allowed]).sort()).toEqual([
      ['work-hours/incomplete-window', 'info', 3, 4],
      ['work-hours/weekly-80', 'error', 87.25, 80],
    ]);
  });
});

describe('a night-float week whose day off runs past the export (CPR 6.21.b, 6.26)', () => {
  it('six nights a week, the last Saturday cut by the end of the data: cannot be verified yet', () => {
    // Rotation Sun Jul 5 – Sat Aug 1 (28 days, 4 days off required). Night float Sun–Fri
    // 19:00 → 07:00 (6 nights × 12 h = 72 h a week → 288 h, 72 h/week). The day off is
    // Sat 07:00 → Sun 19:00: 17 h of Saturday + 19 h of Sunday = 36 h, no wholly free
    // calendar day, one 24-hour period, credited to Saturday: Jul 11, 18, 25 = 3 known.
    // The export ends with the rotation: Sat Aug 1 from 07:00 is 17 h known, so the fourth
    // depends on what follows: an info note, not a violation.
    const nights = dates('2026-07-05', '2026-07-31')
      .filter((d) => d.weekday !== 6)
      .map((d) => period(R, 'night-float', d.date, '19:00', 12));
    expect(nights).toHaveLength(24);
    const report = auditWorkHours(nights, { trainees: [trainee(R)], assignments: [assignment(R, 'nights', '2026-07-05', '2026-08-01')] });
    expect(report.findings.map((f) => [f.code, f.severity, f.measured, f.allowed])).toEqual([['work-hours/incomplete-window', 'info', 3, 4]]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ hours: 288, weeklyAverage: 72, daysOff: 3, complete: false });
  });
});

describe('a free stretch continues through leave (CPR 6.21.b; leave out of the denominator)', () => {
  // Rotation Mon Jul 6 – Sun Aug 2; vacation Mon Jul 27 – Sun Aug 2 (7 days): 21 counted days,
  // ⌊21/7⌋ = 3 days off required. Weeks 1–3: Mon–Sat 07:00–19:00 (12 h); in week 3 the
  // Saturday runs on to Sun Jul 26 03:00 (12 h + 8 h back to back, a 20-hour stretch ≤ 24).
  // Hours 3 × 72 + 8 = 224 → 224 × 7 / 21 = 74.67 ≤ 80.
  const work = dates('2026-07-06', '2026-07-25')
    .filter((d) => d.weekday !== 7)
    .map((d) => period(R, 'clinical', d.date, '07:00', 12));
  const late = period(R, 'clinical', '2026-07-25', '19:00', 8);
  const options = {
    trainees: [trainee(R)],
    assignments: [assignment(R, 'ward', '2026-07-06', '2026-08-02')],
    leave: [{ id: 'vac', traineeId: R, kind: 'vacation' as const, start: '2026-07-27', end: '2026-08-02' }],
  };

  it('Sunday free from 03:00 with vacation from Monday is a day off', () => {
    // Days off: Sun Jul 12 and 19 wholly free = 2; Sun Jul 26 03:00 → Mon Jul 27 03:00 is
    // 24 continuous hours free (21 h of Sunday, 3 h of leave) = the third. 3 ≥ 3.
    // (Counting leave as busy left 21 h on Jul 26 and 2 < 3: a false day-off-1-in-7.)
    const report = auditWorkHours([...work, late], options);
    expect(report.findings).toEqual([]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ leaveDays: 7, hours: 224, weeklyAverage: 74.67, daysOff: 3, daysOffRequired: 3 });
  });
});

describe('days off are counted per wholly free calendar day, wherever the stretch began (CPR 6.21.b)', () => {
  // Rotation a Jun 8 – Jul 5 holds one night shift Jul 4 22:00 → Jul 5 10:00. Rotation b
  // Mon Jul 6 – Sun Aug 2: free until Thu Jul 9 07:00, then every day 07:00–19:00 except
  // Sun Jul 26 (wholly free).
  const night = period(R, 'night-float', '2026-07-04', '22:00', 12);
  const b = dates('2026-07-09', '2026-08-02')
    .filter((d) => d.date !== '2026-07-26')
    .map((d) => period(R, 'clinical', d.date, '07:00', 12));
  const options = { trainees: [trainee(R)], assignments: [assignment(R, 'a', '2026-06-08', '2026-07-05'), assignment(R, 'b', '2026-07-06', '2026-08-02')] };

  it('July 6, 7 and 8 wholly free are three days off for the window that holds them', () => {
    // Free Jul 5 10:00 → Jul 9 07:00 = 14 + 72 + 7 = 93 h: ⌊93/24⌋ = 3 disjoint 24-hour
    // periods, and Jul 6, 7, 8 are wholly free, so b gets all 3 (24-hour pieces cut from
    // Jul 5 10:00 gave Jul 5 one, in a, and b only 2). Plus Sun Jul 26: b has 4 ≥ 4.
    // No 24 hours count twice: a gets none from this stretch; a's days off are its wholly
    // free days Jun 8 – Jul 3 = 26 (Jul 4 is free only until 22:00).
    // Hours b: 24 days × 12 = 288 → 72 h/week.
    const report = auditWorkHours([night, ...b], options);
    expect(report.findings).toEqual([]);
    expect(report.trainees[0]?.windows.map((w) => [w.rotationId, w.daysOff, w.daysOffRequired, w.hours])).toEqual([
      ['a', 26, 4, 12],
      ['b', 4, 4, 288],
    ]);
  });
});

describe('overlapping rows resolve to the most restrictive reading, whatever their order (CPR 6.22.a)', () => {
  // In-house call Jul 1 07:00 → Jul 2 07:00 (24 h), then Jul 2 07:00–11:00 logged twice:
  // as clinical work (new patient care) and as education. The stretch is 28 h ≤ 28, but
  // hours 25–28 are new patient care in one reading: "no new patient care" in the 4 extra
  // hours is broken, measured 4 h, in either order. The double logging is an overlap error.
  const call = period(R, 'in-house-call', '2026-07-01', '07:00', 24);
  const clinical = period(R, 'clinical', '2026-07-02', '07:00', 4);
  const education = period(R, 'education', '2026-07-02', '07:00', 4);
  const options = { trainees: [trainee(R)], assignments: [assignment(R, 'med', '2026-07-01', '2026-07-28')] };
  const summary = (rows: WorkPeriod[]) => auditWorkHours(rows, options).findings.map((f) => [f.code, f.measured, f.ref]);

  it('reports the new patient care after hour 24 in both orders', () => {
    const expected = [
      ['work-hours/overlap', undefined, undefined],
      ['work-hours/continuous-24-4', 4, 'ACGME CPR 6.22.a'],
    ];
    expect(summary([call, clinical, education])).toEqual(expected);
    expect(summary([call, education, clinical])).toEqual(expected);
    expect(summary([education, clinical, call])).toEqual(expected);
  });

  it('counts the doubled hours once (24 + 4 = 28 h in the window)', () => {
    expect(auditWorkHours([call, education, clinical], options).trainees[0]?.windows[0]?.hours).toBe(28);
  });
});

describe('every finding names its CPR section, its window or period, and the periods behind it', () => {
  const options = { trainees: [trainee(R)], assignments: [assignment(R, 'med', '2026-07-01', '2026-07-28')] };

  it('a 114-hour week averaged to 28.5 shows as the window’s heaviest week', () => {
    // Mon Jul 6 – Sun Jul 12: six days 07:00–23:00 (16 h) and Sunday 06:00–24:00 (18 h)
    // = 96 + 18 = 114 h; nothing else in Jul 1–28: 114 × 7 / 28 = 28.5 h/week.
    const week = dates('2026-07-06', '2026-07-12').map((d) => period(R, 'clinical', d.date, d.weekday === 7 ? '06:00' : '07:00', d.weekday === 7 ? 18 : 16, { id: pid(`p-${d.date}`) }));
    const report = auditWorkHours(week, options);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ hours: 114, weeklyAverage: 28.5, heaviestWeek: 114 });
  });

  it('window and stretch findings carry the CPR section, the span and the contributing period ids', () => {
    // 24-hour call Jul 1 07:00 → Jul 2 07:00 (id c1), then 3 h of clinical work (id w1):
    // new patient care after hour 24 (CPR 6.22.a), the stretch Jul 1 07:00 → Jul 2 10:00.
    const call = period(R, 'in-house-call', '2026-07-01', '07:00', 24, { id: pid('c1') });
    const work = period(R, 'clinical', '2026-07-02', '07:00', 3, { id: pid('w1') });
    // 24 days of 13.5 h (all but Sundays) Jul 3 onwards would be a window finding; instead the
    // window here holds only 27 h, so one stretch finding is expected.
    const report = auditWorkHours([work, call], options);
    expect(report.findings).toMatchObject([
      { code: 'work-hours/continuous-24-4', ref: 'ACGME CPR 6.22.a', period: { start: call.start, end: work.end }, periodIndexes: [0, 1], periodIds: ['c1', 'w1'] },
    ]);
    // A window finding: every day of Jul 1–28 07:00–19:00 = 28 × 12 = 336 h → 84 h/week (CPR 6.20),
    // with the 28 periods as evidence.
    const daily = dates('2026-07-01', '2026-07-28').map((d) => period(R, 'clinical', d.date, '07:00', 12, { id: pid(`d-${d.date}`) }));
    const weekly = auditWorkHours(daily, options).findings.find((f) => f.code === 'work-hours/weekly-80');
    expect(weekly).toMatchObject({ ref: 'ACGME CPR 6.20', window: { start: '2026-07-01', end: '2026-07-28' }, measured: 84 });
    expect(weekly?.periodIds).toHaveLength(28);
    expect(weekly?.periodIndexes).toEqual(daily.map((_, i) => i));
  });
});
