import { describe, expect, it } from 'vitest';
import { highsSolver } from './highs';
import { idleWorkers, solveInWorker } from './highs-worker';
import type { SolveOptions, SolveOutcome } from './adapter';
import { type LinearModel, ModelBuilder } from './linear-model';

// minimise 3x + 2y + 4z - w + 5  (x, y, z binary; 0 <= w <= 2)
//   cover: x + y + z >= 2;  link: w - 2x - y <= 0
// Two of three: {x, y} costs 5 and allows w = 2 (bound) → 3; {x, z} 7 - 2 = 5;
// {y, z} 6 - 1 = 5; all three 9 - 2 = 7. Optimum x = y = 1, z = 0, w = 2: 3 + 5 = 8.
function cover(extra?: number): LinearModel {
  const b = new ModelBuilder();
  const x = b.variable({ name: 'x', type: 'binary' });
  const y = b.variable({ name: 'y', type: 'binary' });
  const z = b.variable({ name: 'z', type: 'binary' });
  const w = b.variable({ name: 'w', type: 'continuous', upper: 2 });
  b.constraint({ name: 'cover', terms: [x, y, z].map((variable) => ({ variable, coefficient: 1 })), lower: extra ?? 2 });
  b.constraint({ name: 'link', terms: [{ variable: w, coefficient: 1 }, { variable: x, coefficient: -2 }, { variable: y, coefficient: -1 }], upper: 0 });
  b.cost(x, 3);
  b.cost(y, 2);
  b.cost(z, 4);
  b.cost(w, -1);
  b.addConstant(5);
  return b.build();
}

// A generalised assignment problem (each job to one agent, each agent's load
// under a share of the total): HiGHS finds a schedule fast but needs seconds
// of branch and bound to prove the best one at 10 agents × 80 jobs.
function assignment(agents: number, jobs: number, share: number): { model: LinearModel; weight: number[]; capacity: number[] } {
  let seed = 11;
  const next = (span: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * span);
  };
  const b = new ModelBuilder();
  const x = Array.from({ length: agents }, (_, a) => Array.from({ length: jobs }, (_, j) => b.variable({ name: `x${a}_${j}`, type: 'binary' })));
  const weight = x.flat().map(() => 5 + next(20));
  x.flat().forEach((v) => { b.cost(v, 10 + next(40)); });
  for (let j = 0; j < jobs; j += 1) b.constraint({ name: `job${j}`, terms: x.map((row) => ({ variable: row[j] ?? 0, coefficient: 1 })), lower: 1, upper: 1 });
  const capacity = x.map((row) => Math.floor((row.reduce((s, v) => s + (weight[v] ?? 0), 0) / agents) * share));
  x.forEach((row, a) => { b.constraint({ name: `load${a}`, terms: row.map((v) => ({ variable: v, coefficient: weight[v] ?? 0 })), upper: capacity[a] ?? 0 }); });
  return { model: b.build(), weight, capacity };
}

const withoutTime = (out: SolveOutcome) => ({ ...out, wallMs: null });

describe('highsSolver({ worker: true })', () => {
  it('solves the hand-worked model to its optimum', async () => {
    const out = await highsSolver({ worker: true }).solve(cover());
    expect(out).toMatchObject({ status: 'optimal', objective: 8, values: [1, 1, 0, 2], solverStatus: 'Optimal' });
  });

  it.each<[string, LinearModel, SolveOptions]>([
    ['optimal', cover(), {}],
    ['infeasible', cover(4), {}],
    ['first solution', assignment(3, 12, 0.85).model, { stopAtFirstSolution: true }],
    ['proved optimum', assignment(3, 12, 0.85).model, {}],
  ])('gives the same outcome as the main-thread adapter (%s)', async (_, model, limits) => {
    const inThread = await highsSolver().solve(model, limits);
    const inWorker = await highsSolver({ worker: true }).solve(model, limits);
    expect(withoutTime(inWorker)).toEqual(withoutTime(inThread));
  });

  it('keeps the event loop running and returns the incumbent when the time limit strikes', async () => {
    const agents = 10;
    const jobs = 80;
    const { model, weight, capacity } = assignment(agents, jobs, 0.75);
    let ticks = 0;
    const timer = setInterval(() => { ticks += 1; }, 10);
    const out = await highsSolver({ worker: true }).solve(model, { timeLimitSeconds: 1 }).finally(() => { clearInterval(timer); });
    // A main-thread solve blocks timers until it returns; the worker leaves them running.
    expect(ticks).toBeGreaterThan(0);
    expect(out).toMatchObject({ status: 'feasible', solverStatus: 'Time limit reached' });
    const values = out.values ?? [];
    expect(values).toHaveLength(agents * jobs);
    for (let j = 0; j < jobs; j += 1) {
      expect(Array.from({ length: agents }, (_, a) => values[a * jobs + j] ?? 0).reduce((s, v) => s + v, 0)).toBe(1);
    }
    for (let a = 0; a < agents; a += 1) {
      const load = values.slice(a * jobs, (a + 1) * jobs).reduce((s, v, j) => s + v * (weight[a * jobs + j] ?? 0), 0);
      expect(load).toBeLessThanOrEqual(capacity[a] ?? 0);
    }
  });
});

describe('HiGHS workers between solves', () => {
  it('keeps a worker that answered for the next solve (at most two), and ends one whose HiGHS failed', async () => {
    const inWorker = highsSolver({ worker: true });
    await inWorker.solve(cover());
    const kept = idleWorkers();
    expect(kept).toBeGreaterThanOrEqual(1);
    // The next solve takes the kept worker and gives it back: still the same count, and the same answer.
    expect(await inWorker.solve(cover())).toMatchObject({ status: 'optimal', objective: 8 });
    expect(idleWorkers()).toBe(kept);
    // Three at once need three workers; two are kept afterwards.
    await Promise.all([inWorker.solve(cover()), inWorker.solve(cover()), inWorker.solve(cover())]);
    expect(idleWorkers()).toBe(2);
    // An option HiGHS does not know: the worker reports the failure and is not kept.
    await expect(solveInWorker({ model: { lp: 'minimize\n obj: x\nend\n', names: ['x'], offset: 0 }, options: { no_such_option: 1 }, progress: false })).rejects.toThrow(/HiGHS worker failed/);
    expect(idleWorkers()).toBe(1);
  });
});
