import { auditWorkHours } from '@gmekit/requirements';
import { beforeAll, describe, expect, it } from 'vitest';
import { iso, day } from '../problem/days';
import { wardMonth } from './__fixtures__/months';
import { trainee } from './__fixtures__/small';
import { recordsOf } from './periods';
import { rescheduleCalls } from './reschedule';
import { scheduleCalls } from './schedule-calls';
import { applySwap, swapCandidates } from './swaps';
import type { CallSchedule } from './types';

const shifted = (date: string, n: number) => iso(day(date) + n);
const auditErrors = (s: CallSchedule) => {
  const { assignments, leave } = recordsOf(s.problem);
  const report = auditWorkHours(s.workPeriods, { trainees: s.problem.trainees.map((t) => t.trainee), assignments, leave, timeZone: s.problem.timeZone });
  return report.findings.filter((f) => f.severity === 'error');
};

// A 28-night ward month (one 24 + 4 h call a night) shared by four PGY-2
// residents and one PGY-1 whom the program keeps off 24-hour call, r4 on
// vacation Aug 17–21.
let schedule: CallSchedule;
beforeAll(async () => {
  const base = wardMonth(4);
  const problem = {
    ...base,
    trainees: [...base.trainees.map((t) => (t.trainee.id === 'r4' ? { ...t, requests: [{ kind: 'vacation', start: '2026-08-17', end: '2026-08-21' }] } : t)), { trainee: trainee('i1', 1), rotationId: 'wards' }],
    rules: { pgy1: { excludedCallTypes: ['call24'] } },
  };
  const result = await scheduleCalls(problem);
  if (result.status !== 'scheduled') throw new Error('the month is feasible: 28 calls, 3 × 10 + 8 allowed by CPR 6.27');
  schedule = result;
}, 60_000);

describe('swapCandidates', () => {
  it('refuses whoever is on call the night before or after (overlap, post-call day off), the intern and r4 on vacation, in words', () => {
    const shift = schedule.shifts.find((s) => s.date === '2026-08-19');
    if (shift === undefined) throw new Error('every night is covered');
    const list = swapCandidates(schedule, shift.id);
    const reasons = new Map(list.refused.map((r) => [r.traineeId, r.reasons.join(' ')]));
    expect(reasons.get('i1')).toContain('PGY-1');
    expect(reasons.get('r4')).toContain('leave');
    // The 18th's call runs to 11:00 on the 19th, past the 19th's 07:00 start;
    // the 19th's would run to 11:00 on the 20th, past that call's start.
    for (const neighbour of schedule.shifts.filter((s) => s.date === '2026-08-18' || s.date === '2026-08-20')) {
      if (neighbour.traineeId === shift.traineeId) continue;
      const take = list.candidates.find((c) => c.traineeId === neighbour.traineeId && c.kind === 'take');
      expect(take).toBeUndefined();
    }
    // Every trainee but the holder is listed once, as a candidate or a refusal.
    const listed = new Set([...list.candidates.map((c) => c.traineeId), ...list.refused.map((r) => r.traineeId)]);
    expect([...listed].sort()).toEqual(['i1', 'r1', 'r2', 'r3', 'r4'].filter((id) => id !== shift.traineeId));
  });

  it('every candidate, applied, keeps every night covered once and audits clean', () => {
    for (const shift of schedule.shifts.filter((s) => s.date <= '2026-08-10')) {
      for (const c of swapCandidates(schedule, shift.id).candidates) {
        const after = applySwap(schedule, shift.id, c);
        expect(after.shifts).toHaveLength(28);
        expect(new Set(after.shifts.map((s) => s.date)).size).toBe(28);
        expect(after.shifts.find((s) => s.date === shift.date)?.traineeId).toBe(c.traineeId);
        if (c.inReturn !== undefined) expect(after.shifts.some((s) => s.date === c.inReturn?.date && s.traineeId === shift.traineeId)).toBe(true);
        expect(auditErrors(after)).toEqual([]);
      }
    }
  });

  it('names an unknown shift', () => {
    expect(() => swapCandidates(schedule, 'ward/2026-08-19/nobody')).toThrow('no call "ward/2026-08-19/nobody"');
  });
});

describe('rescheduleCalls', () => {
  it('a sick day on a call moves exactly that call (1 removed, 1 added the same night) when someone can take it', async () => {
    const lost = schedule.shifts.find((s) => s.traineeId === 'r1' && s.date >= '2026-08-10');
    if (lost === undefined) throw new Error('r1 has calls');
    // Fewer than one change is impossible (r1 cannot work that day); one suffices when a take exists.
    expect(swapCandidates(schedule, lost.id).candidates.some((c) => c.kind === 'take')).toBe(true);
    const result = await rescheduleCalls(schedule, { kind: 'sick', traineeId: 'r1', start: lost.date });
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.diff.removed.map((s) => s.id)).toEqual([lost.id]);
    expect(result.diff.added).toHaveLength(1);
    expect(result.diff.added[0]?.date).toBe(lost.date);
    expect(result.schedule.changes).toBe(1);
    expect(auditErrors(result.schedule)).toEqual([]);
  }, 60_000);

  it('a departure on Aug 24 moves r2’s calls from the 23rd on (the 23rd’s runs into the 24th) and nothing else', async () => {
    const mustGo = schedule.shifts.filter((s) => s.traineeId === 'r2' && s.date >= shifted('2026-08-24', -1));
    const result = await rescheduleCalls(schedule, { kind: 'departure', traineeId: 'r2', start: '2026-08-24' });
    expect(result.status).toBe('scheduled');
    if (result.status !== 'scheduled') return;
    expect(result.diff.removed.map((s) => s.id).sort()).toEqual(mustGo.map((s) => s.id).sort());
    expect(result.diff.added).toHaveLength(mustGo.length);
    expect(result.schedule.shifts.filter((s) => s.traineeId === 'r2' && s.date >= '2026-08-23')).toEqual([]);
  }, 60_000);

  it('leave after the month changes nothing; an unknown trainee is named with its path', async () => {
    const later = await rescheduleCalls(schedule, { kind: 'leave', traineeId: 'r3', start: '2026-09-10', end: '2026-09-12' });
    expect(later.status === 'scheduled' ? later.diff : null).toEqual({ removed: [], added: [] });
    await expect(rescheduleCalls(schedule, { kind: 'sick', traineeId: 'zz', start: '2026-08-12' })).rejects.toThrow('change.traineeId: unknown trainee "zz"');
  });
});
