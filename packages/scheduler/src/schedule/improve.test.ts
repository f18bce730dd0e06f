import { describe, expect, it } from 'vitest';
import { needs, problem, trainee } from '../__fixtures__/problems';
import { buildRows } from '../build/rows';
import { prepare } from '../problem/prepare';
import type { SolveOptions, SolverAdapter } from '../solver/adapter';
import { highsSolver } from '../solver/highs';
import { type LinearModel, ModelBuilder } from '../solver/linear-model';
import type { SolveCounter } from './counted';
import { gapOf, improveSchedule, objectiveOf, PAUSE_STEPS, shuffled, STALE_STEPS } from './improve';
import { relaxation, restricted } from './restricted';
import { scheduleBlocks } from './schedule-blocks';
import type { BlockSchedule, ScheduleProgress, ScheduleResult } from './types';

/**
 * Three trainees, three rotations, each rotation takes exactly one trainee
 * and each trainee one rotation. Costs (minimised; a wish is negative):
 *
 *          r0  r1  r2
 *     A    -3   0   0
 *     B     0  -2   0
 *     C     0   0  -1
 *
 * Every permutation costs the sum of its diagonal hits, so the optimum is
 * the diagonal, -6, and A→r2, B→r0, C→r1 (no hit) is the worst, 0.
 */
function assignment(): { model: LinearModel; owner: number[]; worst: number[] } {
  const costs = [
    [-3, 0, 0],
    [0, -2, 0],
    [0, 0, -1],
  ];
  const m = new ModelBuilder();
  const x = costs.map((row, t) => row.map((c, r) => {
    const j = m.variable({ name: `x_${t}_${r}`, type: 'binary' });
    m.cost(j, c);
    return j;
  }));
  const at = (t: number, r: number) => x[t]?.[r] ?? -1;
  for (let t = 0; t < 3; t += 1) m.constraint({ name: `one_${t}`, terms: [0, 1, 2].map((r) => ({ variable: at(t, r), coefficient: 1 })), lower: 1, upper: 1 });
  for (let r = 0; r < 3; r += 1) m.constraint({ name: `cap_${r}`, terms: [0, 1, 2].map((t) => ({ variable: at(t, r), coefficient: 1 })), lower: 1, upper: 1 });
  const worst = Array.from({ length: 9 }, () => 0);
  for (const [t, r] of [[0, 2], [1, 0], [2, 1]] as const) worst[at(t, r)] = 1;
  return { model: m.build(), owner: x.flatMap((row, t) => row.map(() => t)), worst };
}

/** HiGHS, remembering every outcome's objective, the limits each solve got and when it started. */
function recording(): { solver: SolverAdapter; objectives: (number | null)[]; limits: SolveOptions[]; at: number[] } {
  const inner = highsSolver();
  const objectives: (number | null)[] = [];
  const limits: SolveOptions[] = [];
  const at: number[] = [];
  return {
    objectives,
    limits,
    at,
    solver: {
      name: inner.name,
      solve: async (model, options) => {
        limits.push(options ?? {});
        at.push(performance.now());
        const out = await inner.solve(model, options);
        objectives.push(out.objective);
        return out;
      },
    },
  };
}

function scheduled(r: ScheduleResult): BlockSchedule {
  if (r.status !== 'scheduled') throw new Error(`expected a schedule, got ${JSON.stringify(r)}`);
  return r;
}

describe('improvement search: the pieces', () => {
  it('measures the gap on the solution, as HiGHS does', () => {
    // 10 between -90 and the bound -100, over |-90|.
    expect(gapOf(-90, -100)).toBeCloseTo(10 / 90, 12);
    expect(gapOf(-100, -100)).toBe(0);
    expect(gapOf(-90, null)).toBe(Number.POSITIVE_INFINITY);
    // Nothing to divide by: a zero objective above its bound has no finite gap.
    expect(gapOf(0, -1)).toBe(Number.POSITIVE_INFINITY);
  });

  it('shuffles the same way for the same seed, and into a permutation', () => {
    expect(shuffled(10, 3)).toEqual(shuffled(10, 3));
    expect([...shuffled(10, 3)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(shuffled(10, 3)).not.toEqual(shuffled(10, 4));
  });

  it('relaxes binaries to [0, 1], and holds chosen integer variables at their values by substituting them out', () => {
    const { model, worst } = assignment();
    expect(relaxation(model).variables.every((v) => v.type === 'continuous' && v.lower === 0 && v.upper === 1)).toBe(true);
    // A held at the worst start (x_0_2 = 1) and substituted out: A's row is
    // satisfied and dropped, r2's row keeps B and C at 1 - 1 = 0.
    const held = restricted(model, worst, (j) => j < 3);
    expect(held.model.variables.map((v) => v.name)).toEqual(['x_1_0', 'x_1_1', 'x_1_2', 'x_2_0', 'x_2_1', 'x_2_2']);
    expect(held.model.constraints.map((c) => [c.name, c.lower, c.upper])).toEqual([
      ['one_1', 1, 1],
      ['one_2', 1, 1],
      ['cap_0', 1, 1],
      ['cap_1', 1, 1],
      ['cap_2', 0, 0],
    ]);
    expect(held.model.objective).toEqual([{ variable: 1, coefficient: -2 }, { variable: 5, coefficient: -1 }]);
    // B on r0 and C on r1, as in the start, expands back to the start.
    expect(held.expand([1, 0, 0, 0, 1, 0])).toEqual(worst);
    expect(objectiveOf(model, worst)).toBe(0);
  });
});

describe('improveSchedule on the 3 × 3 assignment (optimum -6 by hand)', () => {
  it('cuts every solve to the deadline and the small steps to their own cap', async () => {
    const { model, owner, worst } = assignment();
    const rec = recording();
    const began = performance.now();
    await improveSchedule(model, owner, rec.solver, { solves: 0, ms: 0, deadline: began + 30_000 }, { relativeGap: 0, groupSize: 2, start: worst, stepSeconds: 5 });
    // The relaxation gets what is left of the 30 s, each step 5 s (less than what is left).
    expect(rec.limits[0]?.timeLimitSeconds).toBeLessThanOrEqual(30 - ((rec.at[0] ?? 0) - began) / 1000 + 0.05);
    expect(rec.limits[0]?.timeLimitSeconds).toBeGreaterThan(25);
    expect(rec.limits.length).toBeGreaterThan(1);
    expect(rec.limits.slice(1).every((l) => l.timeLimitSeconds === 5 && l.relativeGap === 0)).toBe(true);
  });

  it('reaches the optimum from the worst start and proves it against the relaxation', async () => {
    const { model, owner, worst } = assignment();
    const counter: SolveCounter = { solves: 0, ms: 0 };
    const out = await improveSchedule(model, owner, highsSolver(), counter, { relativeGap: 0, groupSize: 2, start: worst });
    expect(out.objective).toBe(-6);
    // The assignment polytope is integral, so the relaxation's bound is -6 too: gap 0, optimal.
    expect(out.relativeGap).toBe(0);
    expect(out.status).toBe('optimal');
    expect(out.values?.map((v) => Math.round(v))).toEqual([1, 0, 0, 0, 1, 0, 0, 0, 1]);
  });

  it('never accepts a worse step: the progress reports only ever go down', async () => {
    const { model, owner, worst } = assignment();
    const seen: number[] = [];
    const onProgress = (p: ScheduleProgress) => {
      if (p.solver?.objective !== null && p.solver?.objective !== undefined) seen.push(p.solver.objective);
    };
    await improveSchedule(model, owner, highsSolver(), { solves: 0, ms: 0 }, { relativeGap: 0, groupSize: 2, start: worst, onProgress });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(-6);
    for (let i = 1; i < seen.length; i += 1) expect(seen[i]).toBeLessThan(seen[i - 1] ?? Number.POSITIVE_INFINITY);
  });

  it('with one trainee freed at a time and no relaxation step to lean on, keeps the start: no single move is feasible', async () => {
    // Each rotation takes exactly one trainee, so a lone trainee can only stay put.
    const { model, owner, worst } = assignment();
    const rec = recording();
    const noLp: SolverAdapter = { name: 'highs', solve: (m, o) => (m.variables.every((v) => v.type === 'continuous') ? Promise.resolve({ status: 'no-solution', objective: null, values: null, solverStatus: 'skipped', wallMs: 0 }) : rec.solver.solve(m, o)) };
    const out = await improveSchedule(model, owner, noLp, { solves: 0, ms: 0 }, { relativeGap: 0, groupSize: 1, rounds: 1, start: worst });
    expect(out.objective).toBe(0);
    expect(out.status).toBe('feasible');
    // No bound without the relaxation: the gap is unknown, not made up.
    expect(out.relativeGap).toBeUndefined();
    expect(rec.objectives).toEqual([0, 0, 0]);
  });

  // Permutations (A, B, C → rotation) cost: 012 −6, 021 −3, 210 −2, 102 −1, 120 0, 201 0 (the worst start).
  // With relativeGap 1 against the bound −6, a schedule of −3 or less is good enough: (−3 − −6) / 3 = 1.
  it('with a bound from elsewhere, returns the first schedule of its step order within the gap, however late the bound comes', async () => {
    const { model, owner, worst } = assignment();
    const run = async (bound: Promise<number | null>) => {
      const rec = recording();
      const counter: SolveCounter = { solves: 0, ms: 0 };
      const reports: ScheduleProgress[] = [];
      const out = await improveSchedule(model, owner, rec.solver, counter, { relativeGap: 1, groupSize: 2, rounds: 3, start: worst, bound, onProgress: (r) => reports.push(r) });
      return { out, rec, counter, last: reports.at(-1) };
    };
    const early = await run(Promise.resolve(-6));
    // Arrives only after every round is done: the search went on, to the optimum, before it could know.
    const late = await run(new Promise((resolve) => setTimeout(() => { resolve(-6); }, 300)));
    expect(early.out.objective).toBeLessThanOrEqual(-3);
    expect(early.out.status).toBe('optimal');
    expect(early.out.relativeGap).toBeLessThanOrEqual(1);
    expect(late.out.values).toEqual(early.out.values);
    expect(late.out.objective).toBe(early.out.objective);
    expect(late.rec.objectives).toContain(-6);
    // The last report names the schedule returned (not the optimum found after it), and its gap to −6.
    expect(late.out.objective).toBeGreaterThan(-6);
    expect(late.last?.message).toMatch(/^improvement search: returns the first schedule within the gap -?\d/);
    expect(late.last?.solver?.objective).toBe(late.out.objective);
    expect(late.last?.solver?.relativeGap).toBe(late.out.relativeGap);
    expect(late.counter.solves).toBeGreaterThan(early.counter.solves);
    // No relaxation solved here, and so no RINS step: every solve was a small MIP.
    expect(late.rec.limits.every((l) => l.presolve === undefined)).toBe(true);
    expect(late.rec.limits.every((l) => l.start !== undefined)).toBe(true);
  });

  it('with a bound that may trail, stops waiting at the deadline, returns its best and proves that schedule once the bound comes', async () => {
    const { model, owner, worst } = assignment();
    let arrive: (b: number | null) => void = () => undefined;
    const bound = new Promise<number | null>((resolve) => { arrive = resolve; });
    const began = performance.now();
    const out = await improveSchedule(model, owner, highsSolver(), { solves: 0, ms: 0, deadline: began + 1_500 }, { relativeGap: 1, groupSize: 2, rounds: 3, start: worst, bound, boundMayTrail: true });
    // Every round done (the optimum −6 found) and no bound by the deadline: the best, its gap not known yet.
    expect(out.objective).toBe(-6);
    expect(out.status).toBe('feasible');
    expect(out.relativeGap).toBeUndefined();
    expect(out.proof).toBeDefined();
    // The bound −7.5 then proves (−6 − −7.5) / 6 = 25 %.
    arrive(-7.5);
    expect(await out.proof).toBeCloseTo(0.25, 12);
  });

  it('with a bound that may trail but comes in time, chooses as it always does and leaves nothing to prove later', async () => {
    const { model, owner, worst } = assignment();
    const out = await improveSchedule(model, owner, highsSolver(), { solves: 0, ms: 0, deadline: performance.now() + 30_000 }, { relativeGap: 1, groupSize: 2, rounds: 3, start: worst, bound: Promise.resolve(-6), boundMayTrail: true });
    expect(out.objective).toBeLessThanOrEqual(-3);
    expect(out.status).toBe('optimal');
    expect(out.proof).toBeUndefined();
  });

  it('with a bound that may trail and proves nothing (none came), proves no gap later either', async () => {
    const { model, owner, worst } = assignment();
    let arrive: (b: number | null) => void = () => undefined;
    const bound = new Promise<number | null>((resolve) => { arrive = resolve; });
    const out = await improveSchedule(model, owner, highsSolver(), { solves: 0, ms: 0, deadline: performance.now() + 100 }, { relativeGap: 0.01, groupSize: 2, rounds: 1, start: worst, bound, boundMayTrail: true });
    arrive(null);
    expect(await out.proof).toBeUndefined();
  });

  it('runs its meanwhile work once, after steps that found nothing better and before the bound, without changing the answer', async () => {
    const { model, owner, worst } = assignment();
    const run = async (meanwhile?: () => void) => {
      const rec = recording();
      let arrived = false;
      const bound = new Promise<number | null>((resolve) => setTimeout(() => { arrived = true; resolve(-6); }, 300));
      const ran: { solves: number; arrived: boolean }[] = [];
      const work = meanwhile === undefined ? undefined : () => { ran.push({ solves: rec.objectives.length, arrived }); meanwhile(); };
      const out = await improveSchedule(model, owner, rec.solver, { solves: 0, ms: 0 }, { relativeGap: 1, groupSize: 2, rounds: 3, start: worst, bound, ...(work === undefined ? {} : { meanwhile: work }) });
      return { out, rec, ran };
    };
    let calls = 0;
    const withWork = await run(() => { calls += 1; });
    const without = await run();
    expect(calls).toBe(1);
    const at = withWork.ran[0];
    expect(at?.arrived).toBe(false);
    // The last STALE_STEPS solves before it found nothing better than the best before them (the worst start costs 0).
    const objectives = withWork.rec.objectives.slice(0, at?.solves ?? 0).map((o) => o ?? Number.POSITIVE_INFINITY);
    const best = Math.min(0, ...objectives.slice(0, -STALE_STEPS));
    expect(objectives.length).toBeGreaterThanOrEqual(STALE_STEPS);
    expect(objectives.slice(-STALE_STEPS).every((o) => o >= best)).toBe(true);
    expect(withWork.out.values).toEqual(without.out.values);
  });

  it('with pauseWhenStale, waits for the bound once PAUSE_STEPS steps found nothing better, and returns the same schedule', async () => {
    const { model, owner, worst } = assignment();
    const run = async (pauseWhenStale: boolean) => {
      const rec = recording();
      let arrivedAt = Number.POSITIVE_INFINITY;
      const bound = new Promise<number | null>((resolve) => setTimeout(() => { arrivedAt = performance.now(); resolve(-6); }, 300));
      // A 100 % gap: the bound, whenever it comes, ends the search.
      const out = await improveSchedule(model, owner, rec.solver, { solves: 0, ms: 0 }, { relativeGap: 1, groupSize: 2, rounds: 10, start: worst, bound, pauseWhenStale });
      return { out, rec, arrivedAt };
    };
    const paused = await run(true);
    const busy = await run(false);
    // Every solve came before the bound, and they stopped PAUSE_STEPS solves after the last that beat the best before it (the worst start costs 0).
    expect(paused.rec.at.every((t) => t < paused.arrivedAt)).toBe(true);
    const objectives = paused.rec.objectives.map((o) => o ?? Number.POSITIVE_INFINITY);
    let best = 0;
    let lastBetter = -1;
    objectives.forEach((o, i) => {
      if (o < best) {
        best = o;
        lastBetter = i;
      }
    });
    expect(objectives.length).toBe(lastBetter + 1 + PAUSE_STEPS);
    // Without the pause, the tiny steps run through all ten rounds (20 steps) well within the 300 ms.
    expect(busy.rec.objectives.length).toBeGreaterThan(objectives.length);
    expect(paused.out.values).toEqual(busy.out.values);
    expect(paused.out.status).toBe('optimal');
  });

  it('skips its meanwhile work when the bound is in before the search waits', async () => {
    const { model, owner, worst } = assignment();
    let calls = 0;
    const out = await improveSchedule(model, owner, highsSolver(), { solves: 0, ms: 0 }, { relativeGap: 1, groupSize: 2, rounds: 3, start: worst, bound: Promise.resolve(-6), meanwhile: () => { calls += 1; } });
    expect(out.status).toBe('optimal');
    expect(calls).toBe(0);
  });

  it('with a bound that never comes, returns its best schedule with no gap', async () => {
    const { model, owner, worst } = assignment();
    const out = await improveSchedule(model, owner, highsSolver(), { solves: 0, ms: 0 }, { relativeGap: 0.01, groupSize: 2, rounds: 3, start: worst, bound: Promise.resolve(null) });
    expect(out.objective).toBe(-6);
    expect(out.status).toBe('feasible');
    expect(out.relativeGap).toBeUndefined();
  });
});

// Six PGY1s over 12 calendar months; ICU takes one or two a block, each needs
// 2–3 ICU months; wishes pull several trainees to the same blocks, so the
// best split is a real trade-off.
function contested() {
  const wish = (blocks: number[], weight: number) => ({ preferences: [{ rotationId: 'icu', blocks, weight }] });
  return problem({
    trainees: [trainee('A', 1, wish([1, 2, 3], 3)), trainee('B', 1, wish([1, 2], 2)), trainee('C', 1, wish([2, 3, 4], 1)), trainee('D', 1, wish([5, 6], 2)), trainee('E', 1, wish([5, 6, 7], 1)), trainee('F', 1, wish([1, 12], 4))],
    capacities: [{ rotationId: 'icu', min: 1, max: 2 }],
    rules: { requirementSets: [needs('icu', 2, 3)], balance: [{ select: { categories: ['icu'] }, weight: 1 }] },
  });
}

const stable = (r: ScheduleResult) => JSON.stringify(r.status === 'scheduled' ? { ...r, timing: null } : r);

describe('Variables.owner', () => {
  it('gives each trainee its own variables and leaves the balance bounds shared', () => {
    const parts = buildRows(prepare(contested()));
    const { x, v, list, owner } = parts.vars;
    expect(owner).toHaveLength(list.length);
    x.forEach((byBlock, ti) => { for (const j of byBlock.flat().filter((i) => i >= 0)) expect(owner[j]).toBe(ti); });
    v.forEach((byBlock, ti) => { for (const j of byBlock.filter((i) => i >= 0)) expect(owner[j]).toBe(ti); });
    // One ICU balance rule over one PGY class: its most and fewest bounds belong to no one.
    expect(list.flatMap((item, j) => (owner[j] === -1 ? [item.name] : []))).toEqual(['bhi_0_1', 'blo_0_1']);
  });
});

describe('scheduleBlocks with the improvement search', () => {
  it('finds the single solve’s optimum on a small problem, verified', async () => {
    const one = scheduled(await scheduleBlocks(contested(), { improve: false }));
    const searched = scheduled(await scheduleBlocks(contested(), { improve: true }));
    expect(one.statistics.status).toBe('optimal');
    expect(searched.objective).toEqual(one.objective);
    expect(searched.statistics.status).toBe('optimal');
    expect(searched.statistics.solves).toBeGreaterThan(1);
    expect(searched.verification.length).toBeGreaterThan(0);
  });

  it('runs on its own from 20 trainees, and one solve below that', async () => {
    const cohort = (n: number) =>
      problem({
        trainees: Array.from({ length: n }, (_, i) => trainee(`T${i}`, 1, { preferences: [{ rotationId: 'icu', blocks: [1 + (i % 12)], weight: 1 + (i % 3) }] })),
        capacities: [{ rotationId: 'icu', max: 2 }],
        rules: { requirementSets: [needs('icu', 1, 2)] },
      });
    const nineteen = scheduled(await scheduleBlocks(cohort(19)));
    const twenty = scheduled(await scheduleBlocks(cohort(20)));
    expect(nineteen.statistics.solves).toBe(1);
    // The first schedule, then the relaxation, at least.
    expect(twenty.statistics.solves).toBeGreaterThanOrEqual(2);
    // Each trainee's wish is for one block, and two ICU places a block fit twenty trainees' single wishes
    // (at most two wish for each block): every wish is met, weights 1, 2, 3 in turn: 7 + 14 + 18 = 39.
    const wishes = Array.from({ length: 20 }, (_, i) => 1 + (i % 3)).reduce((a, b) => a + b, 0);
    expect(wishes).toBe(39);
    expect(twenty.objective.preferencePoints).toBe(39);
    expect(twenty.statistics).toMatchObject({ status: 'optimal', relativeGap: 0 });
  });

  it('returns byte-identical schedules on two runs', async () => {
    const a = await scheduleBlocks(contested(), { improve: true });
    const b = await scheduleBlocks(contested(), { improve: true });
    expect(stable(a)).toBe(stable(b));
  });

  it('gives every solve only what is left of one time limit for the whole call', async () => {
    const rec = recording();
    const started = performance.now();
    scheduled(await scheduleBlocks(contested(), { improve: true, timeLimitSeconds: 30, solver: rec.solver }));
    expect(rec.limits.length).toBeGreaterThanOrEqual(2);
    rec.limits.forEach((l, i) => {
      const left = 30 - ((rec.at[i] ?? 0) - started) / 1000;
      // The limit is worked out a moment before the solve starts: allow that moment.
      expect(l.timeLimitSeconds ?? Number.POSITIVE_INFINITY).toBeLessThanOrEqual(left + 0.05);
    });
  });
});
