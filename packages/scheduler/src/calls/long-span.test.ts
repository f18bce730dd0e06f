import { describe, expect, it } from 'vitest';
import { wardMonth } from './__fixtures__/months';
import { historyOf } from './history';
import { provedStatistics } from './long-span';
import { scheduleCalls } from './schedule-calls';
import type { SolverAdapter } from '../solver/adapter';
import { highsSolver } from '../solver/highs';
import type { CallSchedule } from './types';

// Twelve weeks, Mon 2026-08-03 to Sun 2026-10-25: 84 days, three 28-day
// averaging windows (Aug 3–30, Aug 31–Sep 27, Sep 28–Oct 25), one 24-hour
// in-house call a night shared by four residents, at most 8 calls in a
// calendar month. Hand arithmetic: 84 calls; per window each resident takes
// at most ⌈28 / 3⌉ = 10 (q3, CPR 6.27); August's 29 nights (3rd–31st) fit
// 4 × 8 = 32, September's 30 too; nobody is on call two nights running
// (post-call day off), across a window boundary included.
const quarter = (n: number) => ({ ...wardMonth(n), id: `ward-quarter-${n}`, end: '2026-10-25', rules: { maxCallsPerMonth: 8 } });

const errorsOf = (r: CallSchedule) => r.audit.findings.filter((f) => f.severity === 'error');
const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

function checkQuarter(r: CallSchedule): void {
  expect(r.shifts).toHaveLength(84);
  expect(new Set(r.shifts.map((s) => s.date)).size).toBe(84);
  expect(errorsOf(r)).toEqual([]);
  const first = dayNumber('2026-08-03');
  for (const id of ['r1', 'r2', 'r3', 'r4']) {
    const days = r.shifts.filter((s) => s.traineeId === id).map((s) => dayNumber(s.date));
    for (let w = 0; w < 3; w++) expect(days.filter((d) => d >= first + 28 * w && d < first + 28 * (w + 1)).length).toBeLessThanOrEqual(10);
    for (const month of ['2026-08', '2026-09', '2026-10']) expect(r.shifts.filter((s) => s.traineeId === id && s.date.startsWith(month)).length).toBeLessThanOrEqual(8);
    for (let i = 1; i < days.length; i++) expect((days[i] ?? 0) - (days[i - 1] ?? 0)).toBeGreaterThanOrEqual(2);
  }
}

describe('scheduleCalls over more than two averaging windows', () => {
  it('solves a 12-week quarter one window at a time, and the joined schedule audits clean as a whole', async () => {
    const r = await scheduleCalls(quarter(4));
    expect(r.status).toBe('scheduled');
    if (r.status !== 'scheduled') return;
    checkQuarter(r);
    // One solve (at least) per window; the audit's windows are the three the model used.
    expect(r.statistics.solves).toBeGreaterThanOrEqual(3);
    expect(r.audit.trainees.find((t) => t.traineeId === 'r1')?.windows.map((w) => [w.start, w.end])).toEqual([
      ['2026-08-03', '2026-08-30'],
      ['2026-08-31', '2026-09-27'],
      ['2026-09-28', '2026-10-25'],
    ]);
    // Progress (a terminal shows it) names the window each report is about; the result does not depend on it.
    const messages: string[] = [];
    const again = await scheduleCalls(quarter(4), { onProgress: (p) => messages.push(p.message) });
    expect(again.status === 'scheduled' ? again.shifts : null).toEqual(r.shifts);
    expect(messages.length).toBeGreaterThan(0);
    for (const m of messages) expect(m).toMatch(/^2026-\d\d-\d\d to 2026-\d\d-\d\d \(window [123] of 3\): (best so far|no schedule yet)/);
  }, 180_000);

  it('with spanTimeLimitSeconds, gives each window a share of the time left: the first two of four shares, the last what the others left', async () => {
    const limits: number[] = [];
    const inner = highsSolver();
    const recording: SolverAdapter = {
      name: 'highs',
      solve: (model, o) => {
        limits.push(o?.timeLimitSeconds ?? Number.POSITIVE_INFINITY);
        return inner.solve(model, o);
      },
    };
    const began = performance.now();
    const r = await scheduleCalls(quarter(4), { solver: recording, spanTimeLimitSeconds: 30 });
    const seconds = (performance.now() - began) / 1000;
    expect(r.status).toBe('scheduled');
    if (r.status !== 'scheduled') return;
    checkQuarter(r);
    // Three windows, the first counted twice: at most 30 · 2 / 4 = 15 s for it.
    expect(limits[0]).toBeLessThanOrEqual(15);
    expect(limits[0]).toBeGreaterThan(15 - seconds);
    // The last window gets all that is left of the 30 s, less what the span took so far.
    expect(limits.at(-1)).toBeGreaterThan(30 - seconds - 1);
    expect(limits.at(-1)).toBeLessThanOrEqual(30);
    // Each window solves well within its share here, so the schedule is the one found without a limit.
    const free = await scheduleCalls(quarter(4), { solver: highsSolver() });
    expect(free.status === 'scheduled' ? free.shifts : null).toEqual(r.shifts);
  }, 180_000);

  it('solves it as one model with wholeSpan, under the same rules', async () => {
    const r = await scheduleCalls(quarter(4), { wholeSpan: true });
    expect(r.status).toBe('scheduled');
    if (r.status !== 'scheduled') return;
    checkQuarter(r);
    const windowed = await scheduleCalls(quarter(4));
    if (windowed.status !== 'scheduled') throw new Error('the quarter is feasible');
    // The whole model holds three windows' items; each window's model one.
    expect(r.statistics.variables).toBeGreaterThan(2 * windowed.statistics.variables);
  }, 180_000);

  it('after a history month, cuts the windows from the first day of the history', async () => {
    // July 6 – Aug 2 (28 days) first; the quarter then starts on the day after it,
    // so its windows stay Aug 3–30, Aug 31–Sep 27, Sep 28–Oct 25 after the July window.
    const july = await scheduleCalls({ ...wardMonth(4), id: 'ward-july', start: '2026-07-06', end: '2026-08-02', rules: { maxCallsPerMonth: 8 } });
    if (july.status !== 'scheduled') throw new Error('July is feasible');
    const r = await scheduleCalls(quarter(4), { history: historyOf(july) });
    expect(r.status).toBe('scheduled');
    if (r.status !== 'scheduled') return;
    checkQuarter(r);
    // Nobody on call on Aug 2 (July's last night) is on call again on Aug 3.
    const lastJuly = july.shifts.find((s) => s.date === '2026-08-02')?.traineeId;
    expect(r.shifts.find((s) => s.date === '2026-08-03')?.traineeId).not.toBe(lastJuly);
    // August's limit counts July's calls on Aug 1–2 too.
    for (const id of ['r1', 'r2', 'r3', 'r4']) {
      const august = [...july.shifts, ...r.shifts].filter((s) => s.traineeId === id && s.date.startsWith('2026-08')).length;
      expect(august).toBeLessThanOrEqual(8);
    }
    expect(r.audit.trainees.find((t) => t.traineeId === 'r1')?.windows.map((w) => w.start)).toEqual(['2026-07-06', '2026-08-03', '2026-08-31', '2026-09-28']);
  }, 180_000);

  it('keeps a vacation that crosses a window boundary off call on both sides', async () => {
    // r1 is away Fri Aug 28 – Thu Sep 3: the last three days of window 1 and the first four of window 2.
    const base = quarter(4);
    const problem = { ...base, trainees: base.trainees.map((t) => (t.trainee.id === 'r1' ? { ...t, requests: [{ kind: 'vacation', start: '2026-08-28', end: '2026-09-03' }] } : t)) };
    const r = await scheduleCalls(problem);
    expect(r.status).toBe('scheduled');
    if (r.status !== 'scheduled') return;
    checkQuarter(r);
    expect(r.shifts.filter((s) => s.traineeId === 'r1' && s.date >= '2026-08-28' && s.date <= '2026-09-03')).toEqual([]);
    // Nor any base shift: no work period of r1 touches the vacation.
    expect(r.workPeriods.filter((w) => w.traineeId === 'r1' && w.end.slice(0, 10) >= '2026-08-28' && w.start.slice(0, 10) <= '2026-09-03')).toEqual([]);
  }, 180_000);

  it('names the window and its dates when one cannot be covered', async () => {
    // Two residents: 28 calls a window against 2 × 10 = 20 allowed, so the first window already fails.
    const r = await scheduleCalls(quarter(2));
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.problemId).toBe('ward-quarter-2');
    expect(r.explanation.summary).toMatch(/^2026-08-03 to 2026-08-30 \(window 1 of 3\): /);
  }, 180_000);

  it('balances the span, not each window: the resident back from vacation catches up', async () => {
    // Three residents, one 24 + 4 h call a night for 84 nights; r3 is on
    // vacation Aug 3–7. Window 1 (Aug 3–30) is forced: r1 and r2 may take at
    // most ⌈28 / 3⌉ = 10 each and r3, with 23 days counted, ⌈23 / 3⌉ = 8
    // (q3, CPR 6.27), so 10, 10, 8. Balancing the
    // running totals, window 2 must reach a most of ⌈56 / 3⌉ = 19: 9, 9, 10;
    // window 3 a most of ⌈84 / 3⌉ = 28: 9, 9, 10 again — 28 each. A window
    // balanced on its own is content with any 10, 9, 9.
    const base = wardMonth(3);
    const problem = {
      ...base,
      id: 'ward-quarter-vacation',
      end: '2026-10-25',
      trainees: base.trainees.map((t) => (t.trainee.id === 'r3' ? { ...t, requests: [{ kind: 'vacation' as const, start: '2026-08-03', end: '2026-08-07' }] } : t)),
    };
    const r = await scheduleCalls(problem, { relativeGap: 0 });
    expect(r.status).toBe('scheduled');
    if (r.status !== 'scheduled') return;
    expect(errorsOf(r)).toEqual([]);
    const inWindow = (id: string, w: number) => r.shifts.filter((s) => s.traineeId === id && dayNumber(s.date) - dayNumber('2026-08-03') >= 28 * w && dayNumber(s.date) - dayNumber('2026-08-03') < 28 * (w + 1)).length;
    expect([0, 1, 2].map((w) => ['r1', 'r2', 'r3'].map((id) => inWindow(id, w)))).toEqual([
      [10, 10, 8],
      [9, 9, 10],
      [9, 9, 10],
    ]);
    expect(r.callCounts).toEqual({ r1: 28, r2: 28, r3: 28 });
  }, 180_000);

  it('reports the largest window’s gap, and none when a window stopped without a bound', async () => {
    // HiGHS proves each window optimal (gap 0); a wrapper then hides the second window's gap, as a solver stopped before its first bound would.
    let solves = 0;
    const highs = highsSolver();
    const hiding: SolverAdapter = {
      name: 'highs',
      solve: async (model, limits) => {
        const out = await highs.solve(model, limits);
        solves += 1;
        if (solves !== 2) return out;
        return { status: out.status, objective: out.objective, values: out.values, solverStatus: out.solverStatus, wallMs: out.wallMs };
      },
    };
    const all = await scheduleCalls(quarter(4), { solver: highs, relativeGap: 0 });
    const one = await scheduleCalls(quarter(4), { solver: hiding, relativeGap: 0 });
    expect(all.status === 'scheduled' ? all.statistics.relativeGap : null).toBe(0);
    expect(one.status).toBe('scheduled');
    if (one.status === 'scheduled') expect(one.statistics.relativeGap).toBeUndefined();
  }, 180_000);
});

describe('a window whose bound came after it was returned', () => {
  const statistics = { solver: 'highs', status: 'feasible', variables: 10, constraints: 5, solves: 1 } as const;

  it('takes the gap proved later: within the target it counts as solved to it, beyond only as feasible', async () => {
    expect(await provedStatistics(statistics, Promise.resolve(0.004), 0.01)).toEqual({ ...statistics, status: 'optimal', relativeGap: 0.004 });
    expect(await provedStatistics(statistics, Promise.resolve(0.03), 0.01)).toEqual({ ...statistics, status: 'feasible', relativeGap: 0.03 });
  });

  it('keeps the statistics as they were without a proof, or with a bound that proved nothing', async () => {
    expect(await provedStatistics(statistics, undefined, 0.01)).toBe(statistics);
    expect(await provedStatistics(statistics, Promise.resolve(undefined), 0.01)).toBe(statistics);
  });
});
