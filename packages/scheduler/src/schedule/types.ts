import type { Assignment, Leave } from '@gmekit/model';
import type { SolveProgress, SolverAdapter } from '../solver/adapter';

/** A step of {@link scheduleBlocks}, reported to `onProgress`. */
export interface ScheduleProgress {
  /** `prepare` (checking the problem), `solve`, `verify`, `explain` (finding why none exists). */
  readonly phase: 'prepare' | 'solve' | 'verify' | 'explain';
  /** What is happening, in words. */
  readonly message: string;
  /** During a solve, the solver's own report (best objective so far, bound, gap), when it gives one. */
  readonly solver?: SolveProgress;
}

/** Options of {@link scheduleBlocks}. */
export interface ScheduleOptions {
  /** The solver (default: HiGHS in WebAssembly, {@link highsSolver}). */
  readonly solver?: SolverAdapter;
  /** Wall-clock limit in seconds for all the solves of the call together (default none). With a limit the answer may depend on the machine's speed. */
  readonly timeLimitSeconds?: number;
  /** Accept a schedule within this relative gap of the optimum (0.01 = 1 %; default 0, optimal). */
  readonly relativeGap?: number;
  /** Return the first schedule the solver finds (verified like any other) instead of searching for the best. */
  readonly firstSchedule?: boolean;
  /**
   * Improvement search instead of one solve (default: from 20 trainees on).
   * A minimal-change re-solve starts it from the fewest-changes schedule.
   * One LP relaxation bounds the optimum; from the solver's first schedule,
   * groups of about ten trainees are re-solved in turn with everyone else held
   * where they are, plus a step that re-solves only what the schedule and the
   * relaxation disagree on, until the schedule is within `relativeGap` of the
   * bound, after four rounds, or at the time limit. Large problems reach a
   * small gap far sooner this way; `statistics.relativeGap` is measured
   * against that bound. `false` always makes one solve (which can prove
   * optimality outright on small problems). Ignored with `firstSchedule`.
   * Trainees are grouped in a fixed seeded order and each small solve runs
   * to optimality (capped at 5 s), so the same input gives the same schedule
   * unless a cap or the time limit strikes, as with any solver limit.
   *
   * @example
   * await scheduleBlocks(problem, { relativeGap: 0.01, timeLimitSeconds: 20 }); // 90 trainees: the search, on its own
   * await scheduleBlocks(problem, { improve: false }); // one solve, however large
   */
  readonly improve?: boolean;
  /** Called at each step. */
  readonly onProgress?: (progress: ScheduleProgress) => void;
  /** Solve with the default HiGHS in a worker thread (default false), so a server's event loop keeps running during the solve; the schedule is the same. Ignored with `solver`. */
  readonly worker?: boolean;
}

/** One trainee-block of a schedule. */
export interface ScheduledBlock {
  /** Block number (1-based across the horizon). */
  readonly block: number;
  /** `rotation`, `vacation` (a vacation block), `leave` (entirely on leave) or `out` (not in training for the whole block). */
  readonly kind: 'rotation' | 'vacation' | 'leave' | 'out';
  /** The rotation, for `rotation`; else `null`. */
  readonly rotationId: string | null;
}

/** One trainee's row of the schedule and share of the objective. */
export interface TraineeSchedule {
  /** Trainee id. */
  readonly traineeId: string;
  /** Every block of the horizon, in order. */
  readonly blocks: readonly ScheduledBlock[];
  /** Preference points earned (the sum of the weights of wishes met; avoided rotations count negative). */
  readonly preferencePoints: number;
  /** Trainee-blocks that differ from the previous schedule, or `null` without one. */
  readonly changes: number | null;
}

/** A changed trainee-block between the previous schedule and the new one. */
export interface ScheduleChange {
  /** Trainee id. */
  readonly traineeId: string;
  /** Block number. */
  readonly block: number;
  /** Rotation before (`null`: none, e.g. vacation). */
  readonly from: string | null;
  /** Rotation now (`null`: none). */
  readonly to: string | null;
}

/** Sizes and outcome of the solver work, identical for identical input. */
export interface SolverStatistics {
  /** Adapter name. */
  readonly solver: string;
  /** `optimal` or `feasible` (a time limit stopped the search with a schedule in hand). */
  readonly status: 'optimal' | 'feasible';
  /** Variables of the main model. */
  readonly variables: number;
  /** Constraints of the main model (before ranged rows are split). */
  readonly constraints: number;
  /** Solver calls made. */
  readonly solves: number;
  /** Relative gap between the schedule's objective and the solver's bound when it stopped (0.01 = 1 %), when the solver reports one: how far from optimal the schedule can be. */
  readonly relativeGap?: number;
}

/** A schedule that passed every independent check. */
export interface BlockSchedule {
  /** `scheduled`. */
  readonly status: 'scheduled';
  /** The problem's id. */
  readonly problemId: string;
  /** The blocks, dated. */
  readonly blocks: readonly {
    /** Block number (1-based across the horizon). */
    readonly number: number;
    /** First day, `YYYY-MM-DD`. */
    readonly start: string;
    /** Last day (inclusive), `YYYY-MM-DD`. */
    readonly end: string;
  }[];
  /** One assignment per trainee and rotation block, dated from the block calendar. */
  readonly assignments: readonly Assignment[];
  /** One vacation leave per vacation block. */
  readonly vacations: readonly Leave[];
  /** Per trainee: the row of the grid and its objective terms. */
  readonly trainees: readonly TraineeSchedule[];
  /** The objective: preference points (higher is better), balance spread (blocks × weight, lower is better), changes. */
  readonly objective: {
    /** Sum of the weights of the wishes met (higher is better). */
    readonly preferencePoints: number;
    /** Sum over balance rules of weight × (most − fewest selected blocks in a class) (lower is better). */
    readonly balanceSpread: number;
    /** Trainee-blocks changed from the previous schedule, or `null` without one. */
    readonly changes: number | null;
  };
  /** Trainee-blocks changed from the previous schedule (empty without one). */
  readonly diff: readonly ScheduleChange[];
  /** What was checked, independently of the solver, with counts. */
  readonly verification: readonly string[];
  /** Solver statistics. */
  readonly statistics: SolverStatistics;
  /** Wall-clock time in milliseconds: the only part of the result that differs between identical runs. */
  readonly timing: {
    /** The whole call. */
    readonly totalMs: number;
    /** Inside the solver. */
    readonly solverMs: number;
  };
}

/** One rule of a conflict, and how far it would have to give. */
export interface ConflictingRule {
  /** Kind: `capacity`, `requirement`, `prerequisite`, `consecutive`, `together`, `vacation`, `fixed`, or `supply` for the pre-check. */
  readonly kind: string;
  /** The rule in words. */
  readonly rule: string;
  /** The trainee it is about, if one. */
  readonly traineeId: string | null;
  /** How much relaxing this rule alone would take (in `unit`), or `null` when it cannot fix the conflict alone. */
  readonly relaxBy: number | null;
  /** Unit of `relaxBy`. */
  readonly unit: string;
}

/** Why no schedule exists. */
export interface Explanation {
  /** `supply-demand` (the pre-check found it) or `conflict` (an irreducible set of rules found by a deletion filter). */
  readonly method: 'supply-demand' | 'conflict';
  /** One paragraph a chief resident can act on. */
  readonly summary: string;
  /** The rules that cannot all hold. */
  readonly rules: readonly ConflictingRule[];
}

/** No schedule meets every rule. */
export interface InfeasibleSchedule {
  /** `infeasible`. */
  readonly status: 'infeasible';
  /** The problem's id. */
  readonly problemId: string;
  /** Why. */
  readonly explanation: Explanation;
}

/** A limit stopped the solver before it found any schedule or proved there is none. */
export interface UnsolvedSchedule {
  /** `no-solution`. */
  readonly status: 'no-solution';
  /** The problem's id. */
  readonly problemId: string;
  /** What stopped it. */
  readonly message: string;
}

/** What {@link scheduleBlocks} returns. */
export type ScheduleResult = BlockSchedule | InfeasibleSchedule | UnsolvedSchedule;
