import type { SolveOptions, SolveOutcome, SolverAdapter } from './adapter';
import type { LinearModel } from './linear-model';
import { configure, highsRuntime, runAndRead } from './highs-run';
import { toLP } from './lp-format';

/** Options of the HiGHS adapter. */
export interface HighsAdapterOptions {
  /** Seed for HiGHS's randomised choices (default 0); a fixed seed makes the same model give the same answer. */
  readonly randomSeed?: number;
}

/**
 * The HiGHS adapter: writes the model as CPLEX LP text and solves it with
 * HiGHS compiled to WebAssembly (npm `highs`). HiGHS runs single-threaded
 * here with a fixed random seed, so the same model gives the same solution;
 * a time limit makes the result depend on the machine's speed.
 *
 * @param options - the random seed
 * @returns a solver adapter
 * @example
 * const solver = highsSolver();
 * const out = await solver.solve(model, { timeLimitSeconds: 10, relativeGap: 0.01 });
 */
export function highsSolver(options: HighsAdapterOptions = {}): SolverAdapter {
  return {
    name: 'highs',
    async solve(model: LinearModel, limits: SolveOptions = {}): Promise<SolveOutcome> {
      const started = performance.now();
      if (model.variables.length === 0) {
        return { status: 'optimal', objective: model.objectiveConstant, values: [], solverStatus: 'Empty', wallMs: performance.now() - started };
      }
      const highs = await highsRuntime();
      const text = toLP(model);
      // The persistent model API, not the one-shot `highs.solve`: when a
      // solution limit (`stopAtFirstSolution`) stops the search, `solve`
      // reports status "Unknown" with no primal values and the incumbent is
      // lost; here the status and the incumbent are read separately.
      return highs.withModel({ format: 'lp', data: text }, (solved): SolveOutcome => {
        configure(solved, limits, options.randomSeed);
        // LP text has no objective constant, and its columns are read back by name.
        const read = (): number[] => {
          const columns = solved.getSolution().colValue;
          return model.variables.map((v) => columns[solved.getColByName(v.name)] ?? 0);
        };
        return runAndRead(solved, model, started, read, model.objectiveConstant);
      });
    },
  };
}
