import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testProgram, trainee } from '../__fixtures__/problems';
import { scheduleBlocks } from './schedule-blocks';
import type { ScheduleResult } from './types';

// Small generated problems: five 73-day blocks (2026-07-01 – 2027-06-30),
// up to four trainees, three rotations, random capacities, rules and wishes.
const rotation = fc.constantFrom('ward', 'icu', 'research');
const block = fc.integer({ min: 1, max: 5 });
const blockStart = (n: number) => new Date(Date.UTC(2026, 6, 1 + (n - 1) * 73)).toISOString().slice(0, 10);

const problemArb = fc
  .record({
    trainees: fc.array(
      fc.record({
        pgy: fc.integer({ min: 1, max: 2 }),
        prefs: fc.array(fc.record({ rotationId: rotation, blocks: fc.uniqueArray(block, { minLength: 1, maxLength: 3 }), weight: fc.integer({ min: -3, max: 3 }).filter((w) => w !== 0) }), { maxLength: 3 }),
        leaveBlock: fc.option(block, { nil: undefined }),
        leaveDays: fc.integer({ min: 5, max: 73 }),
        fixed: fc.option(fc.record({ block, rotationId: rotation }), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    capacities: fc.array(fc.record({ rotationId: rotation, min: fc.integer({ min: 0, max: 1 }), max: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), { maxLength: 3 }),
    icuMonths: fc.integer({ min: 0, max: 5 }),
    maxConsecutive: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
    prerequisite: fc.boolean(),
    vacation: fc.boolean(),
    balance: fc.boolean(),
  })
  .map((g) => ({
    id: 'generated',
    program: testProgram(),
    calendar: { kind: 'custom', lengthDays: 73, startYear: 2026 },
    trainees: g.trainees.map((t, i) => {
      const id = `t${i}`;
      const leave = t.leaveBlock === undefined ? [] : [{ id: `l${i}`, traineeId: id, kind: 'medical', start: blockStart(t.leaveBlock), end: new Date(Date.UTC(2026, 6, 1 + (t.leaveBlock - 1) * 73 + t.leaveDays - 1)).toISOString().slice(0, 10) }];
      const fixed = t.fixed === undefined || t.fixed.block === t.leaveBlock ? [] : [t.fixed];
      return trainee(id, t.pgy, { preferences: t.prefs, leave, fixed });
    }),
    capacities: g.capacities.map(({ max, ...c }) => (max === undefined ? c : { ...c, max })),
    rules: {
      requirementSets:
        g.icuMonths === 0
          ? []
          : [{ id: 'set', programId: 'prog', title: 'ICU', requirements: [{ id: 'icu', title: 'ICU time', sources: [], kind: 'rotation-time', categories: ['icu'], min: { amount: { kind: 'exact', value: g.icuMonths }, unit: 'months' } }] }],
      ...(g.maxConsecutive === undefined ? {} : { maxConsecutive: [{ select: { categories: ['icu'] }, max: g.maxConsecutive }] }),
      ...(g.prerequisite ? { prerequisites: [{ first: { rotationIds: ['ward'] }, then: { rotationIds: ['research'] } }] } : {}),
      ...(g.vacation ? { vacation: { blocksPerYear: 1 } } : {}),
      ...(g.balance ? { balance: [{ select: { categories: ['icu'] } }] } : {}),
    },
  }));

const stable = (r: ScheduleResult) => JSON.stringify(r.status === 'scheduled' ? { ...r, timing: null } : r);

describe('scheduleBlocks on generated problems', () => {
  it('returns only verified schedules or explained infeasibility, identically on a second run, and a re-solve from its own schedule changes nothing', async () => {
    let scheduled = 0;
    let infeasible = 0;
    await fc.assert(
      fc.asyncProperty(problemArb, async (problem) => {
        const first = await scheduleBlocks(problem);
        const second = await scheduleBlocks(problem);
        expect(stable(second)).toBe(stable(first));
        if (first.status === 'infeasible') {
          infeasible += 1;
          expect(first.explanation.summary).toMatch(/^No schedule is possible/);
          return;
        }
        expect(first.status).toBe('scheduled');
        if (first.status !== 'scheduled') return;
        scheduled += 1;
        expect(first.verification).toHaveLength(6);
        // Each trainee-block holds one entry: a rotation, a vacation, leave or nothing.
        for (const t of first.trainees) expect(t.blocks.map((b) => b.block)).toEqual([1, 2, 3, 4, 5]);
        const again = await scheduleBlocks({ ...problem, previous: first.assignments });
        expect(again.status).toBe('scheduled');
        if (again.status === 'scheduled') {
          expect(again.objective.changes).toBe(0);
          expect(again.diff).toEqual([]);
          expect(again.objective.preferencePoints).toBeCloseTo(first.objective.preferencePoints, 6);
        }
      }),
      { numRuns: 25, seed: 20261205 },
    );
    // The generator must exercise both outcomes.
    expect(scheduled).toBeGreaterThan(5);
    expect(infeasible).toBeGreaterThan(0);
  });
});
