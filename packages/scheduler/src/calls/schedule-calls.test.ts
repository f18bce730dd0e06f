import { describe, expect, it } from 'vitest';
import { wardMonth } from './__fixtures__/months';
import type { SolverAdapter } from '../solver/adapter';
import { scheduleCalls } from './schedule-calls';

// Hand arithmetic: the month is one 28-day averaging window (Aug 3–30), so each
// resident may take at most ⌈28 / 3⌉ = 10 in-house calls (CPR 6.27), and the
// one-a-night ward shift needs 28 calls.
describe('scheduleCalls on a q3 ward month', () => {
  it('covers 28 nights with 3 residents (10 + 9 + 9 at most 10 each), audits clean, and is deterministic', async () => {
    const first = await scheduleCalls(wardMonth(3));
    expect(first.status).toBe('scheduled');
    if (first.status !== 'scheduled') return;
    expect(first.shifts).toHaveLength(28);
    // Stopped within the default 1 % gap, measured on the objective with its constant (base shifts dropped).
    expect(first.statistics.status).toBe('optimal');
    expect(first.statistics.relativeGap).toBeLessThanOrEqual(0.01);
    const counts = Object.values(first.callCounts).sort();
    expect(counts.reduce((a, b) => a + b, 0)).toBe(28);
    for (const n of counts) expect(n).toBeLessThanOrEqual(10);
    expect(first.audit.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // One call a night, each 24 real hours plus 4 of transition with no new patients.
    const calls = first.workPeriods.filter((p) => p.kind === 'in-house-call');
    const transitions = first.workPeriods.filter((p) => p.kind === 'transition-of-care');
    expect(calls).toHaveLength(28);
    expect(transitions).toHaveLength(28);
    for (const t of transitions) expect(t.newPatientCare).toBe(false);
    for (const c of calls) expect(Date.parse(c.end.slice(0, 25)) - Date.parse(c.start.slice(0, 25))).toBe(24 * 3_600_000);
    // 28 days need ⌊28 / 7⌋ = 4 days off each.
    for (const dates of Object.values(first.daysOff)) expect(dates.length).toBeGreaterThanOrEqual(4);
    const again = await scheduleCalls(wardMonth(3));
    expect(again.status === 'scheduled' ? again.shifts : null).toEqual(first.shifts);
  }, 120_000);

  it('with worker: true, makes the same schedule in a worker thread while timers keep firing', async () => {
    let ticks = 0;
    const timer = setInterval(() => { ticks += 1; }, 5);
    const inWorker = await scheduleCalls(wardMonth(3), { worker: true }).finally(() => { clearInterval(timer); });
    const inThread = await scheduleCalls(wardMonth(3));
    expect(inWorker.status).toBe('scheduled');
    expect(inWorker.status === 'scheduled' && inThread.status === 'scheduled' ? inWorker.shifts : null).toEqual(inThread.status === 'scheduled' ? inThread.shifts : undefined);
    expect(ticks).toBeGreaterThan(0);
  }, 120_000);

  it('explains in words why 2 residents cannot cover it: 28 calls needed, 2 × 10 = 20 allowed', async () => {
    const result = await scheduleCalls(wardMonth(2));
    expect(result.status).toBe('infeasible');
    if (result.status !== 'infeasible') return;
    expect(result.explanation.shortfalls.reduce((n, s) => n + s.missing, 0)).toBe(8);
    expect(result.explanation.summary).toContain('needs 28 in-house calls');
    expect(result.explanation.summary).toContain('at most 20');
    expect(result.explanation.summary).toContain('8 short');
  }, 120_000);

  it('does not call a month infeasible when a time limit stopped the search with shifts still open', async () => {
    // A solver that stops at its limit holding an incumbent that leaves every shift open.
    const stopped: SolverAdapter = {
      name: 'stopped',
      solve: (model) => Promise.resolve({ status: 'feasible', objective: null, values: model.variables.map((v) => (v.name.startsWith('u_') ? 1 : 0)), solverStatus: 'Time limit reached', wallMs: 0 }),
    };
    const result = await scheduleCalls(wardMonth(3), { solver: stopped });
    expect(result.status).toBe('no-solution');
    if (result.status === 'no-solution') expect(result.message).toContain('Time limit reached');
  });

  it('refuses a time limit that is not a positive number of seconds, naming the option', async () => {
    await expect(scheduleCalls(wardMonth(3), { spanTimeLimitSeconds: 0 })).rejects.toMatchObject({ name: 'SchedulingInputError', path: ['options', 'spanTimeLimitSeconds'], message: 'options.spanTimeLimitSeconds: 0 is not a positive number of seconds' });
    await expect(scheduleCalls(wardMonth(3), { timeLimitSeconds: Number.NaN })).rejects.toMatchObject({ path: ['options', 'timeLimitSeconds'], message: 'options.timeLimitSeconds: NaN is not a positive number of seconds' });
    await expect(scheduleCalls(wardMonth(3), { timeLimitSeconds: -1 })).rejects.toThrow('options.timeLimitSeconds: -1 is not a positive number of seconds');
  });

  it('refuses a coverage shift of an unknown call type with its path', async () => {
    const bad = { ...wardMonth(3), coverage: [{ id: 'ward', callTypeId: 'nope' }] };
    await expect(scheduleCalls(bad)).rejects.toThrow('coverage[0].callTypeId: unknown call type "nope"');
  });
});
