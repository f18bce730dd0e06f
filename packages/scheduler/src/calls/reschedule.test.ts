import { describe, expect, it } from 'vitest';
import { callWeek } from './__fixtures__/small';
import { readCallSchedule } from './read';
import { rescheduleCalls } from './reschedule';

// A hand-made week, Tue Sept 1 – Mon Sept 7: one 24 + 4 h in-house call a
// night (07:00 → 11:00 the next day), no base shifts, four residents.
const problem = { ...callWeek('2026-09-01', '2026-09-07', ['r1', 'r2', 'r3', 'r4']), id: 'sick-week' };

// Seven nights, four residents: 7 × 28 = 196 h; a 7-day window allows 80 h
// (two calls, 56 h) and ⌈7 / 3⌉ = 3 calls, one day off each. Hand schedule:
// Sept 1 r1, 2 r2, 3 r3, 4 r4, 5 r1, 6 r2, 7 r3.
const hand = ['r1', 'r2', 'r3', 'r4', 'r1', 'r2', 'r3'].map((id, k) => ({
  id: `ward/2026-09-0${k + 1}/${id}`,
}));

describe('rescheduleCalls after a sick call', () => {
  it('refuses a time limit that is not a positive number of seconds, as scheduleCalls does', async () => {
    const schedule = readCallSchedule({ problem, shifts: hand, workPeriods: [] });
    await expect(rescheduleCalls(schedule, { kind: 'sick', traineeId: 'r3', start: '2026-09-03' }, { timeLimitSeconds: 0 })).rejects.toMatchObject({
      name: 'SchedulingInputError',
      path: ['options', 'timeLimitSeconds'],
      message: 'options.timeLimitSeconds: 0 is not a positive number of seconds',
    });
  });

  it('locks the work already done and moves the fewest calls: exactly two here, worked out by hand', async () => {
    const schedule = readCallSchedule({
      problem,
      shifts: hand,
      workPeriods: [],
    });
    // r3 calls in sick for Sept 3 (leave that day: 6 counted days, 68.6 h).
    // Sept 1 (r1) and 2 (r2) are done and locked. Who takes the 3rd
    // (07:00 → Sept 4 11:00)? r2 is on duty until 11:00 on the 3rd (overlap);
    // r4's own call of the 4th would start at 07:00 on the 4th (overlap);
    // r1 would have the 1st, 3rd and 5th: 84 h > 80. No single move works.
    // Two moves do: r1 takes the 3rd and r3 the 5th (r3: 5th and 7th, 56 h),
    // or r4 takes the 3rd and r3 the 4th. (Unlocked, r2 could also take the
    // 3rd and give the done 2nd to r4 — two moves too: the lock rules it out.)
    // So: 2 removed, 2 added, none before the 3rd.
    const result = await rescheduleCalls(schedule, {
      kind: 'sick',
      traineeId: 'r3',
      start: '2026-09-03',
    });
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.diff.removed).toHaveLength(2);
    expect(result.diff.added).toHaveLength(2);
    for (const s of [...result.diff.removed, ...result.diff.added]) expect(s.date >= '2026-09-03').toBe(true);
    expect(result.diff.removed.map((s) => s.id)).toContain('ward/2026-09-03/r3');
    expect(result.schedule.shifts.filter((s) => s.date < '2026-09-03').map((s) => s.id)).toEqual(['ward/2026-09-01/r1', 'ward/2026-09-02/r2']);
    expect(result.schedule.shifts).toHaveLength(7);
    expect(result.schedule.audit.findings.filter((f) => f.severity === 'error')).toEqual([]);
  }, 60_000);
});
