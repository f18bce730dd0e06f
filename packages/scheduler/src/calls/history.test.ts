import { describe, expect, it } from 'vitest';
import { callWeek, nightFloat } from './__fixtures__/small';
import { CallHistorySchema, historyOf } from './history';
import { prepareCalls } from './prepare';
import { readCallSchedule } from './read';
import { scheduleCalls } from './schedule-calls';

// Hand-worked month boundaries (expected values from the rules, not the solver):
// 24-hour in-house call from 07:00 with 4 h of transition (ends 11:00 the next
// day), one trainee a night, no base shifts, Los Angeles (PDT, -07:00).
const problem = callWeek;

const next = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The two periods of one logged 24 + 4 call starting at 07:00 on `date`. */
const call = (traineeId: string, date: string): unknown[] => [
  {
    traineeId,
    start: `${date}T07:00:00-07:00`,
    end: `${next(date)}T07:00:00-07:00`,
    kind: 'in-house-call' as const,
  },
  {
    traineeId,
    start: `${next(date)}T07:00:00-07:00`,
    end: `${next(date)}T11:00:00-07:00`,
    kind: 'transition-of-care' as const,
    newPatientCare: false,
  },
];

const errorsOf = (r: { audit: { findings: readonly { severity: string }[] } }) => r.audit.findings.filter((f) => f.severity === 'error');
const who = (r: { shifts: readonly { date: string; traineeId: string }[] }) => r.shifts.map((s) => `${s.date} ${s.traineeId}`);

describe('history: the previous month reaches into the new one', () => {
  // r1 was on call the last night of August (31st 07:00 → Sept 1st 11:00);
  // the history is the four weeks before September, so the month's one
  // window runs Aug 4 – Sept 3 (31 days: no averaged limit binds here).
  // Sept 1st: r1 is still on duty at 07:00 (overlap) → r2. Sept 2nd: r2 is
  // post-call (post-call day off, and 14 h after 24 run to 01:00 on the 3rd)
  // → r1. Sept 3rd: r1 post-call → r2. Only one schedule remains.
  const history = CallHistorySchema.parse({
    start: '2026-08-04',
    workPeriods: call('r1', '2026-08-31'),
  });

  it('keeps a trainee post-call from the last night of the previous month off the 1st', async () => {
    const result = await scheduleCalls(problem('2026-09-01', '2026-09-03', ['r1', 'r2']), { history });
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(who(result)).toEqual(['2026-09-01 r2', '2026-09-02 r1', '2026-09-03 r2']);
    expect(errorsOf(result)).toEqual([]);
    // The history used is stored, and the audit's window starts on its first day.
    expect(result.history?.workPeriods).toHaveLength(2);
    const r1 = result.audit.trainees.find((t) => t.traineeId === 'r1');
    expect(r1?.windows.map((w) => [w.start, w.end])).toEqual([['2026-08-04', '2026-09-03']]);
  }, 60_000);

  it('is re-verified when the schedule is read back, and a history that contradicts it is refused', async () => {
    const result = await scheduleCalls(problem('2026-09-01', '2026-09-03', ['r1', 'r2']), { history });
    if (result.status !== 'scheduled') throw new Error('the boundary month is feasible');
    const stored: unknown = JSON.parse(JSON.stringify(result));
    expect(readCallSchedule(stored).shifts).toEqual(result.shifts);
    // Put r2 on call on August 31st instead: r2's call of September 1st now overlaps it.
    const tampered = {
      ...result,
      history: { ...history, workPeriods: call('r2', '2026-08-31') },
    };
    expect(() => readCallSchedule(JSON.parse(JSON.stringify(tampered)))).toThrow(/r2/);
  }, 60_000);

  it('refuses history periods starting on or after the first day', async () => {
    await expect(
      scheduleCalls(problem('2026-09-01', '2026-09-03', ['r1', 'r2']), {
        history: CallHistorySchema.parse({
          start: '2026-08-31',
          workPeriods: call('r1', '2026-09-01'),
        }),
      })
    ).rejects.toThrow(/history\.workPeriods\[0\]\.start/);
  });

  // q3 across the boundary (CPR 6.27). History Aug 25–31 and the week of
  // Sept 1–7 are one 14-day window: at most ⌈14 / 3⌉ = 5 in-house calls each
  // (and 80 × 14 / 7 = 160 h: r1's 5 × 28 = 140 h fit; ⌊14 / 7⌋ = 2 days off:
  // r1's week has 6 free days).
  // r1 had 4 (25th, 27th, 29th, 31st) → 1 left; r2 had 3 (26th, 28th, 30th)
  // → 2 left; r3 had none, but post-call days allow at most every other
  // night, 4 of 7 (1st, 3rd, 5th, 7th). 1 + 2 + 4 = 7 = the week's nights,
  // so r3 takes the odd nights and r1, r2 share the 2nd, 4th and 6th.
  it('counts the previous month’s calls in the q3 window that crosses the boundary', async () => {
    const workPeriods = [...['25', '27', '29', '31'].flatMap((d) => call('r1', `2026-08-${d}`)), ...['26', '28', '30'].flatMap((d) => call('r2', `2026-08-${d}`))];
    const result = await scheduleCalls(problem('2026-09-01', '2026-09-07', ['r1', 'r2', 'r3']), { history: CallHistorySchema.parse({ start: '2026-08-25', workPeriods }) });
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.callCounts).toEqual({ r1: 1, r2: 2, r3: 4 });
    expect(result.shifts.filter((s) => s.traineeId === 'r3').map((s) => s.date)).toEqual(['2026-09-01', '2026-09-03', '2026-09-05', '2026-09-07']);
    expect(errorsOf(result)).toEqual([]);
    const r1 = result.audit.trainees.find((t) => t.traineeId === 'r1');
    expect(r1?.windows[0]?.inHouseCalls).toBe(5);
  }, 60_000);

  it('historyOf takes a schedule’s first day, work periods and vacations', async () => {
    const august = await scheduleCalls(problem('2026-08-25', '2026-08-31', ['r1', 'r2', 'r3']));
    if (august.status !== 'scheduled') throw new Error('the week is feasible');
    const h = historyOf(august);
    expect(h.start).toBe('2026-08-25');
    expect(h.workPeriods).toEqual(august.workPeriods);
    const september = await scheduleCalls(problem('2026-09-01', '2026-09-07', ['r1', 'r2', 'r3']), { history: h });
    expect(september.status).toBe('scheduled');
    if (september.status !== 'scheduled') return;
    const lastNight = august.shifts.find((s) => s.date === '2026-08-31');
    expect(september.shifts.find((s) => s.date === '2026-09-01')?.traineeId).not.toBe(lastNight?.traineeId);
    expect(errorsOf(september)).toEqual([]);
  }, 60_000);

  // Night float, at most 6 nights in a row (CPR 6.26, the fixture's limit).
  // n1 worked the nights of Aug 27–31 (5 in a row). n2 is on vacation on
  // Sept 3, which the nights of Sept 2 (ending 07:00 on the 3rd) and Sept 3
  // touch: n1 must take both. Were n1 also on Sept 1, the run would be
  // Aug 27 – Sept 3, 8 nights: so n2 takes Sept 1.
  it('counts the previous month’s last night-float nights toward the run limit', async () => {
    const nights = ['27', '28', '29', '30', '31'].map((d) => ({ traineeId: 'n1', start: `2026-08-${d}T19:00:00-07:00`, end: `${next(`2026-08-${d}`)}T07:00:00-07:00`, kind: 'night-float' }));
    const base = nightFloat('2026-09-01', '2026-09-07', ['n1', 'n2']);
    const problem = { ...base, trainees: base.trainees.map((t) => (t.trainee.id === 'n2' ? { ...t, requests: [{ kind: 'vacation', start: '2026-09-03', end: '2026-09-03' }] } : t)) };
    const result = await scheduleCalls(problem, { history: CallHistorySchema.parse({ start: '2026-08-04', workPeriods: nights }) });
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(who(result).slice(0, 3)).toEqual(['2026-09-01 n2', '2026-09-02 n1', '2026-09-03 n1']);
    expect(result.shifts).toHaveLength(7);
    expect(errorsOf(result)).toEqual([]);
  }, 60_000);

  // The program's calls-per-month limit (2 here) when the history ends
  // mid-month: r1 took the calls of Sept 1 and 3, so none of Sept 5–7
  // (otherwise free to: the call of the 3rd ends 11:00 on the 4th, the
  // post-call day). r2 and r3 cover the three nights, one of them twice
  // (5th and 7th): 2 calls, within the limit; the window Sept 1–7 allows
  // 80 h, and that trainee counts 28 + 17 h (the call of the 7th until midnight).
  it('counts the month’s calls already taken toward the program’s monthly limit', async () => {
    const history = CallHistorySchema.parse({ start: '2026-09-01', workPeriods: [...call('r1', '2026-09-01'), ...call('r1', '2026-09-03')] });
    const result = await scheduleCalls({ ...problem('2026-09-05', '2026-09-07', ['r1', 'r2', 'r3']), rules: { maxCallsPerMonth: 2 } }, { history });
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.callCounts.r1).toBe(0);
    expect([result.callCounts.r2, result.callCounts.r3].sort()).toEqual([1, 2]);
    expect(errorsOf(result)).toEqual([]);
  }, 60_000);
});

describe('history: each logged period counts on its local calendar day', () => {
  it('across the fall-back night in Los Angeles (1 November 2026 has 25 hours), as the zone’s wall clock reads it', () => {
    const at = (start: string, end: string) => ({ traineeId: 'r1', start, end, kind: 'clinical' as const });
    const history = {
      start: '2026-10-05',
      workPeriods: [
        at('2026-10-31T23:30:00-07:00', '2026-10-31T23:45:00-07:00'),
        at('2026-11-01T00:30:00-07:00', '2026-11-01T01:30:00-07:00'),
        // 01:30 again, an hour later, after the clocks went back.
        at('2026-11-01T01:30:00-08:00', '2026-11-01T02:00:00-08:00'),
        at('2026-11-01T23:30:00-08:00', '2026-11-01T23:59:00-08:00'),
      ],
      leave: [],
    };
    const p = prepareCalls(callWeek('2026-11-02', '2026-11-08', ['r1', 'r2', 'r3']), history);
    // Day indexes count from the problem's first day, 2 November: 31 October is −2, 1 November −1.
    expect(p.history?.periods[0]?.map((x) => x.day)).toEqual([-2, -1, -1, -1]);
    expect(p.history?.periods[0]?.map((x) => x.hours)).toEqual([0.25, 1, 0.5, 29 / 60]);
  });
});
