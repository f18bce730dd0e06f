import loadHighs, { type HighsCallbackMap, type Model } from 'highs';
import type { SolveOptions, SolveOutcome, SolveProgress } from './adapter';
import type { LinearModel } from './linear-model';

type HighsRuntime = Awaited<ReturnType<typeof loadHighs>>;
let runtime: Promise<HighsRuntime> | undefined;

/**
 * The HiGHS WebAssembly runtime, compiled once per process and shared by every adapter.
 *
 * @returns the loaded runtime
 */
export function highsRuntime(): Promise<HighsRuntime> {
  runtime ??= loadHighs();
  return runtime;
}

// HiGHS model status codes (HighsModelStatus), as the `highs` package numbers them.
const OPTIMAL = 7;
const INFEASIBLE = 8;
const UNBOUNDED_OR_INFEASIBLE = 9;
const UNBOUNDED = 10;
/**
 * Bound on objective, target for objective, time, iterations, unknown, solution count, interrupted.
 * "Unknown" (15) is how the interior-point method without crossover reports a run that stopped short of
 * its tolerance: a call window's relaxation did so after 32 iterations with a feasible point and duals
 * that prove a bound within 0.3 % of the optimum — a stop short of the goal, as a limit is.
 */
const LIMITS: ReadonlySet<number> = new Set([11, 12, 13, 14, 15, 16, 17]);
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

/** What HiGHS reported after a run, as plain data (it crosses a worker-thread boundary). */
export interface RawHighsResult {
  /** HiGHS model status code (HighsModelStatus). */
  readonly modelStatus: number;
  /** HiGHS `primal_solution_status` (2: a feasible solution exists). */
  readonly primalSolutionStatus: number;
  /** HiGHS `mip_gap` info value. */
  readonly mipGap: number;
  /** HiGHS's objective value, the model's constant included (every adapter passes it as HiGHS's offset). */
  readonly objective: number;
  /** Column values in the gmekit model's variable order, or `null` when HiGHS holds no solution. */
  readonly values: Float64Array | readonly number[] | null;
  /** Row duals of a model without integer variables that has a solution (absent otherwise). */
  readonly rowDuals?: Float64Array | readonly number[];
}

/**
 * Relative optimality tolerance of an interior-point run (HiGHS's default
 * is 1e-8). Its last iterations are its dearest: on the benchmark year's
 * call windows, 1e-5 took 25 iterations where 1e-8 took 29 and 28 where it
 * took 32, 10–29 % less time in seven of eight paired runs, and the bound
 * the duals prove fell by 0.002–0.003 on 397–398 (under 1e-5). A bound a
 * hundred-thousandth lower changes no 1 % proof; the seconds were the
 * year's to spend.
 */
export const IPM_OPTIMALITY_TOLERANCE = 1e-5;

/**
 * The HiGHS options every gmekit solve uses: single thread, fixed seed, the
 * caller's limits, and feasibility tolerances as tight as the requirements
 * engine compares (1e-9), so a schedule the solver accepts is one `evaluate`
 * accepts. Plain data, so a worker thread can apply the same options.
 *
 * @param limits - time limit, gap, stop at the first solution
 * @param randomSeed - HiGHS's seed (default 0)
 * @returns the option values by HiGHS option name
 */
export function highsOptions(limits: SolveOptions, randomSeed: number | undefined): Record<string, number | boolean | string> {
  return {
    output_flag: false,
    random_seed: randomSeed ?? 0,
    mip_rel_gap: limits.relativeGap ?? 0,
    mip_feasibility_tolerance: 1e-9,
    primal_feasibility_tolerance: 1e-9,
    ...(limits.stopAtFirstSolution === true ? { mip_max_improving_sols: 1 } : {}),
    ...(limits.presolve === false ? { presolve: 'off' } : {}),
    ...(limits.lpMethod === 'interior-point' ? { solver: 'ipm', run_crossover: 'off', ipm_optimality_tolerance: IPM_OPTIMALITY_TOLERANCE } : {}),
    ...(limits.timeLimitSeconds === undefined ? {} : { time_limit: limits.timeLimitSeconds }),
  };
}

/**
 * Applies {@link highsOptions} to a HiGHS model.
 *
 * @param m - the HiGHS model
 * @param limits - time limit, gap, stop at the first solution
 * @param randomSeed - HiGHS's seed (default 0)
 */
export function configure(m: Model, limits: SolveOptions, randomSeed: number | undefined): void {
  m.options.set(highsOptions(limits, randomSeed));
}

/** What HiGHS's MIP callbacks report, as plain numbers (they cross a worker-thread boundary). */
export interface RawHighsProgress {
  /** `running_time`. */
  readonly seconds: number;
  /** `mip_primal_bound` (infinite before a solution). */
  readonly primal: number;
  /** `mip_dual_bound` (infinite before a bound). */
  readonly dual: number;
  /** `mip_gap`. */
  readonly gap: number;
}

// HiGHS callback channels (highs.constants.callbackType): a new best solution, and periodic MIP logging.
const MIP_IMPROVING_SOLUTION = 4;
const MIP_LOGGING = 5;

/**
 * HiGHS callbacks that pass each MIP report on as plain numbers.
 *
 * @param report - where the numbers go
 * @returns the callback map for `Model.run`
 */
export function progressCallbacks(report: (raw: RawHighsProgress) => void): HighsCallbackMap {
  const pass = (e: { readonly data: { readonly running_time?: number; readonly mip_primal_bound?: number; readonly mip_dual_bound?: number; readonly mip_gap?: number } }): undefined => {
    report({ seconds: e.data.running_time ?? 0, primal: e.data.mip_primal_bound ?? Infinity, dual: e.data.mip_dual_bound ?? -Infinity, gap: e.data.mip_gap ?? Infinity });
    return undefined;
  };
  return { [MIP_IMPROVING_SOLUTION]: pass, [MIP_LOGGING]: pass };
}

/**
 * Turns HiGHS's reports into {@link SolveProgress} calls, only when the best
 * solution or the bound has moved (HiGHS logs far more often than either).
 *
 * @param onProgress - the caller's callback
 * @returns a sink for raw reports
 */
export function progressSink(onProgress: (progress: SolveProgress) => void): (raw: RawHighsProgress) => void {
  let last = '';
  const finite = (x: number): number | null => (Number.isFinite(x) && Math.abs(x) < 1e20 ? x : null);
  return (raw) => {
    const objective = finite(raw.primal);
    const bound = finite(raw.dual);
    const key = `${objective}|${bound}`;
    if (key === last || (objective === null && bound === null)) return;
    last = key;
    onProgress({ seconds: raw.seconds, objective, bound, relativeGap: objective === null || bound === null ? null : finite(raw.gap) });
  };
}

/**
 * Runs a configured model and reads its outcome (see {@link toOutcome}).
 *
 * @param m - the configured HiGHS model
 * @param model - the gmekit model it was built from (variable types, size)
 * @param started - `performance.now()` when the solve began
 * @param read - the solution's column values in the gmekit model's variable order, from HiGHS's solution (read once)
 * @param onProgress - told of better solutions and bounds during the run
 * @param duals - also keep the row duals (rows passed one to one, a model without integer variables)
 * @returns the outcome
 * @throws Error when HiGHS stops with a status no outcome describes (a bug, not bad input)
 */
export function runAndRead(m: Model, model: LinearModel, started: number, read: (solution: HighsSolution) => Float64Array | readonly number[], onProgress?: (progress: SolveProgress) => void, duals = false): SolveOutcome {
  m.run(onProgress === undefined ? undefined : progressCallbacks(progressSink(onProgress)));
  const modelStatus = m.getModelStatus();
  const primalSolutionStatus = Number(m.info.get('primal_solution_status'));
  // getSolution copies every buffer of the model, so it is read once.
  const solution = modelStatus === OPTIMAL || primalSolutionStatus === 2 ? m.getSolution() : null;
  const raw: RawHighsResult = {
    modelStatus,
    primalSolutionStatus,
    mipGap: Number(m.info.get('mip_gap')),
    objective: m.getObjectiveValue(),
    values: solution === null ? null : read(solution),
    ...(duals && solution !== null ? { rowDuals: solution.rowDual } : {}),
  };
  return toOutcome(raw, model, started);
}

/** What HiGHS's `getSolution` returns. */
type HighsSolution = ReturnType<Model['getSolution']>;

/**
 * Maps what HiGHS reported to an outcome. A limit (time, iterations,
 * solutions with `stopAtFirstSolution`), or a method that stopped short of
 * its tolerance (status "Unknown"), keeps the best solution found, if any:
 * HiGHS's `primal_solution_status` 2 means an incumbent exists whatever
 * stopped the search.
 *
 * @param raw - HiGHS's status, info values and solution
 * @param model - the gmekit model it was built from (variable types, size)
 * @param started - `performance.now()` when the solve began
 * @returns the outcome
 * @throws Error when HiGHS stops with a status no outcome describes (a bug, not bad input)
 */
export function toOutcome(raw: RawHighsResult, model: LinearModel, started: number): SolveOutcome {
  const code = raw.modelStatus;
  const wallMs = performance.now() - started;
  const solverStatus = STATUS_TEXT[code] ?? `status ${code}`;
  const hasSolution = raw.primalSolutionStatus === 2 && raw.values !== null;
  const values = (): number[] => Array.from(raw.values ?? [], (x, j) => (model.variables[j]?.type === 'continuous' ? x : Math.round(x)));
  const objective = (): number => raw.objective;
  const gap = (): { relativeGap?: number } => {
    const g = raw.mipGap;
    return model.variables.some((v) => v.type !== 'continuous') && Number.isFinite(g) && g >= 0 ? { relativeGap: g } : {};
  };
  const duals = raw.rowDuals === undefined ? {} : { rowDuals: Array.from(raw.rowDuals) };
  if (code === OPTIMAL) return { status: 'optimal', objective: objective(), values: values(), solverStatus, wallMs, ...gap(), ...duals };
  if (code === INFEASIBLE || code === UNBOUNDED_OR_INFEASIBLE) return { status: 'infeasible', objective: null, values: null, solverStatus, wallMs };
  if (code === UNBOUNDED) return { status: 'unbounded', objective: null, values: null, solverStatus, wallMs };
  if (LIMITS.has(code)) {
    if (hasSolution) return { status: 'feasible', objective: objective(), values: values(), solverStatus, wallMs, ...gap(), ...duals };
    return { status: 'no-solution', objective: null, values: null, solverStatus, wallMs };
  }
  throw new Error(`HiGHS stopped with status "${solverStatus}" on a model of ${model.variables.length} variables and ${model.constraints.length} constraints`);
}
