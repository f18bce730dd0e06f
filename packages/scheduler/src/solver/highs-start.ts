import type { SolveOptions, SolveOutcome, SolverAdapter } from './adapter';
import { configure, highsRuntime, runAndRead } from './highs-run';
import type { LinearModel } from './linear-model';

/** Options of {@link highsStartSolver}. */
export interface HighsStartOptions {
  /** Seed for HiGHS's randomised choices (default 0). */
  readonly randomSeed?: number;
}

/** A start for {@link highsStartSolver}: values of some variables, by index; the solver completes the rest. */
export type SolverStart = ReadonlyMap<number, number>;

/** Limits of {@link highsStartSolver}, with a starting solution. */
export interface StartSolveOptions extends SolveOptions {
  /** Values of some variables (a partial start is completed by HiGHS; an infeasible one is dropped). */
  readonly start?: SolverStart;
}

/**
 * HiGHS through its persistent API: the model is passed as arrays (no LP
 * text), and a starting solution — e.g. a greedy schedule's call variables —
 * is handed to the MIP search with `setSolution`, so it has an incumbent from
 * the first node. Same options and determinism as `highsSolver` (single
 * thread, fixed seed); without a start it solves the same model.
 *
 * @param options - the random seed
 * @returns a solver adapter whose `solve` also takes `start`
 * @example
 * const out = await highsStartSolver().solve(model, { relativeGap: 0.01, start: new Map([[0, 1]]) });
 */
export function highsStartSolver(options: HighsStartOptions = {}): SolverAdapter & { solve(model: LinearModel, limits?: StartSolveOptions): Promise<SolveOutcome> } {
  return {
    name: 'highs',
    async solve(model: LinearModel, limits: StartSolveOptions = {}): Promise<SolveOutcome> {
      const started = performance.now();
      if (model.variables.length === 0) return { status: 'optimal', objective: model.objectiveConstant, values: [], solverStatus: 'Empty', wallMs: performance.now() - started };
      const highs = await highsRuntime();
      const inf = highs.infinity;
      const n = model.variables.length;
      const cost = new Float64Array(n);
      for (const t of model.objective) cost[t.variable] = t.coefficient;
      const starts = [0];
      const indices: number[] = [];
      const values: number[] = [];
      for (const c of model.constraints) {
        for (const t of c.terms) {
          indices.push(t.variable);
          values.push(t.coefficient);
        }
        starts.push(indices.length);
      }
      const binary = (v: LinearModel['variables'][number]) => v.type === 'binary';
      const data = {
        numCols: n,
        numRows: model.constraints.length,
        // With the constant, the relative gap is measured on the objective the model states (non-negative), not on its variable part.
        offset: model.objectiveConstant,
        colCost: cost,
        colLower: model.variables.map((v) => (binary(v) ? Math.max(0, v.lower ?? 0) : (v.lower ?? 0))),
        colUpper: model.variables.map((v) => (binary(v) ? Math.min(1, v.upper ?? 1) : (v.upper ?? inf))),
        rowLower: model.constraints.map((c) => c.lower ?? -inf),
        rowUpper: model.constraints.map((c) => c.upper ?? inf),
        matrix: { format: 'csr' as const, numRows: model.constraints.length, numCols: n, starts, indices, values },
        integrality: model.variables.map((v) => (v.type === 'continuous' ? 0 : 1)),
      };
      return highs.withModel(data, (m) => {
        configure(m, limits, options.randomSeed);
        if (limits.start !== undefined && limits.start.size > 0) {
          const keys = [...limits.start.keys()].filter((k) => k >= 0 && k < n).sort((a, b) => a - b);
          m.setSolution({ indices: keys, values: keys.map((k) => limits.start?.get(k) ?? 0) });
        }
        // The model carries its constant as the HiGHS offset, so the objective needs no correction.
        return runAndRead(m, model, started, () => m.getSolution().colValue, limits.onProgress);
      });
    },
  };
}
