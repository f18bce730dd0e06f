import type { SolveOptions, SolveOutcome, SolverAdapter } from './adapter';
import type { LinearModel } from './linear-model';
import { configure, highsOptions, highsRuntime, progressSink, runAndRead, toOutcome } from './highs-run';
import { solveInWorker } from './highs-worker';
import { toLP } from './lp-format';

/** Options of the HiGHS adapter. */
export interface HighsAdapterOptions {
  /** Seed for HiGHS's randomised choices (default 0); a fixed seed makes the same model give the same answer. */
  readonly randomSeed?: number;
  /**
   * Solve in a `node:worker_threads` worker (default false), so the calling
   * thread's event loop keeps serving requests during a long solve. The first
   * solve starts a worker, which loads HiGHS (about 0.1 s); a worker that
   * answered is kept for the next (at most two, for 30 s, never keeping the
   * process alive); the outcome is the same as on the main thread.
   */
  readonly worker?: boolean;
}

/**
 * The HiGHS adapter: writes the model as CPLEX LP text and solves it with
 * HiGHS compiled to WebAssembly (npm `highs`). HiGHS runs single-threaded
 * here with a fixed random seed, so the same model gives the same solution;
 * a time limit makes the result depend on the machine's speed. With
 * `worker: true` the solve runs in a worker thread and the main thread only
 * writes the LP text and reads the answer.
 *
 * @param options - the random seed; whether to solve in a worker thread
 * @returns a solver adapter
 * @example
 * const solver = highsSolver();
 * const out = await solver.solve(model, { timeLimitSeconds: 10, relativeGap: 0.01 });
 * // A server keeps answering requests while this one solves:
 * const background = await highsSolver({ worker: true }).solve(model, { timeLimitSeconds: 10 });
 */
export function highsSolver(options: HighsAdapterOptions = {}): SolverAdapter {
  return {
    name: 'highs',
    async solve(model: LinearModel, limits: SolveOptions = {}): Promise<SolveOutcome> {
      const started = performance.now();
      if (model.variables.length === 0) {
        return { status: 'optimal', objective: model.objectiveConstant, values: [], solverStatus: 'Empty', wallMs: performance.now() - started };
      }
      const text = toLP(model);
      if (options.worker === true) {
        const names = model.variables.map((v) => v.name);
        const sink = limits.onProgress === undefined ? undefined : progressSink(limits.onProgress);
        const raw = await solveInWorker({ model: { lp: text, names, offset: model.objectiveConstant }, options: highsOptions(limits, options.randomSeed), progress: sink !== undefined }, sink);
        return toOutcome(raw, model, started);
      }
      const highs = await highsRuntime();
      // The persistent model API, not the one-shot `highs.solve`: when a
      // solution limit (`stopAtFirstSolution`) stops the search, `solve`
      // reports status "Unknown" with no primal values and the incumbent is
      // lost; here the status and the incumbent are read separately.
      return highs.withModel({ format: 'lp', data: text }, (solved): SolveOutcome => {
        configure(solved, limits, options.randomSeed);
        // LP text has no objective constant: HiGHS gets it as its offset, so the
        // relative gap it stops at is measured on the objective the model states.
        solved.changeObjectiveOffset(model.objectiveConstant);
        // Columns are read back by name.
        const read = ({ colValue }: { readonly colValue: Float64Array }): number[] => model.variables.map((v) => colValue[solved.getColByName(v.name)] ?? 0);
        return runAndRead(solved, model, started, read, limits.onProgress);
      });
    },
  };
}
