import type { SolveOptions, SolveOutcome, SolverAdapter } from './adapter';
import { configure, highsOptions, highsRuntime, progressSink, runAndRead, toOutcome } from './highs-run';
import { solveInWorker } from './highs-worker';
import { boundsOf, type LinearModel } from './linear-model';

/** Options of {@link highsStartSolver}. */
export interface HighsStartOptions {
  /** Seed for HiGHS's randomised choices (default 0). */
  readonly randomSeed?: number;
  /** Solve in a `node:worker_threads` worker (default false), as `highsSolver({ worker: true })` does: the model's arrays and the start are posted to it. */
  readonly worker?: boolean;
}

/** A start for {@link highsStartSolver}: values of some variables, by index; the solver completes the rest. */
export type SolverStart = ReadonlyMap<number, number>;

/** Limits of {@link highsStartSolver}, with a starting solution (`SolveOptions.start`, which every adapter now takes as a hint). */
export interface StartSolveOptions extends SolveOptions {
  /** Values of some variables (a partial start is completed by HiGHS; an infeasible one is dropped). */
  readonly start?: SolverStart;
}

/**
 * The model as the arrays HiGHS's `passModel` takes (rows in CSR form), its
 * constant as HiGHS's offset so the relative gap is measured on the
 * objective the model states. Plain data: it crosses a worker-thread
 * boundary unchanged.
 *
 * @param model - the model
 * @returns the HiGHS model data
 */
export function highsModelData(model: LinearModel) {
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
  const bounds = model.variables.map(boundsOf);
  return {
    numCols: n,
    numRows: model.constraints.length,
    offset: model.objectiveConstant,
    colCost: cost,
    colLower: bounds.map((b) => b.lower),
    colUpper: bounds.map((b) => b.upper),
    rowLower: model.constraints.map((c) => c.lower ?? -Infinity),
    rowUpper: model.constraints.map((c) => c.upper ?? Infinity),
    matrix: { format: 'csr' as const, numRows: model.constraints.length, numCols: n, starts, indices, values },
    integrality: model.variables.map((v) => (v.type === 'continuous' ? 0 : 1)),
  };
}

/** A start as HiGHS's sparse `setSolution` input: indexes in order, inside the model. */
function sparseStart(start: SolverStart | undefined, n: number): { indices: number[]; values: number[] } | undefined {
  if (start === undefined || start.size === 0) return undefined;
  const indices = [...start.keys()].filter((k) => k >= 0 && k < n).sort((a, b) => a - b);
  return { indices, values: indices.map((k) => start.get(k) ?? 0) };
}

/**
 * HiGHS through its persistent API: the model is passed as arrays (no LP
 * text), and a starting solution — e.g. a greedy schedule's call variables —
 * is handed to the MIP search with `setSolution`, so it has an incumbent from
 * the first node. Same options and determinism as `highsSolver` (single
 * thread, fixed seed); without a start it solves the same model. With
 * `worker: true` the solve runs in a worker thread, start included. A model
 * without integer variables comes back with its row duals (`rowDuals`).
 *
 * @param options - the random seed; whether to solve in a worker thread
 * @returns a solver adapter whose `solve` also takes `start`
 * @example
 * const out = await highsStartSolver().solve(model, { relativeGap: 0.01, start: new Map([[0, 1]]) });
 * // Off the event loop, same answer:
 * const same = await highsStartSolver({ worker: true }).solve(model, { relativeGap: 0.01, start: new Map([[0, 1]]) });
 */
export function highsStartSolver(options: HighsStartOptions = {}): SolverAdapter & { solve(model: LinearModel, limits?: StartSolveOptions): Promise<SolveOutcome> } {
  return {
    name: 'highs',
    async solve(model: LinearModel, limits: StartSolveOptions = {}): Promise<SolveOutcome> {
      const started = performance.now();
      if (model.variables.length === 0) return { status: 'optimal', objective: model.objectiveConstant, values: [], solverStatus: 'Empty', wallMs: performance.now() - started };
      const data = highsModelData(model);
      const start = sparseStart(limits.start, model.variables.length);
      // Rows are passed one to one, so an LP's duals read back in the model's row order.
      const duals = model.variables.every((v) => v.type === 'continuous');
      if (options.worker === true) {
        const sink = limits.onProgress === undefined ? undefined : progressSink(limits.onProgress);
        const raw = await solveInWorker({ model: { data, ...(start === undefined ? {} : { start }) }, options: highsOptions(limits, options.randomSeed), progress: sink !== undefined, duals }, sink);
        return toOutcome(raw, model, started);
      }
      const highs = await highsRuntime();
      return highs.withModel(data, (m) => {
        configure(m, limits, options.randomSeed);
        if (start !== undefined) m.setSolution(start);
        // The model carries its constant as the HiGHS offset, so the objective needs no correction.
        return runAndRead(m, model, started, (solution) => solution.colValue, limits.onProgress, duals);
      });
    },
  };
}
