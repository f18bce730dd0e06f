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

// HiGHS model status codes (HighsModelStatus), as the `highs` package numbers them.
const OPTIMAL = 7;
const INFEASIBLE = 8;
const UNBOUNDED_OR_INFEASIBLE = 9;
const UNBOUNDED = 10;
/** Bound on objective, target for objective, time, iterations, solution count, interrupted. */
const LIMITS: ReadonlySet<number> = new Set([11, 12, 13, 14, 16, 17]);
const STATUS_TEXT: Readonly<Record<number, string>> = {
  7: 'Optimal',
  8: 'Infeasible',
  9: 'Primal infeasible or unbounded',
  10: 'Unbounded',
  11: 'Bound on objective reached',
  12: 'Target for objective reached',
  13: 'Time limit reached',
  14: 'Iteration limit reached',
  15: 'Unknown',
  16: 'Solution limit reached',
  17: 'Interrupted',
};

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
        solved.options.set({
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
        const code = solved.run().modelStatus;
        const wallMs = performance.now() - started;
        const solverStatus = STATUS_TEXT[code] ?? `status ${code}`;
        // HiGHS's primal_solution_status 2 means "feasible": an incumbent exists whatever stopped the search.
        const hasSolution = Number(solved.info.get('primal_solution_status')) === 2;
        const read = (): number[] => {
          const columns = solved.getSolution().colValue;
          return model.variables.map((v) => {
            const value = columns[solved.getColByName(v.name)] ?? 0;
            return v.type === 'continuous' ? value : Math.round(value);
          });
        };
        const objective = () => solved.getObjectiveValue() + model.objectiveConstant;
        const gap = (): { relativeGap?: number } => {
          const g = Number(solved.info.get('mip_gap'));
          return model.variables.some((v) => v.type !== 'continuous') && Number.isFinite(g) && g >= 0 ? { relativeGap: g } : {};
        };
        if (code === OPTIMAL) return { status: 'optimal', objective: objective(), values: read(), solverStatus, wallMs, ...gap() };
        if (code === INFEASIBLE || code === UNBOUNDED_OR_INFEASIBLE) return { status: 'infeasible', objective: null, values: null, solverStatus, wallMs };
        if (code === UNBOUNDED) return { status: 'unbounded', objective: null, values: null, solverStatus, wallMs };
        if (LIMITS.has(code)) {
          // A limit (time, iterations, solutions with `stopAtFirstSolution`) stopped the search: keep its best solution, if any.
          if (hasSolution) return { status: 'feasible', objective: objective(), values: read(), solverStatus, wallMs, ...gap() };
          return { status: 'no-solution', objective: null, values: null, solverStatus, wallMs };
        }
        throw new Error(`HiGHS stopped with status "${solverStatus}" on a model of ${model.variables.length} variables and ${model.constraints.length} constraints`);
      });
    },
  };
}
