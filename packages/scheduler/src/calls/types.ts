import type { CallProblem, WorkPeriod } from '@gmekit/model';
import type { WorkHourReport } from '@gmekit/requirements';
import type { SolverAdapter } from '../solver/adapter';
import type { ScheduleProgress } from '../schedule/types';
import type { CallHistory } from './history';

/** Options of {@link scheduleCalls}. */
export interface CallScheduleOptions {
  /** The solver (default: HiGHS in WebAssembly, started from a greedy schedule that keeps every hard rule; a solver given here gets no start). */
  readonly solver?: SolverAdapter;
  /** Wall-clock limit per solve (per improvement search), in seconds (default none; with a limit the answer may depend on the machine's speed). */
  readonly timeLimitSeconds?: number;
  /**
   * For a span solved one window at a time (see `wholeSpan`): wall-clock
   * seconds for the whole call. Each window's search gets an even share of
   * what is left, so time a quick window leaves goes to the windows after it;
   * `timeLimitSeconds`, when given too, caps each share. A share used up
   * before a window has a schedule ends the span with `no-solution`.
   * Ignored when the span is solved as one model.
   */
  readonly spanTimeLimitSeconds?: number;
  /** Accept a schedule within this relative gap of the optimum (default 0.01, 1 %). */
  readonly relativeGap?: number;
  /**
   * The work before the first day (the previous month): a {@link CallHistory}
   * (validated here), e.g. `historyOf(previousSchedule)`. The averaged rules
   * are then counted over windows cut from its first day, and the rest rules
   * see its last calls; the result keeps the history used.
   */
  readonly history?: CallHistory;
  /**
   * Solve a span of more than two averaging windows (eight weeks) as one
   * model (default false: such a span — a quarter, a year — is solved one
   * 28-day window at a time, each after the history of the windows before
   * it, and the joined schedule is audited whole; fairness is then balanced
   * within each window, and the time limit and the gap apply per window; a
   * window's relaxation may run on, for up to the time limit again, beside
   * the next window, so that its bound still proves the window's gap).
   */
  readonly wholeSpan?: boolean;
  /** Called as the solver finds better schedules and bounds (for a long span, each message names its window). */
  readonly onProgress?: (progress: ScheduleProgress) => void;
  /**
   * Search by improvement rather than one solve (default: from 20 trainees,
   * with the default solver, unless the problem keeps a `previous` schedule
   * or a sick call locks work done — those re-solves stay exact; ignored
   * with `solver`): the greedy start, then
   * small solves that free six trainees at a time and hold the rest, against
   * the bound of the relaxation, until within `relativeGap` or the time
   * limit. A schedule with a shift still open is then decided by one whole
   * solve, so an impossible month is still explained. `false`: one solve,
   * however large.
   */
  readonly improve?: boolean;
  /** Solve with the default HiGHS (greedy start included) in a worker thread (default false), so a server's event loop keeps running; the schedule is the same. Ignored with `solver`. */
  readonly worker?: boolean;
}

/** One call on the schedule. */
export interface CallShift {
  /** Stable id: `<coverageId>/<date>/<traineeId>`. */
  readonly id: string;
  /** The coverage shift. */
  readonly coverageId: string;
  /** The call type. */
  readonly callTypeId: string;
  /** `in-house`, `night-float` or `at-home`. */
  readonly kind: 'in-house' | 'night-float' | 'at-home';
  /** Local date the call starts on. */
  readonly date: string;
  /** Who takes it. */
  readonly traineeId: string;
  /** Start instant (offset and zone). */
  readonly start: string;
  /** End instant, transition included. */
  readonly end: string;
}

/** A call schedule that `auditWorkHours` found free of errors. */
export interface CallSchedule {
  /** `scheduled`. */
  readonly status: 'scheduled';
  /** The problem (parsed, defaults filled), kept so swaps and re-solves can be checked against it. */
  readonly problem: CallProblem;
  /** The calls, by date then shift then trainee. */
  readonly shifts: readonly CallShift[];
  /** Every work period the schedule implies (base shifts, calls, transitions), by trainee then start. */
  readonly workPeriods: readonly WorkPeriod[];
  /** Whole calendar days with no work, per trainee id. */
  readonly daysOff: Readonly<Record<string, readonly string[]>>;
  /** The re-audit of `workPeriods` (after `history.workPeriods`, with one): no errors but those wholly in the history, which no schedule changes (warnings and notes may remain). */
  readonly audit: WorkHourReport;
  /** The history the schedule was made and audited with (only the pool's periods and leave), when one was given. */
  readonly history?: CallHistory;
  /** Calls per trainee id. */
  readonly callCounts: Readonly<Record<string, number>>;
  /** Calls of `problem.previous` not kept (given to someone else or dropped; 0 without one). */
  readonly changes: number;
  /** Solver statistics: model size, solves (one more per audit disagreement on days off), status. */
  readonly statistics: CallSolverStatistics;
  /** Wall-clock milliseconds: the only part that differs between identical runs. */
  readonly timing: CallTiming;
}

/** Sizes and outcome of the solver work of a call schedule. */
export interface CallSolverStatistics {
  /** Adapter name. */
  readonly solver: string;
  /** `optimal` (within the relative gap) or `feasible` (a time limit stopped the search with a schedule in hand). */
  readonly status: 'optimal' | 'feasible';
  /** Variables of the last model (of the largest window's, for a long span solved window by window). */
  readonly variables: number;
  /** Constraints of the last model (of the largest window's, for a long span). */
  readonly constraints: number;
  /** Solver calls made. */
  readonly solves: number;
  /** Relative gap between the schedule's objective and the solver's bound when it stopped (0.01 = 1 %), when the solver reports one: how far from optimal the schedule can be (the largest window's, for a long span, and none when a window has none). */
  readonly relativeGap?: number;
}

/** Wall-clock time of a call schedule. */
export interface CallTiming {
  /** Whole call, milliseconds. */
  readonly totalMs: number;
  /** Inside the solver, milliseconds. */
  readonly solverMs: number;
}

/** A shift the rules leave open. */
export interface CallShortfall {
  /** The coverage shift. */
  readonly coverageId: string;
  /** The date. */
  readonly date: string;
  /** Trainees missing. */
  readonly missing: number;
}

/** Why no call schedule exists, in words. */
export interface CallExplanation {
  /** One paragraph a chief resident can act on. */
  readonly summary: string;
  /** Each reason found, with its arithmetic. */
  readonly reasons: readonly string[];
  /** The fewest shifts that stay open with every rule kept, and which. */
  readonly shortfalls: readonly CallShortfall[];
}

/** No schedule covers every shift without breaking a rule. */
export interface InfeasibleCallSchedule {
  /** `infeasible`. */
  readonly status: 'infeasible';
  /** The problem's id. */
  readonly problemId: string;
  /** Why. */
  readonly explanation: CallExplanation;
}

/** A limit stopped the solver before any schedule was found. */
export interface UnsolvedCallSchedule {
  /** `no-solution`. */
  readonly status: 'no-solution';
  /** The problem's id. */
  readonly problemId: string;
  /** What stopped it. */
  readonly message: string;
}

/** What {@link scheduleCalls} returns. */
export type CallScheduleResult = CallSchedule | InfeasibleCallSchedule | UnsolvedCallSchedule;
