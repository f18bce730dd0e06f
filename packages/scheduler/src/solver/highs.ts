import loadHighs from 'highs';
import type { SolveOptions, SolveOutcome, SolverAdapter } from './adapter';
import type { LinearModel } from './linear-model';
import { toLP } from './lp-format';

type HighsRuntime = Awaited<ReturnType<typeof loadHighs>>;
let runtime: Promise<HighsRuntime> | undefined;

/** The WebAssembly module is compiled once per process and shared by every adapter. */
function highsRuntime(): Promise<HighsRuntime> {
  runtime ??= loadHighs();
  return runtime;
}

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
      const result = highs.solve(text, {
        output_flag: false,
        random_seed: options.randomSeed ?? 0,
        mip_rel_gap: limits.relativeGap ?? 0,
        // Integral solutions must meet rows as tightly as the requirements
        // engine compares (1e-9), so a schedule the solver accepts is one
        // `evaluate` accepts.
        mip_feasibility_tolerance: 1e-9,
        primal_feasibility_tolerance: 1e-9,
        ...(limits.stopAtFirstSolution === true ? { mip_max_improving_sols: 1 } : {}),
        ...(limits.timeLimitSeconds === undefined ? {} : { time_limit: limits.timeLimitSeconds }),
      });
      const wallMs = performance.now() - started;
      const status = result.Status;
      const columns = result.Columns as Record<string, { Primal?: number } | undefined>;
      const read = (): number[] | null => {
        const values: number[] = [];
        for (const v of model.variables) {
          const primal = columns[v.name]?.Primal;
          // HiGHS leaves out columns that appear in no row and no objective term: they sit at a bound.
          const value = primal ?? (v.lower !== undefined && Number.isFinite(v.lower) ? v.lower : 0);
          values.push(v.type === 'continuous' ? value : Math.round(value));
        }
        return values;
      };
      if (status === 'Optimal') {
        return { status: 'optimal', objective: result.ObjectiveValue + model.objectiveConstant, values: read(), solverStatus: status, wallMs };
      }
      if (status === 'Infeasible' || status === 'Primal infeasible or unbounded') {
        return { status: 'infeasible', objective: null, values: null, solverStatus: status, wallMs };
      }
      if (status === 'Unbounded') return { status: 'unbounded', objective: null, values: null, solverStatus: status, wallMs };
      // A limit (time, iterations, solutions with `stopAtFirstSolution`) stopped the search: keep its best solution, if any.
      const hasSolution = Object.values(columns).some((c) => c?.Primal !== undefined) && Number.isFinite(result.ObjectiveValue);
      if (hasSolution) return { status: 'feasible', objective: result.ObjectiveValue + model.objectiveConstant, values: read(), solverStatus: status, wallMs };
      if (status === 'Time limit reached' || status === 'Iteration limit reached' || status === 'Bound on objective reached' || status === 'Target for objective reached') {
        return { status: 'no-solution', objective: null, values: null, solverStatus: status, wallMs };
      }
      throw new Error(`HiGHS stopped with status "${status}" on a model of ${model.variables.length} variables and ${model.constraints.length} constraints`);
    },
  };
}
