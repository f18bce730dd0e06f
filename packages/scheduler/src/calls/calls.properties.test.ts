import { auditWorkHours } from '@gmekit/requirements';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { day, iso } from '../problem/days';
import { problemArb } from './__fixtures__/generated';
import { recordsOf } from './periods';
import { rescheduleCalls } from './reschedule';
import { scheduleCalls } from './schedule-calls';
import { applySwap, swapCandidates } from './swaps';
import type { CallSchedule } from './types';

function auditErrors(s: CallSchedule) {
  const { assignments, leave } = recordsOf(s.problem);
  const limits = { weeklyHours: s.problem.rules.weeklyHours, nightFloatMaxConsecutive: 5 };
  return auditWorkHours(s.workPeriods, { trainees: s.problem.trainees.map((t) => t.trainee), assignments, leave, timeZone: s.problem.timeZone, limits }).findings.filter((f) => f.severity === 'error');
}

const withoutTiming = (s: CallSchedule) => JSON.stringify({ ...s, timing: null });

describe('call schedules over generated months', () => {
  it('every generated schedule audits clean and covers each shift exactly; an infeasible month names open shifts', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (problem) => {
        const result = await scheduleCalls(problem);
        if (result.status === 'infeasible') {
          expect(result.explanation.shortfalls.length).toBeGreaterThan(0);
          return;
        }
        expect(result.status).toBe('scheduled');
        if (result.status !== 'scheduled') return;
        expect(auditErrors(result)).toEqual([]);
        const perNight = new Map<string, number>();
        for (const s of result.shifts) perNight.set(`${s.coverageId}/${s.date}`, (perNight.get(`${s.coverageId}/${s.date}`) ?? 0) + 1);
        for (const n of perNight.values()) expect(n).toBe(1);
      }),
      { numRuns: 12, seed: 1301 },
    );
  }, 120_000);

  it('is deterministic: the same problem gives byte-identical output apart from timing', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, async (problem) => {
        const a = await scheduleCalls(problem);
        const b = await scheduleCalls(problem);
        if (a.status !== 'scheduled' || b.status !== 'scheduled') {
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
          return;
        }
        expect(withoutTiming(b)).toBe(withoutTiming(a));
      }),
      { numRuns: 4, seed: 1302 },
    );
  }, 120_000);

  it('every suggested swap audits clean once applied', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, fc.nat(), async (problem, pick) => {
        const result = await scheduleCalls(problem);
        if (result.status !== 'scheduled' || result.shifts.length === 0) return;
        const shift = result.shifts[pick % result.shifts.length];
        if (shift === undefined) return;
        const list = swapCandidates(result, shift.id);
        expect(list.candidates.length + list.refused.length).toBeGreaterThanOrEqual(problem.trainees.length - 1);
        for (const c of list.candidates) expect(auditErrors(applySwap(result, shift.id, c))).toEqual([]);
      }),
      { numRuns: 10, seed: 1303 },
    );
  }, 120_000);

  it('a re-solve after a sick day changes no more calls than a fresh schedule would, and drops every call touching the sick day', async () => {
    await fc.assert(
      fc.asyncProperty(problemArb, fc.nat(), fc.nat(), async (problem, who, when) => {
        const result = await scheduleCalls(problem);
        if (result.status !== 'scheduled') return;
        const traineeId = `r${(who % problem.trainees.length) + 1}`;
        const date = iso(day(problem.start) + (when % (day(problem.end) - day(problem.start) + 1)));
        const change = { kind: 'sick' as const, traineeId, start: date };
        const again = await rescheduleCalls(result, change);
        if (again.status !== 'scheduled') return;
        expect(auditErrors(again.schedule)).toEqual([]);
        // Calls of that trainee that overlap the sick day (its own, or the day before running into it) must go.
        const from = day(date);
        for (const s of result.shifts.filter((x) => x.traineeId === traineeId && Date.parse(x.end.slice(0, 25)) > Date.parse(`${date}T00:00:00Z`) - 14 * 3_600_000)) {
          if (day(s.date) === from) expect(again.diff.removed.map((r) => r.id)).toContain(s.id);
        }
        // A fresh schedule of the changed problem is another valid answer: the re-solve keeps at least as many calls.
        const changed: Record<string, unknown> = { ...again.schedule.problem };
        delete changed.previous;
        const fresh = await scheduleCalls(changed);
        if (fresh.status !== 'scheduled') return;
        const kept = new Set(fresh.shifts.map((s) => s.id));
        expect(again.diff.removed.length).toBeLessThanOrEqual(result.shifts.filter((s) => !kept.has(s.id)).length);
      }),
      { numRuns: 8, seed: 1304 },
    );
  }, 120_000);
});
