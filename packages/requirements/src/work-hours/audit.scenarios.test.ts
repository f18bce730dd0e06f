// Scenario tests written from the rule text (REFERENCE.md §1, ACGME CPR
// 6.20–6.28). Every expected number is worked out by hand in the comments.
// The window is rotation "med", 2026-07-01 (a Wednesday) to 2026-07-28:
// 28 days, four weeks. Sundays in it: Jul 5, 12, 19, 26; Saturdays: Jul 4,
// 11, 18, 25; weekdays: Jul 1–3, 6–10, 13–17, 20–24, 27–28 = 20.
import { describe, expect, it } from 'vitest';
import { auditWorkHours } from './audit';
import { assignment, dates, leave, period, trainee } from './__fixtures__/builders';
import type { WorkPeriod } from '@gmekit/model';

const R = 'r1';
const july = assignment(R, 'med', '2026-07-01', '2026-07-28');
const base = { trainees: [trainee(R)], assignments: [july] };

function days(filter: (weekday: number, date: string) => boolean): string[] {
  return dates('2026-07-01', '2026-07-28')
    .filter((d) => filter(d.weekday, d.date))
    .map((d) => d.date);
}
const codes = (periods: WorkPeriod[], options = base) => auditWorkHours(periods, options).findings.map((f) => f.code);

describe('weekly 80 hours averaged by rotation (CPR 6.20)', () => {
  it('a compliant month: 20 weekdays of 12 hours is 240 h = 60 h/week, 8 days off', () => {
    // Weekends: Fri 19:00 → Mon 07:00 is 60 h free = 2 free 24-hour periods,
    // four weekends = 8 days off (4 required). Weeknights are 12 h of rest.
    const periods = days((w) => w <= 5).map((d) => period(R, 'clinical', d, '07:00', 12));
    const report = auditWorkHours(periods, base);
    expect(report.findings).toEqual([]);
    expect(report.trainees[0]?.windows).toEqual([
      {
        start: '2026-07-01',
        end: '2026-07-28',
        rotationId: 'med',
        days: 28,
        leaveDays: 0,
        hours: 240,
        weeklyAverage: 60,
        weeklyLimit: 80,
        daysOff: 8,
        daysOffRequired: 4,
        inHouseCalls: 0,
        inHouseCallsAllowed: 10,
        // Heaviest seven days: five 12-hour weekdays = 60 h.
        heaviestWeek: 60,
        // The free time from Tue Jul 28 19:00 runs to the end of the data: later data could add a day off.
        complete: false,
      },
    ]);
  });

  it('81 hours averaged: 24 days of 13.5 h = 324 h over 4 weeks', () => {
    // Sundays off: Sat 20:30 → Mon 07:00 = 34.5 h free = 1 day off each, 4 in all (4 required).
    const periods = days((w) => w !== 7).map((d) => period(R, 'clinical', d, '07:00', 13.5));
    expect(periods).toHaveLength(24);
    const report = auditWorkHours(periods, base);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      code: 'work-hours/weekly-80',
      severity: 'error',
      path: ['assignments', 0],
      traineeId: R,
      window: { start: '2026-07-01', end: '2026-07-28' },
      measured: 81,
      allowed: 80,
      ref: 'ACGME CPR 6.20',
    });
    expect(report.findings[0]?.message).toContain('81.0 hours a week');
  });

  it('a week over 80 that averages under: 90 h in the first week, 270 h in four weeks = 67.5 h/week', () => {
    // Jul 1–4 and 6–7: 6 days × 15 h (07:00–22:00) = 90 h; Jul 5 off.
    // Jul 8–28 weekdays (3+5+5+2 = 15) × 12 h = 180 h. Total 270 h → 270/4 = 67.5.
    // Days off: Sat 22:00 → Mon 07:00 = 33 h → 1; three later weekends of 60 h → 2 each; 7 in all.
    const heavy = ['2026-07-01', '2026-07-02', '2026-07-03', '2026-07-04', '2026-07-06', '2026-07-07'].map((d) => period(R, 'clinical', d, '07:00', 15));
    const rest = days((w, d) => w <= 5 && d >= '2026-07-08').map((d) => period(R, 'clinical', d, '07:00', 12));
    const report = auditWorkHours([...heavy, ...rest], base);
    expect(report.findings).toEqual([]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ hours: 270, weeklyAverage: 67.5, daysOff: 7 });
  });

  it('leaves leave days out of numerator and denominator', () => {
    // Leave Jul 20–26 (7 days) → 21 days counted = 3 weeks, 3 days off required.
    // Work Jul 1–4, 6–11, 13–18, 27–28 (18 days) × 14 h = 252 h → 252 / 3 = 84 h/week.
    // Days off: Sundays Jul 5 and 12 (Sat 21:00 → Mon 07:00 = 34 h → 1 each) and
    // Jul 19 (Sat 21:00 → leave starts Jul 20 00:00 = 27 h → 1) = 3.
    const work = days((w, d) => w !== 7 && (d < '2026-07-20' || d > '2026-07-26')).map((d) => period(R, 'clinical', d, '07:00', 14));
    expect(work).toHaveLength(18);
    const withLeave = auditWorkHours(work, { ...base, leave: [leave(R, '2026-07-20', '2026-07-26')] });
    expect(withLeave.findings.map((f) => [f.code, f.measured, f.allowed])).toEqual([['work-hours/weekly-80', 84, 80]]);
    expect(withLeave.trainees[0]?.windows[0]).toMatchObject({ days: 28, leaveDays: 7, hours: 252, daysOff: 3, daysOffRequired: 3 });
    expect(withLeave.findings[0]?.message).toContain('7 leave days left out');
    // Counting the leave week as zero-hour days would hide it: 252 / 4 = 63 h/week.
    const hidden = auditWorkHours(work, base);
    expect(hidden.findings).toEqual([]);
    expect(hidden.trainees[0]?.windows[0]?.weeklyAverage).toBe(63);
  });

  it('moonlighting that tips a month over 80', () => {
    // Weekdays 07:00–20:00: 20 × 13 h = 260 h (65 h/week). Saturdays 06:00–22:00
    // external moonlighting: 4 × 16 h = 64 h. 324 h / 4 = 81 h/week.
    // Rest: 11 h weeknights, Fri 20:00 → Sat 06:00 = 10 h; Sat 22:00 → Mon 07:00 = 33 h → 1 day off × 4.
    const clinical = days((w) => w <= 5).map((d) => period(R, 'clinical', d, '07:00', 13));
    const moonlighting = days((w) => w === 6).map((d) => period(R, 'moonlighting-external', d, '06:00', 16));
    expect(codes(clinical)).toEqual([]);
    const report = auditWorkHours([...clinical, ...moonlighting], base);
    expect(report.findings.map((f) => [f.code, f.measured])).toEqual([['work-hours/weekly-80', 81]]);
  });

  it('counts only the active minutes of at-home call, but the call day is not a day off', () => {
    // Weekdays 12 h = 240 h; at-home call every Saturday 08:00 → Sunday 08:00 with 6 h
    // (360 min) active: 24 h counted → 264 h = 66 h/week. Days off: Sun 08:00 → Mon 07:00
    // = 23 h → none; Fri 19:00 → Sat 08:00 = 13 h → none. 0 of 4 → a day-off finding.
    const clinical = days((w) => w <= 5).map((d) => period(R, 'clinical', d, '07:00', 12));
    const home = days((w) => w === 6).map((d) => period(R, 'at-home-call', d, '08:00', 24, { activeMinutes: 360 }));
    const report = auditWorkHours([...clinical, ...home], base);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ hours: 264, daysOff: 0 });
    expect(report.findings.map((f) => [f.code, f.measured, f.allowed, f.ref])).toEqual([['work-hours/day-off-1-in-7', 0, 4, 'ACGME CPR 6.21.b']]);
  });

  it('applies a Review Committee exception per rotation (CPR 6.24, up to 88)', () => {
    const periods = days((w) => w !== 7).map((d) => period(R, 'clinical', d, '07:00', 13.5)); // 81 h/week, as above
    const rotations = [{ id: 'med', workHourException: { weeklyHours: 88, basis: 'RC letter 2025' } }] as const;
    expect(codes(periods, { ...base, rotations } as typeof base)).toEqual([]);
    expect(auditWorkHours(periods, { ...base, limits: { weeklyByRotation: { med: 84 } } }).trainees[0]?.windows[0]?.weeklyLimit).toBe(84);
    expect(() => auditWorkHours(periods, { ...base, limits: { weeklyByRotation: { med: 90 } } })).toThrow(RangeError);
  });
});

describe('in-house call every third night, averaged (CPR 6.27)', () => {
  // A call: 07:00 → 07:00 in-house call (24 h) then 2 h of transition of care.
  const call = (d: string): WorkPeriod[] => {
    const next = dates(d, '2026-12-31')[1]?.date ?? d;
    return [period(R, 'in-house-call', d, '07:00', 24), period(R, 'transition-of-care', next, '07:00', 2)];
  };

  it('three calls in six nights still average under q3 over the rotation', () => {
    // Calls Jul 1, 3, 5, 12, 19, 26 = 6 ≤ ⌈28/3⌉ (10). Pairwise "every third night" would flag Jul 1/3/5.
    // Hours 6 × 26 = 156. Rest after each call: 09:00 → 07:00 two days on = 22 h ≥ 14.
    // Days off: 142-hour gaps (Jul 6 09:00 → Jul 12 07:00, twice more) → 5 each, and
    // Jul 27 09:00 → Jul 29 00:00 = 39 h → 1: 16 in all.
    const periods = ['2026-07-01', '2026-07-03', '2026-07-05', '2026-07-12', '2026-07-19', '2026-07-26'].flatMap(call);
    const report = auditWorkHours(periods, base);
    expect(report.findings).toEqual([]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ inHouseCalls: 6, inHouseCallsAllowed: 10, hours: 156, daysOff: 16 });
  });

  it('eleven calls in 28 days break q3', () => {
    // Calls Jul 1, 3, …, 21 = 11 > ⌈28/3⌉ = 10 (an exact q3 pattern can hold 10 nights in 28).
    // Days off: Jul 22 09:00 → Jul 29 00:00 = 159 h; wholly free days Jul 23–28 = 6.
    const nights = dates('2026-07-01', '2026-07-21').filter((_, i) => i % 2 === 0).map((d) => d.date);
    const report = auditWorkHours(nights.flatMap(call), base);
    expect(report.findings.map((f) => [f.code, f.measured, f.allowed, f.ref])).toEqual([['work-hours/call-q3', 11, 10, 'ACGME CPR 6.27']]);
  });
});

describe('24 + 4 continuous hours and rest (CPR 6.21, 6.21.a, 6.22, 6.22.a)', () => {
  const call = period(R, 'in-house-call', '2026-07-01', '07:00', 24);

  it('flags new patient care in the 4 extra hours', () => {
    // Call 24 h, then 3 h of clinical work (new patient care by default): 27 h ≤ 28,
    // but 3 h of new care after hour 24.
    const report = auditWorkHours([call, period(R, 'clinical', '2026-07-02', '07:00', 3)], base);
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({
      code: 'work-hours/continuous-24-4',
      measured: 3,
      allowed: 0,
      ref: 'ACGME CPR 6.22.a',
      period: { start: '2026-07-01T07:00:00-07:00[America/Los_Angeles]', end: '2026-07-02T10:00:00-07:00[America/Los_Angeles]' },
    });
  });

  it('allows 4 hours of transitions of care, and clinical time marked as no new patient care', () => {
    expect(codes([call, period(R, 'transition-of-care', '2026-07-02', '07:00', 4)])).toEqual([]);
    expect(codes([call, period(R, 'clinical', '2026-07-02', '07:00', 3, { newPatientCare: false })])).toEqual([]);
  });

  it('flags a stretch over 28 hours', () => {
    // 24 h + 5 h of transitions = 29 h.
    const report = auditWorkHours([call, period(R, 'transition-of-care', '2026-07-02', '07:00', 5)], base);
    expect(report.findings.map((f) => [f.code, f.measured, f.allowed, f.ref])).toEqual([['work-hours/continuous-24-4', 29, 28, 'ACGME CPR 6.22']]);
  });

  it('requires 14 hours free after 24 hours of in-house call', () => {
    // Call ends Jul 2 07:00 (+2 h transitions → 09:00); next shift Jul 2 19:00: 10 h free.
    const report = auditWorkHours([call, period(R, 'transition-of-care', '2026-07-02', '07:00', 2), period(R, 'night-float', '2026-07-02', '19:00', 10)], base);
    expect(report.findings.map((f) => [f.code, f.severity, f.measured, f.allowed])).toEqual([['work-hours/rest-14-after-24', 'error', 10, 14]]);
  });

  it('warns (should, not must) when fewer than 8 hours separate two periods', () => {
    // 07:00–19:00, then 02:00–08:00 the next day: 7 h between.
    const report = auditWorkHours([period(R, 'clinical', '2026-07-01', '07:00', 12), period(R, 'clinical', '2026-07-02', '02:00', 6)], base);
    expect(report.findings.map((f) => [f.code, f.severity, f.measured, f.allowed, f.ref])).toEqual([['work-hours/rest-8-between', 'warning', 7, 8, 'ACGME CPR 6.21']]);
  });
});

describe('work no assignment covers: averaged over fixed calendar blocks (windows rule 4)', () => {
  // Issue 10 item 6 replaced "the four weeks from the first logged day" with the academic
  // year's four-week blocks from July 1: Jul 1–28, Jul 29 – Aug 25, … (2026).
  it('a week of ordinary shifts logged alone is not an 80-hour violation', () => {
    // Mon 2026-07-06 – Fri 07-10, 12 h a day = 60 h, in the block Jul 1–28:
    // 60 × 7 / 28 = 15 h a week. Averaging over the 5 logged days alone would have said 84.
    const week = ['2026-07-06', '2026-07-07', '2026-07-08', '2026-07-09', '2026-07-10'].map((d) => period(R, 'clinical', d, '07:00', 12));
    const report = auditWorkHours(week, { trainees: [trainee(R)] });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([['work-hours/unassigned-window', 'info']]);
    expect(report.trainees[0]?.windows).toMatchObject([{ start: '2026-07-01', end: '2026-07-28', days: 28, hours: 60, weeklyAverage: 15 }]);
  });

  it('a log across two blocks is judged by each block', () => {
    // Jul 6 – Jul 31, 26 days of 13 h (07:00–20:00). Block Jul 1–28 holds Jul 6–28:
    // 23 × 13 = 299 h → 299 × 7 / 28 = 74.75 ≤ 80; block Jul 29 – Aug 25 holds 3 × 13 = 39 h → 9.75.
    const log = dates('2026-07-06', '2026-07-31').map((d) => period(R, 'clinical', d.date, '07:00', 13));
    const report = auditWorkHours(log, { trainees: [trainee(R)] });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.trainees[0]?.windows).toMatchObject([
      { start: '2026-07-01', end: '2026-07-28', hours: 299, weeklyAverage: 74.75 },
      { start: '2026-07-29', end: '2026-08-25', hours: 39, weeklyAverage: 9.75 },
    ]);
  });

  it('clips the block at the next assignment', () => {
    // Two 12-hour days (Jun 24, 25) before the July rotation fall in the 2025–26 year's
    // thirteenth block, Jun 2 – Jun 30 2026 (Jul 1 2025 + 12 × 28 days = Jun 2; 29 days to
    // June 30): 24 h × 7 / 29 = 5.79 h/week.
    const before = ['2026-06-24', '2026-06-25'].map((d) => period(R, 'clinical', d, '07:00', 12));
    const report = auditWorkHours(before, base);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ start: '2026-06-02', end: '2026-06-30', days: 29, hours: 24, weeklyAverage: 5.79 });
  });
});

describe('moonlighting and night float (CPR 6.25, 6.26)', () => {
  it('forbids moonlighting while PGY-1 and allows it from PGY-2 (July 1)', () => {
    const pgy1 = { ...base, trainees: [trainee(R, 1, '2026-07-01')] };
    const early = period(R, 'moonlighting-internal', '2026-07-11', '09:00', 8);
    const report = auditWorkHours([early], pgy1);
    expect(report.findings.map((f) => [f.code, f.measured, f.allowed, f.ref])).toEqual([['work-hours/moonlighting-pgy1', 8, 0, 'ACGME CPR 6.25']]);
    // On 2027-07-01 the trainee is PGY-2.
    // Without assignments the single day is averaged over its four weeks (an info note).
    // The block Jul 1–28 2027 reaches past the data (Jul 1 only): 0 of 4 days off are known,
    // the rest cannot be verified yet (an info note, issue 10 item 1).
    expect(codes([period(R, 'moonlighting-external', '2027-07-01', '09:00', 8)], { ...pgy1, assignments: [] })).toEqual(['work-hours/unassigned-window', 'work-hours/incomplete-window']);
    expect(codes([period(R, 'moonlighting-external', '2027-06-30', '09:00', 8)], { ...pgy1, assignments: [] })).toEqual(['work-hours/moonlighting-pgy1', 'work-hours/unassigned-window']);
  });

  it('checks consecutive night-float nights only when a limit is set', () => {
    // Night float 19:00–07:00 on Jul 1–7: 7 consecutive nights; rest 12 h; days off: none
    // in Jul 1–8 but the window runs to Jul 28 (Jul 8 07:00 → Jul 29 00:00 = 497 h → 20).
    const nights = dates('2026-07-01', '2026-07-07').map((d) => period(R, 'night-float', d.date, '19:00', 12));
    expect(codes(nights)).toEqual([]);
    const report = auditWorkHours(nights, { ...base, limits: { nightFloatMaxConsecutive: 6 } });
    expect(report.findings.map((f) => [f.code, f.measured, f.allowed])).toEqual([['work-hours/night-float-consecutive', 7, 6]]);
  });
});

describe('real elapsed time across DST (America/Los_Angeles)', () => {
  it('a 12-hour overnight across spring-forward is 11 hours, across fall-back 13', () => {
    // 2027-03-13 19:00 PST (03:00Z) → 2027-03-14 07:00 PDT (14:00Z) = 11 h.
    // 2027-11-06 19:00 PDT (02:00Z) → 2027-11-07 07:00 PST (15:00Z) = 13 h.
    const spring = { traineeId: R, kind: 'night-float' as const, start: '2027-03-13T19:00:00-08:00[America/Los_Angeles]', end: '2027-03-14T07:00:00-07:00[America/Los_Angeles]' };
    const fall = { traineeId: R, kind: 'night-float' as const, start: '2027-11-06T19:00:00-07:00[America/Los_Angeles]', end: '2027-11-07T07:00:00-08:00[America/Los_Angeles]' };
    const options = { trainees: [trainee(R)] };
    expect(auditWorkHours([spring], options).trainees[0]?.windows[0]?.hours).toBe(11);
    expect(auditWorkHours([fall], options).trainees[0]?.windows[0]?.hours).toBe(13);
  });

  it('a 24-hour call logged 07:00 to 07:00 across spring-forward is 23 real hours, so 14 h rest is not due', () => {
    const call = { traineeId: R, kind: 'in-house-call' as const, start: '2027-03-13T07:00:00-08:00[America/Los_Angeles]', end: '2027-03-14T07:00:00-07:00[America/Los_Angeles]' };
    // Next shift 9 h later (16:00 PDT): rest-8 met, rest-14 not applicable.
    const next = { traineeId: R, kind: 'clinical' as const, start: '2027-03-14T16:00:00-07:00[America/Los_Angeles]', end: '2027-03-14T20:00:00-07:00[America/Los_Angeles]' };
    // A March rotation keeps the averaging window four weeks long.
    const march = assignment(R, 'med', '2027-03-01', '2027-03-28');
    expect(auditWorkHours([call, next], { trainees: [trainee(R)], assignments: [march] }).findings).toEqual([]);
  });
});

describe('bad input', () => {
  it('reports each bad row and still audits the rest', () => {
    const good = period(R, 'clinical', '2026-07-01', '07:00', 10);
    const rows: unknown[] = [
      good,
      { ...good, kind: 'surgery' }, // 1: not a kind
      { ...good, start: '2026-07-02T07:00:00', end: '2026-07-02T08:00:00' }, // 2: no offset
      { ...period(R, 'clinical', '2026-07-03', '07:00', 2), end: '2026-07-03T06:00:00-07:00' }, // 3: ends before it starts
      null, // 4
      period(R, 'clinical', '2026-07-01', '12:00', 10), // 5: overlaps row 0 (12:00–17:00 already counted)
      period('ghost', 'clinical', '2026-07-01', '07:00', 5), // 6: unknown trainee
      { ...good, end: '2062-07-01T17:00:00-07:00[America/Los_Angeles]' }, // 7: a 36-year "period"
    ];
    const report = auditWorkHours(rows, { ...base, untrusted: true });
    const summary = report.findings.map((f) => [f.code, f.path.join('.')]);
    expect(summary).toEqual([
      ['work-hours/invalid-period', 'periods.1.kind'],
      ['work-hours/invalid-period', 'periods.2.start'],
      ['work-hours/invalid-period', 'periods.2.end'],
      ['work-hours/invalid-period', 'periods.3.end'],
      ['work-hours/invalid-period', 'periods.4'],
      ['work-hours/invalid-period', 'periods.7.end'],
      ['work-hours/overlap', 'periods.5'],
      ['work-hours/unknown-trainee', 'periods.6.traineeId'],
      // ghost has no assignment: its 5 h are averaged over 2026-07-01 – 07-28.
      ['work-hours/unassigned-window', 'periods.6'],
      // ghost's data end on Jul 1: its block's days off cannot be verified yet.
      ['work-hours/incomplete-window', 'periods.6'],
    ]);
    // ghost logged no moonlighting, so not knowing its PGY level changes nothing.
    expect(report.findings.find((f) => f.code === 'work-hours/unknown-trainee')?.severity).toBe('info');
    // r1: 07:00–17:00 and 12:00–22:00 overlap; the union 07:00–22:00 is 15 h.
    expect(report.trainees.map((t) => [t.traineeId, t.windows[0]?.hours])).toEqual([
      ['r1', 15],
      ['ghost', 5],
    ]);
  });

  it('counts work logged on a leave day but reports it, and caps active minutes at the call length', () => {
    // 10 h on Jul 21, a leave day: counted (10 h), the day stays out (27 counted days).
    const onLeave = period(R, 'clinical', '2026-07-21', '07:00', 10);
    // A 12-hour at-home call claiming 800 active minutes: counted as 720 (12 h).
    const home = period(R, 'at-home-call', '2026-07-04', '19:00', 12, { activeMinutes: 800 });
    const report = auditWorkHours([home, onLeave], { ...base, leave: [leave(R, '2026-07-21', '2026-07-21')] });
    expect(report.findings.map((f) => [f.code, f.severity, f.path.join('.')])).toEqual([
      ['work-hours/invalid-period', 'warning', 'periods.0.activeMinutes'],
      ['work-hours/work-on-leave', 'warning', 'periods.1'],
    ]);
    expect(report.trainees[0]?.windows[0]).toMatchObject({ hours: 22, leaveDays: 1 });
  });

  it('reports overlapping assignments and averages the overlap with the earlier one', () => {
    const report = auditWorkHours([period(R, 'clinical', '2026-07-01', '07:00', 10)], {
      ...base,
      assignments: [july, assignment(R, 'surg', '2026-07-20', '2026-08-16')],
    });
    expect(report.findings.map((f) => [f.code, f.path.join('.')])).toEqual([['work-hours/overlap', 'assignments.1']]);
    // surg keeps Jul 29–Aug 16 (19 days), a window of its own.
    expect(report.trainees[0]?.windows.map((w) => [w.rotationId, w.start, w.end])).toEqual([
      ['med', '2026-07-01', '2026-07-28'],
      ['surg', '2026-07-29', '2026-08-16'],
    ]);
  });

  it('reports invalid side records and unknown zones', () => {
    const report = auditWorkHours([period(R, 'clinical', '2026-07-01', '07:00', 10)], {
      trainees: [trainee(R), { id: 'x' }],
      assignments: [july, { ...july, end: '2026-02-30' }],
      timeZone: 'Mars/Olympus',
      untrusted: true,
    });
    // The trainee row lacks name, programId, startDate and pgyAtStart; the assignment's end is no real date.
    expect(report.findings.map((f) => [f.code, f.path.join('.')])).toEqual([
      ['work-hours/invalid-record', 'trainees.1.name'],
      ['work-hours/invalid-record', 'trainees.1.programId'],
      ['work-hours/invalid-record', 'trainees.1.startDate'],
      ['work-hours/invalid-record', 'trainees.1.pgyAtStart'],
      ['work-hours/invalid-record', 'assignments.1.end'], // not a real date
      ['work-hours/invalid-record', 'assignments.1.end'], // and before the start, 2026-07-01
      ['work-hours/unknown-zone', 'timeZone'],
    ]);
    expect(report.trainees[0]?.timeZone).toBe('America/Los_Angeles');
  });

  it('falls back to the fixed offset of the first period when no zone is known', () => {
    const p = { traineeId: R, kind: 'clinical' as const, start: '2026-07-01T07:00:00+05:30', end: '2026-07-01T17:00:00+05:30' };
    const report = auditWorkHours([p], { trainees: [trainee(R)] });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([
      ['work-hours/zone-assumed', 'info'],
      ['work-hours/unassigned-window', 'info'],
      ['work-hours/incomplete-window', 'info'],
    ]);
    expect(report.trainees[0]?.timeZone).toBe('+05:30');
  });

  it('a trainee missing from the list is a warning only when moonlighting needs the PGY level', () => {
    const shift = period('ghost', 'clinical', '2026-07-01', '07:00', 5);
    const moonlight = period('ghost', 'moonlighting-internal', '2026-07-02', '18:00', 4);
    const found = auditWorkHours([shift, moonlight], base).findings.find((f) => f.code === 'work-hours/unknown-trainee');
    expect([found?.severity, found?.path.join('.')]).toEqual(['warning', 'periods.1.traineeId']);
  });
});

describe('averaging windows from assignments (README worked examples)', () => {
  it('cuts 28-day windows and merges a shorter remainder into the window before it', () => {
    const windowsOf = (start: string, end: string) =>
      auditWorkHours([period(R, 'clinical', start, '07:00', 8)], { trainees: [trainee(R)], assignments: [assignment(R, 'x', start, end)] }).trainees[0]?.windows.map((w) => [w.start, w.end, w.days]);
    expect(windowsOf('2026-08-01', '2026-08-31')).toEqual([['2026-08-01', '2026-08-31', 31]]);
    expect(windowsOf('2026-07-01', '2026-08-28')).toEqual([
      ['2026-07-01', '2026-07-28', 28],
      ['2026-07-29', '2026-08-28', 31],
    ]);
    // 62 days = 28 + 34: the 6-day tail is merged (issue 10 item 3), not averaged on its own.
    expect(windowsOf('2026-07-01', '2026-08-31')).toEqual([
      ['2026-07-01', '2026-07-28', 28],
      ['2026-07-29', '2026-08-31', 34],
    ]);
    expect(windowsOf('2026-07-01', '2026-07-14')).toEqual([['2026-07-01', '2026-07-14', 14]]);
  });
});

describe("the rolling 28-day option ('rolling-28', not the ACGME method)", () => {
  it('flags a heavy stretch that straddles two rotations, once per run of windows', () => {
    // 16-hour days (07:00–23:00) on Jul 15–Aug 11 except Sundays (Jul 19, 26, Aug 2, 9):
    // 12 days in each rotation → 192 h per rotation window = 48 h/week, compliant by rotation.
    // Rolling: the window Jul 11–Aug 7 holds Jul 15–Aug 7 = 24 days − 3 Sundays = 21 × 16 = 336 h
    // → 84 h/week; windows ending Aug 5 (19 days, 304 h) and Aug 6 (20 days, 320 h = 80.0) do not
    // exceed, and windows ending Aug 7 … Aug 14 all do (Aug 15: 20 days again), so one finding.
    const options = { trainees: [trainee(R)], assignments: [assignment(R, 'a', '2026-07-01', '2026-07-28'), assignment(R, 'b', '2026-07-29', '2026-08-25')] };
    const periods = dates('2026-07-15', '2026-08-11')
      .filter((d) => d.weekday !== 7)
      .map((d) => period(R, 'clinical', d.date, '07:00', 16));
    expect(periods).toHaveLength(24);
    expect(auditWorkHours(periods, options).findings).toEqual([]);
    const rolling = auditWorkHours(periods, { ...options, averaging: 'rolling-28' });
    expect(rolling.findings.map((f) => [f.code, f.window, f.measured])).toEqual([['work-hours/weekly-80', { start: '2026-07-11', end: '2026-08-07' }, 84]]);
    expect(rolling.findings[0]?.message).toContain('rolling 28-day window');
  });
});
