import { describe, expect, it } from 'vitest';
import { needs, problem, trainee } from '../__fixtures__/problems';
import { SchedulingInputError } from '../problem/input-error';
import { highsSolver } from '../solver/highs';
import { scheduleBlocks } from './schedule-blocks';
import type { BlockSchedule, ScheduleProgress, ScheduleResult } from './types';

function scheduled(r: ScheduleResult): BlockSchedule {
  if (r.status !== 'scheduled') throw new Error(`expected a schedule, got ${JSON.stringify(r)}`);
  return r;
}
const row = (s: BlockSchedule, id: string) => s.trainees.find((t) => t.traineeId === id)?.blocks.map((b) => b.rotationId ?? b.kind) ?? [];
const icuBlocks = (s: BlockSchedule, id: string) => row(s, id).flatMap((r, i) => (r === 'icu' ? [i + 1] : []));

// One ICU place a block, B on leave July–January, ICU balanced at weight 3.
function icuBalance() {
  const leave = [{ id: 'l1', traineeId: 'B', kind: 'medical', start: '2026-07-01', end: '2027-01-31' }];
  return problem({
    trainees: [trainee('A'), trainee('B', 1, { leave })],
    capacities: [{ rotationId: 'icu', min: 1, max: 1 }, { rotationId: 'research', max: 0 }],
    rules: { balance: [{ select: { categories: ['icu'] }, weight: 3 }] },
  });
}

describe('scheduleBlocks: hand-worked optima', () => {
  it('splits one ICU place per block by preference weight while both meet 4 months', async () => {
    // ICU takes exactly one trainee a block, so the 12 ICU blocks are shared; each needs ≥ 4.
    // Blocks 1–3: B's wish (2 points each) beats A's (1) → 6; blocks 4–6 only A wishes → 3.
    // Giving A blocks 1–6 instead would earn only 6. Optimum 9: A 3 points, B 6.
    const r = scheduled(
      await scheduleBlocks(
        problem({
          trainees: [
            trainee('A', 1, { preferences: [{ rotationId: 'icu', blocks: [1, 2, 3, 4, 5, 6], weight: 1 }] }),
            trainee('B', 1, { preferences: [{ rotationId: 'icu', blocks: [1, 2, 3], weight: 2 }] }),
          ],
          capacities: [{ rotationId: 'icu', min: 1, max: 1 }, { rotationId: 'research', max: 0 }],
          rules: { requirementSets: [needs('icu', 4)] },
        }),
      ),
    );
    expect(r.objective.preferencePoints).toBe(9);
    expect(r.trainees.map((t) => t.preferencePoints)).toEqual([3, 6]);
    expect(icuBlocks(r, 'B').slice(0, 3)).toEqual([1, 2, 3]);
    expect(icuBlocks(r, 'A').filter((b) => b <= 6)).toEqual([4, 5, 6]);
    expect(icuBlocks(r, 'A').length + icuBlocks(r, 'B').length).toBe(12);
    expect(icuBlocks(r, 'A').length).toBeGreaterThanOrEqual(4);
    expect(icuBlocks(r, 'B').length).toBeGreaterThanOrEqual(4);
    expect(r.assignments).toHaveLength(24);
    expect(r.assignments.find((a) => a.id === 'B-b1')).toMatchObject({ rotationId: 'icu', start: '2026-07-01', end: '2026-07-31' });
    expect(r.statistics).toMatchObject({ solver: 'highs', status: 'optimal', solves: 1 });
    // Proved optimal (the default gap is 0): nothing between the schedule and the solver's bound.
    expect(r.statistics.relativeGap).toBe(0);
    expect(r.verification.at(-1)).toContain('2 requirement-set evaluations');
  });

  it('reports its steps in order, and the progress of the solver on the scale of the objective', async () => {
    const steps: ScheduleProgress[] = [];
    const r = scheduled(await scheduleBlocks(icuBalance(), { onProgress: (p) => steps.push(p) }));
    const phases = steps.map((p) => p.phase).filter((ph, i, all) => ph !== all[i - 1]);
    expect(phases).toEqual(['prepare', 'solve', 'verify']);
    // Minimising: no solution so far is better than the one returned, no bound above it.
    const optimum = r.objective.balanceSpread - r.objective.preferencePoints;
    expect(steps.some((q) => q.solver !== undefined)).toBe(true);
    for (const p of steps.filter((q) => q.solver !== undefined)) {
      expect(p.message).toMatch(/after \d+\.\d s$/);
      if (p.solver?.objective != null) expect(p.solver.objective).toBeGreaterThanOrEqual(optimum - 1e-6);
      if (p.solver?.bound != null) expect(p.solver.bound).toBeLessThanOrEqual(optimum + 1e-6);
    }
  });

  it('with worker: true, makes the same schedule in a worker thread', async () => {
    const inWorker = scheduled(await scheduleBlocks(icuBalance(), { worker: true }));
    const inThread = scheduled(await scheduleBlocks(icuBalance()));
    expect(inWorker.assignments).toEqual(inThread.assignments);
    expect(inWorker.objective).toEqual(inThread.objective);
  });

  it('reports the balance spread of the grid: 7 and 5 ICU blocks at weight 3 cost 6', async () => {
    // One ICU place a block, filled every block. B is on leave July–January
    // (blocks 1–7), so A takes ICU in those 7; balance then gives B all of
    // blocks 8–12: 7 / 5, spread 2, cost 2 × 3 = 6.
    const parts = icuBalance();
    const r = scheduled(await scheduleBlocks(parts));
    expect([icuBlocks(r, 'A').length, icuBlocks(r, 'B').length]).toEqual([7, 5]);
    expect(r.objective.balanceSpread).toBe(6);
    // Stopped at its first schedule, the spread is still the grid's, whatever the split.
    const first = scheduled(await scheduleBlocks(parts, { firstSchedule: true }));
    expect(first.objective.balanceSpread).toBe(3 * Math.abs(icuBlocks(first, 'A').length - icuBlocks(first, 'B').length));
  });

  it('gives the same schedule through the worker-thread solver', async () => {
    // The balance problem above: A 7 ICU blocks, B 5, spread cost 6.
    const parts = icuBalance();
    const inThread = scheduled(await scheduleBlocks(parts));
    const inWorker = scheduled(await scheduleBlocks(parts, { solver: highsSolver({ worker: true }) }));
    expect(inWorker.objective.balanceSpread).toBe(6);
    // Timing is the one part of a result that differs between identical runs.
    expect({ ...inWorker, timing: null }).toEqual({ ...inThread, timing: null });
  });

  it('keeps a prerequisite: two research blocks before any ICU', async () => {
    // ICU in block 1 is wished (5) but impossible; ICU ≥ 1 month is required, so
    // two research blocks (−1 each) must come first: best −2.
    const r = scheduled(
      await scheduleBlocks(
        problem({
          trainees: [trainee('A', 1, { preferences: [{ rotationId: 'icu', blocks: [1], weight: 5 }, { rotationId: 'research', weight: -1 }] })],
          rules: { requirementSets: [needs('icu', 1)], prerequisites: [{ first: { categories: ['research'] }, then: { rotationIds: ['icu'] }, minBlocks: 2 }] },
        }),
      ),
    );
    expect(r.objective.preferencePoints).toBe(-2);
    const blocks = row(r, 'A');
    const research = blocks.flatMap((x, i) => (x === 'research' ? [i] : []));
    expect(research).toHaveLength(2);
    expect(blocks.indexOf('icu')).toBeGreaterThan(Math.max(...research));
  });

  it('keeps a consecutive limit: at most 8 of 12 blocks in ICU with no three in a row', async () => {
    // Every third block must break a run of two: II.II.II.II. gives 8.
    const r = scheduled(
      await scheduleBlocks(problem({ trainees: [trainee('A', 1, { preferences: [{ rotationId: 'icu', weight: 1 }] })], rules: { maxConsecutive: [{ select: { categories: ['icu'] }, max: 2 }] } })),
    );
    expect(r.objective.preferencePoints).toBe(8);
    expect(icuBlocks(r, 'A')).toHaveLength(8);
  });

  it('places one vacation block where allowed and wished, dated as leave', async () => {
    const r = scheduled(
      await scheduleBlocks(
        problem({
          trainees: [trainee('A', 1, { preferences: [{ vacation: true, blocks: [7], weight: 3 }] })],
          rules: { vacation: { blocksPerYear: 1, allowedBlocks: [6, 7] } },
        }),
      ),
    );
    expect(r.vacations).toEqual([{ id: 'A-v7', traineeId: 'A', start: '2027-01-01', end: '2027-01-31', kind: 'vacation' }]);
    expect(r.assignments).toHaveLength(11);
    expect(r.objective.preferencePoints).toBe(3);
  });

  it('keeps grouped blocks together in runs of three', async () => {
    // Research is wished in blocks 1 and 12 only (1 point each) but must come in runs of 3:
    // 1–3 and 10–12 earn 2 points; wishes against research elsewhere do not exist, so 2 is the optimum.
    const r = scheduled(
      await scheduleBlocks(
        problem({
          trainees: [trainee('A', 1, { preferences: [{ rotationId: 'research', blocks: [1, 12], weight: 1 }, { rotationId: 'ward', weight: 0.1 }] })],
          rules: { together: [{ select: { categories: ['research'] }, length: 3 }] },
        }),
      ),
    );
    // Each research run costs three ward blocks (0.3) for 1 point: both runs pay. 2 + 0.1 × 6 = 2.6.
    expect(r.objective.preferencePoints).toBeCloseTo(2.6, 6);
    expect(row(r, 'A')).toEqual(['research', 'research', 'research', 'ward', 'ward', 'ward', 'ward', 'ward', 'ward', 'research', 'research', 'research']);
  });
});

describe('scheduleBlocks: infeasible problems explained', () => {
  it('answers supply against demand without a search', async () => {
    // Three trainees need 5 ICU months each = 15 trainee-blocks; one ICU place × 12 blocks = 12.
    const r = await scheduleBlocks(
      problem({ trainees: [trainee('A'), trainee('B'), trainee('C')], capacities: [{ rotationId: 'icu', max: 1 }], rules: { requirementSets: [needs('icu', 5)] } }),
    );
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.explanation.method).toBe('supply-demand');
    expect(r.explanation.rules).toHaveLength(1);
    expect(r.explanation.rules[0]).toMatchObject({ kind: 'supply', relaxBy: 3, unit: 'trainee-blocks' });
    expect(r.explanation.summary).toContain('needs at least 15 trainee-blocks from 3 trainees');
    expect(r.explanation.summary).toContain('gives at most 12');
  });

  it('shrinks a conflict to three capacity blocks and the consecutive limit', async () => {
    // One trainee must staff ICU every block but may not do three in a row: any three
    // consecutive staffing minimums plus the limit conflict; nothing smaller does.
    const r = await scheduleBlocks(
      problem({ trainees: [trainee('A')], capacities: [{ rotationId: 'icu', min: 1 }], rules: { maxConsecutive: [{ select: { rotationIds: ['icu'] }, max: 2 }] } }),
    );
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    const { rules, method } = r.explanation;
    expect(method).toBe('conflict');
    expect(rules.map((x) => x.kind).sort()).toEqual(['capacity', 'capacity', 'capacity', 'consecutive']);
    const blocks = rules.filter((x) => x.kind === 'capacity').map((x) => Number(/block (\d+)/.exec(x.rule)?.[1]));
    expect(blocks).toHaveLength(3);
    expect(Math.max(...blocks) - Math.min(...blocks)).toBe(2);
    // Each alone can give: one trainee fewer in one block, or one more consecutive block.
    expect(rules.map((x) => x.relaxBy)).toEqual([1, 1, 1, 1]);
    expect(r.explanation.summary).toContain('at most 2 consecutive blocks of ICU');
    // Irreducible: the four rules alone conflict, and any three of them do not.
    const only = (capBlocks: number[], limit: boolean) =>
      scheduleBlocks(problem({ trainees: [trainee('A')], capacities: [{ rotationId: 'icu', min: 1, blocks: capBlocks }], rules: limit ? { maxConsecutive: [{ select: { rotationIds: ['icu'] }, max: 2 }] } : {} }));
    expect((await only(blocks, true)).status).toBe('infeasible');
    expect((await only(blocks, false)).status).toBe('scheduled');
    for (const b of blocks) expect((await only(blocks.filter((x) => x !== b), true)).status).toBe('scheduled');
  });
});

describe('scheduleBlocks: minimal-change re-solve', () => {
  it('moves one other trainee when a leave empties an ICU block: 2 changed trainee-blocks', async () => {
    const month = (m: number) => {
      const y = m <= 6 ? 2027 : 2026;
      const mm = String(m).padStart(2, '0');
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${last}` };
    };
    const order = [7, 8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6];
    const icuOf = (b: number) => (b <= 4 ? 'A' : b <= 8 ? 'B' : 'C');
    const previous = ['A', 'B', 'C'].flatMap((id) => order.map((m, i) => ({ id: `${id}-p${i + 1}`, traineeId: id, rotationId: icuOf(i + 1) === id ? 'icu' : 'ward', ...month(m) })));
    const r = scheduled(
      await scheduleBlocks(
        problem({
          trainees: [trainee('A'), trainee('B', 1, { leave: [{ id: 'l1', traineeId: 'B', kind: 'medical', start: '2026-12-01', end: '2026-12-31' }] }), trainee('C')],
          capacities: [{ rotationId: 'icu', min: 1, max: 1 }, { rotationId: 'research', max: 0 }],
          previous,
        }),
      ),
    );
    // Block 6 is December: B's ICU block goes (forced), and A or C must cover ICU there.
    expect(r.objective.changes).toBe(2);
    expect(r.diff).toHaveLength(2);
    expect(r.diff).toContainEqual({ traineeId: 'B', block: 6, from: 'icu', to: null });
    expect(r.diff.some((d) => d.block === 6 && d.from === 'ward' && d.to === 'icu')).toBe(true);
    expect(r.statistics.solves).toBe(2);
  });
});

describe('scheduleBlocks: bad input', () => {
  it('throws SchedulingInputError with the path of an unknown rotation', async () => {
    const err = await scheduleBlocks(problem({ trainees: [trainee('A')], capacities: [{ rotationId: 'nope', max: 1 }] })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SchedulingInputError);
    expect((err as SchedulingInputError).path).toEqual(['capacities', 0, 'rotationId']);
    expect((err as Error).message).toMatch(/^capacities\[0\]\.rotationId: unknown rotation "nope"/);
  });

  it('throws with the zod path of a schema issue', async () => {
    const err = await scheduleBlocks(problem({ trainees: [] })).catch((e: unknown) => e);
    expect((err as SchedulingInputError).path).toEqual(['trainees']);
  });
});
