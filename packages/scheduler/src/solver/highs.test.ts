import { describe, expect, it } from 'vitest';
import type { SolveProgress } from './adapter';
import { highsSolver } from './highs';
import { highsOptions } from './highs-run';
import { type LinearModel, ModelBuilder } from './linear-model';

// A generalised assignment problem: 12 jobs, each to exactly one of 3 agents,
// each agent's load under 85 % of a fair share. Small, yet HiGHS needs a
// branch-and-bound search for it, so its first solution is not its last.
function assignment(): { model: LinearModel; cost: number[]; weight: number[]; capacity: number[] } {
  let seed = 7;
  const next = (span: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return Math.floor((seed / 2147483648) * span);
  };
  const agents = 3;
  const jobs = 12;
  const b = new ModelBuilder();
  const x = Array.from({ length: agents }, (_, a) => Array.from({ length: jobs }, (_, j) => b.variable({ name: `x${a}_${j}`, type: 'binary' })));
  const weight = x.flat().map(() => 5 + next(20));
  const cost = x.flat().map(() => 10 + next(40));
  x.flat().forEach((v, i) => { b.cost(v, cost[i] ?? 0); });
  for (let j = 0; j < jobs; j += 1) b.constraint({ name: `job${j}`, terms: x.map((row) => ({ variable: row[j] ?? 0, coefficient: 1 })), lower: 1, upper: 1 });
  const capacity = x.map((row) => Math.floor((row.reduce((s, v) => s + (weight[v] ?? 0), 0) / agents) * 0.85));
  x.forEach((row, a) => { b.constraint({ name: `load${a}`, terms: row.map((v) => ({ variable: v, coefficient: weight[v] ?? 0 })), upper: capacity[a] ?? 0 }); });
  return { model: b.build(), cost, weight, capacity };
}

describe('highsSolver: stopping at the first solution', () => {
  it('returns the incumbent (values meeting every row) when the solution limit stops the search', async () => {
    const { model, cost, weight, capacity } = assignment();
    const first = await highsSolver().solve(model, { stopAtFirstSolution: true });
    const best = await highsSolver().solve(model);
    expect(best.status).toBe('optimal');
    // The one-shot `highs.solve` answered "Unknown" with no values here: the schedule was lost.
    expect(first).toMatchObject({ status: 'feasible', solverStatus: 'Solution limit reached' });
    expect(first.relativeGap ?? 0).toBeGreaterThan(0);
    expect(best.relativeGap).toBe(0);
    const values = first.values ?? [];
    expect(values).toHaveLength(36);
    expect(values.every((v) => v === 0 || v === 1)).toBe(true);
    for (let j = 0; j < 12; j += 1) expect((values[j] ?? 0) + (values[12 + j] ?? 0) + (values[24 + j] ?? 0)).toBe(1);
    for (let a = 0; a < 3; a += 1) {
      const load = values.slice(12 * a, 12 * a + 12).reduce((s, v, j) => s + v * (weight[12 * a + j] ?? 0), 0);
      expect(load).toBeLessThanOrEqual(capacity[a] ?? 0);
    }
    expect(first.objective).toBe(values.reduce((s, v, i) => s + v * (cost[i] ?? 0), 0));
    expect(first.objective ?? 0).toBeGreaterThanOrEqual(best.objective ?? 0);
  });

  it('reports no solution when a time limit strikes before any', async () => {
    const { model } = assignment();
    const out = await highsSolver().solve(model, { timeLimitSeconds: 1e-9 });
    expect(out).toMatchObject({ status: 'no-solution', objective: null, values: null, solverStatus: 'Time limit reached' });
  });
});

describe('highsSolver: progress', () => {
  // With the objective constant as HiGHS's offset, every report is on the model's own scale:
  // a solution so far is never better than the optimum, a bound never above it.
  const withConstant = (): LinearModel => ({ ...assignment().model, objectiveConstant: 1000 });

  it('reports better solutions and bounds on the scale of the stated objective, ending at the optimum', async () => {
    const reports: SolveProgress[] = [];
    const best = await highsSolver().solve(withConstant(), { onProgress: (p) => reports.push(p) });
    expect(best.status).toBe('optimal');
    const optimum = best.objective ?? 0;
    expect(optimum).toBeGreaterThan(1000);
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) {
      if (r.objective !== null) expect(r.objective).toBeGreaterThanOrEqual(optimum - 1e-6);
      if (r.bound !== null) expect(r.bound).toBeLessThanOrEqual(optimum + 1e-6);
      expect(r.seconds).toBeGreaterThanOrEqual(0);
    }
    expect(Math.min(...reports.flatMap((r) => (r.objective === null ? [] : [r.objective])))).toBeCloseTo(optimum, 6);
  });

  it('reports the same way from a worker thread', async () => {
    const reports: SolveProgress[] = [];
    const best = await highsSolver({ worker: true }).solve(withConstant(), { onProgress: (p) => reports.push(p) });
    const optimum = best.objective ?? 0;
    expect(reports.length).toBeGreaterThan(0);
    for (const r of reports) if (r.objective !== null) expect(r.objective).toBeGreaterThanOrEqual(optimum - 1e-6);
    expect(Math.min(...reports.flatMap((r) => (r.objective === null ? [] : [r.objective])))).toBeCloseTo(optimum, 6);
  });
});

describe('highsSolver: the presolve hint', () => {
  it('passes presolve off to HiGHS and gives the same optimum on the relaxation', async () => {
    expect(highsOptions({ presolve: false }, undefined)).toMatchObject({ presolve: 'off' });
    expect(highsOptions({}, undefined)).not.toHaveProperty('presolve');
    const { model } = assignment();
    const relaxed: LinearModel = { ...model, variables: model.variables.map((v) => ({ name: v.name, type: 'continuous', lower: 0, upper: 1 })) };
    const on = await highsSolver().solve(relaxed);
    const off = await highsSolver().solve(relaxed, { presolve: false });
    expect(off.status).toBe('optimal');
    expect(off.objective ?? Number.NaN).toBeCloseTo(on.objective ?? Number.NaN, 9);
  });
});

describe('highsSolver: the interior-point hint', () => {
  it('runs HiGHS’s interior-point method without crossover, within its tolerance of the simplex optimum', async () => {
    expect(highsOptions({ lpMethod: 'interior-point' }, undefined)).toMatchObject({ solver: 'ipm', run_crossover: 'off', ipm_optimality_tolerance: 1e-5 });
    expect(highsOptions({ lpMethod: 'simplex' }, undefined)).not.toHaveProperty('solver');
    const { model } = assignment();
    const relaxed: LinearModel = { ...model, variables: model.variables.map((v) => ({ name: v.name, type: 'continuous', lower: 0, upper: 1 })) };
    const simplex = await highsSolver().solve(relaxed);
    const interior = await highsSolver().solve(relaxed, { lpMethod: 'interior-point', presolve: false });
    expect(interior.status).toBe('optimal');
    const optimum = simplex.objective ?? Number.NaN;
    // The run's optimality tolerance is 1e-5, relative (HiGHS measures it on 1 + |objective|).
    expect(Math.abs((interior.objective ?? Number.NaN) - optimum)).toBeLessThanOrEqual(1e-5 * (1 + Math.abs(optimum)));
  });
});
