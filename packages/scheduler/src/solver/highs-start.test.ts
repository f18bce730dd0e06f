import { describe, expect, it } from 'vitest';
import { highsStartSolver } from './highs-start';
import { ModelBuilder } from './linear-model';

// minimise -5a - 4b - 3c + 10 (a, b, c binary), 2a + 3b + c <= 4.
// (a, b, c) = (1, 0, 1) uses 3 → -8; (0, 1, 1) uses 4 → -7; (1, 1, 0) uses 5 > 4.
// Optimum a = c = 1, b = 0: -8 + 10 = 2.
function knapsack() {
  const m = new ModelBuilder();
  const a = m.variable({ name: 'a', type: 'binary' });
  const b = m.variable({ name: 'b', type: 'binary' });
  const c = m.variable({ name: 'c', type: 'binary' });
  m.constraint({ name: 'cap', terms: [{ variable: a, coefficient: 2 }, { variable: b, coefficient: 3 }, { variable: c, coefficient: 1 }], upper: 4 });
  m.cost(a, -5);
  m.cost(b, -4);
  m.cost(c, -3);
  m.addConstant(10);
  return m.build();
}

describe('highsStartSolver', () => {
  it('solves to the hand-worked optimum, constant included', async () => {
    const out = await highsStartSolver().solve(knapsack());
    expect(out.status).toBe('optimal');
    expect(out.objective).toBeCloseTo(2, 9);
    expect(out.values).toEqual([1, 0, 1]);
  });

  it('takes a start (here the worse (0, 1, 1), objective 3) and still returns the optimum', async () => {
    const out = await highsStartSolver().solve(knapsack(), { start: new Map([[0, 0], [1, 1], [2, 1]]) });
    expect(out.objective).toBeCloseTo(2, 9);
    expect(out.values).toEqual([1, 0, 1]);
  });

  it('with the solution limit of stopAtFirstSolution, keeps a feasible start as its answer', async () => {
    const out = await highsStartSolver().solve(knapsack(), { start: new Map([[0, 0], [1, 1], [2, 1]]), stopAtFirstSolution: true });
    expect(['optimal', 'feasible']).toContain(out.status);
    expect(out.objective ?? Infinity).toBeLessThanOrEqual(3 + 1e-9);
  });

  it('in a worker thread, gives the same outcomes: the optimum, and a start kept by the solution limit', async () => {
    const worker = highsStartSolver({ worker: true });
    const best = await worker.solve(knapsack());
    expect(best).toMatchObject({ status: 'optimal', values: [1, 0, 1] });
    expect(best.objective).toBeCloseTo(2, 9);
    const first = await worker.solve(knapsack(), { start: new Map([[0, 0], [1, 1], [2, 1]]), stopAtFirstSolution: true });
    const inThread = await highsStartSolver().solve(knapsack(), { start: new Map([[0, 0], [1, 1], [2, 1]]), stopAtFirstSolution: true });
    expect({ ...first, wallMs: 0 }).toEqual({ ...inThread, wallMs: 0 });
  });
});
