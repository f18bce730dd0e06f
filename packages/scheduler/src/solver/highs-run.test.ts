import { describe, expect, it } from 'vitest';
import { toOutcome } from './highs-run';
import type { LinearModel } from './linear-model';

// One continuous variable and one row: an LP, as the relaxations are.
const lp: LinearModel = { variables: [{ name: 'x', type: 'continuous', lower: 0, upper: 1 }], constraints: [{ name: 'r', terms: [{ variable: 0, coefficient: 1 }], lower: 0.5 }], objective: [{ variable: 0, coefficient: 1 }], objectiveConstant: 0 };

describe('toOutcome', () => {
  it('keeps the row duals of an interior-point run the time limit stopped: any duals prove a bound', () => {
    // HiGHS status 13 (time limit) with primal_solution_status 2: the last iterate is there.
    const out = toOutcome({ modelStatus: 13, primalSolutionStatus: 2, mipGap: Number.POSITIVE_INFINITY, objective: 0.5000001, values: [0.5000001], rowDuals: [0.999] }, lp, 0);
    expect(out.status).toBe('feasible');
    expect(out.rowDuals).toEqual([0.999]);
  });

  it('keeps the point and duals of an interior-point run that stopped short of its tolerance ("Unknown"), as a limit does', () => {
    // HiGHS status 15 with primal_solution_status 2, as a 60-resident call window's relaxation ended once:
    // the point is feasible, not proved optimal, and its duals still prove a bound.
    const out = toOutcome({ modelStatus: 15, primalSolutionStatus: 2, mipGap: Number.POSITIVE_INFINITY, objective: 0.5000003, values: [0.5000003], rowDuals: [0.998] }, lp, 0);
    expect(out.status).toBe('feasible');
    expect(out.solverStatus).toBe('Unknown');
    expect(out.rowDuals).toEqual([0.998]);
    const none = toOutcome({ modelStatus: 15, primalSolutionStatus: 0, mipGap: Number.POSITIVE_INFINITY, objective: 0, values: null }, lp, 0);
    expect(none.status).toBe('no-solution');
  });

  it('has no duals without a solution, and none when HiGHS sent none', () => {
    const none = toOutcome({ modelStatus: 13, primalSolutionStatus: 0, mipGap: Number.POSITIVE_INFINITY, objective: 0, values: null }, lp, 0);
    expect(none.status).toBe('no-solution');
    expect(none).not.toHaveProperty('rowDuals');
    const optimal = toOutcome({ modelStatus: 7, primalSolutionStatus: 2, mipGap: 0, objective: 0.5, values: [0.5] }, lp, 0);
    expect(optimal.status).toBe('optimal');
    expect(optimal).not.toHaveProperty('rowDuals');
  });
});
