import type { LinearModel } from './linear-model';

/** Limits for one solve. */
export interface SolveOptions {
  /** Wall-clock limit in seconds (default: none). */
  readonly timeLimitSeconds?: number;
  /** Stop when the relative gap between the best solution and the bound is at most this (0.01 = 1 %; default 0: prove optimality). */
  readonly relativeGap?: number;
  /** Stop at the first feasible solution (for measuring time to a first schedule). */
  readonly stopAtFirstSolution?: boolean;
  /**
   * Run the solver's presolve (default true). `false` is a hint adapters may
   * ignore: on a block schedule's LP relaxation HiGHS's presolve removes
   * little and costs more than the simplex itself (about 5.5 s against 1.7 s
   * at 90 trainees × 15 rotations).
   */
  readonly presolve?: boolean;
  /**
   * A solution to start from, as values by variable index (a partial one is
   * completed by the solver, an infeasible one dropped). A hint adapters may
   * ignore: HiGHS through `highsStartSolver` hands it to its search, the LP
   * text adapters cannot.
   */
  readonly start?: ReadonlyMap<number, number>;
  /**
   * How to solve a model without integer variables (default `'simplex'`).
   * `'interior-point'` is a hint adapters may ignore: HiGHS then runs its
   * interior-point method without crossover — on a 60-resident call
   * window's relaxation 2–3 s against 15 s by simplex — and returns an
   * objective within its optimality tolerance (1e-5, relative) of the
   * optimum, at a point that is not a vertex.
   */
  readonly lpMethod?: 'simplex' | 'interior-point';
  /**
   * Called as the search improves — a better solution or a tighter bound —
   * by adapters that can say (HiGHS does, on the thread that runs it, or as
   * its worker's messages arrive). Must not throw.
   */
  readonly onProgress?: (progress: SolveProgress) => void;
}

/** How a running search stands. */
export interface SolveProgress {
  /** Seconds since the solver started. */
  readonly seconds: number;
  /** Objective of the best solution so far (constant included), or null before the first. */
  readonly objective: number | null;
  /** Best bound proved so far on the optimum, or null before the first. */
  readonly bound: number | null;
  /** Relative gap between the two (0.01 = 1 %), or null without both. */
  readonly relativeGap: number | null;
}

/** How a solve ended. */
export type SolveStatus = 'optimal' | 'feasible' | 'infeasible' | 'unbounded' | 'no-solution';

/** What a solver returns. */
export interface SolveOutcome {
  /**
   * `optimal` (proved, or within `relativeGap`), `feasible` (a limit stopped
   * the solve with a solution in hand), `infeasible`, `unbounded`, or
   * `no-solution` (a limit stopped it before any solution was found).
   */
  readonly status: SolveStatus;
  /** Objective value including the model's constant, or `null` without a solution. */
  readonly objective: number | null;
  /** Variable values by index, or `null` without a solution. */
  readonly values: readonly number[] | null;
  /** The solver's own status text. */
  readonly solverStatus: string;
  /** Wall-clock milliseconds spent in the solver (text writing included). */
  readonly wallMs: number;
  /** Relative gap between the solution and the solver's bound when it stopped (0.01 = 1 %), if the solver reports one. */
  readonly relativeGap?: number;
  /**
   * For a model without integer variables with a solution, each row's dual
   * value (multiplier), by adapters that report them (`highsStartSolver`
   * does). Any multipliers prove a lower bound (`dualBound`), so a
   * relaxation solved only to a tolerance still gives a proved one.
   */
  readonly rowDuals?: readonly number[];
}

/**
 * A MILP solver behind a small interface: the scheduler builds a
 * {@link LinearModel} and any adapter (HiGHS in WebAssembly by default, a
 * commercial or server solver through LP/MPS text) solves it.
 */
export interface SolverAdapter {
  /** Name shown in solver statistics. */
  readonly name: string;
  /**
   * Solves a model.
   *
   * @param model - the model (minimised)
   * @param options - limits
   * @returns the outcome
   */
  solve(model: LinearModel, options?: SolveOptions): Promise<SolveOutcome>;
}
