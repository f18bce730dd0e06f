import { counted, type SolveCounter } from '../schedule/counted';
import { improveSchedule, type ImproveOutcome } from '../schedule/improve';
import { relaxation, restricted } from '../schedule/restricted';
import { dualBound } from '../solver/dual-bound';
import { highsStartSolver } from '../solver/highs-start';
import type { ScheduleProgress } from '../schedule/types';
import type { SolverAdapter } from '../solver/adapter';
import type { PriorCounts } from './fairness-rows';
import type { CallModel } from './model';
import type { PreparedCalls } from './prepare';
import { greedyStart } from './warm-start';

/** Trainees from which the default solver searches by improvement instead of one solve (as block schedules do). */
export const IMPROVE_CALLS_FROM = 20;

/**
 * Trainees freed together in one step. Six, measured on the benchmark month
 * (30 residents): groups of four reached the best schedules more slowly, and
 * larger groups make each small solve slower.
 */
const GROUP = 6;

/** Limit of one small solve, in seconds: most take a fifth of that, and a slow one is not worth the month's time. */
const STEP_SECONDS = 0.5;

/** Passes over all trainees: the search stops earlier at the gap or the time limit. */
const ROUNDS = 10;

/** Limits of {@link improveCalls}. */
export interface ImproveCallsLimits {
  /** Stop within this relative gap of the bound. */
  readonly relativeGap: number;
  /** Seconds for the whole search. */
  readonly timeLimitSeconds?: number;
  /** Told of each better schedule. */
  readonly onProgress?: (progress: ScheduleProgress) => void;
  /**
   * Seconds the relaxation may run on after the search's time limit, beside
   * whatever the caller does next; the bound then proves the schedule's gap
   * later (the outcome's `proof`). A long span gives this to each window but
   * the last whose relaxation starts at once, so a relaxation that the time
   * limit would cut short (the first window's, in a worker whose WebAssembly
   * is not yet optimised) still proves its window's gap instead of giving a
   * weak bound.
   */
  readonly trailSeconds?: number;
  /**
   * The relaxation starts once this settles: a long span's previous window's
   * relaxation, when it runs on. Two at once would share the search's two
   * cores three ways, and each would come later than it would in turn.
   */
  readonly after?: Promise<unknown>;
  /** Work for this thread while the search waits for the relaxation (see `meanwhile` of `improveSchedule`). */
  readonly meanwhile?: () => void;
}

/**
 * A call schedule by improvement search rather than one solve: the greedy
 * start (every hard rule kept) completed with its days off, then the block
 * scheduler's fix-and-optimize steps — small solves that free six trainees
 * at a time, hold the rest and start from the schedule so far — while the
 * relaxation is solved in a worker thread, on the other core, for the bound
 * its duals prove; once five steps in a row find nothing better, the search
 * waits for that bound, so on a busy machine the relaxation gets the core.
 * The search returns the first schedule of its step order within
 * `relativeGap` of that bound, so the answer does not depend on when the
 * bound arrives. Why: one solve of a month for 30 residents spends seconds
 * at its root node and minutes in its tree before it holds a schedule within
 * 1 %, where each small solve takes a tenth of a second.
 *
 * @param p - the prepared problem
 * @param built - its model
 * @param solver - the adapter (HiGHS)
 * @param limits - gap, time, progress
 * @param prior - calls of a long span's earlier windows
 * @returns the best schedule and its gap to the relaxation's bound (or, with `trailSeconds`, the gap's later `proof`); `no-solution` only when the start could not be completed
 */
export async function improveCalls(p: PreparedCalls, built: CallModel, solver: SolverAdapter, limits: ImproveCallsLimits, prior?: PriorCounts): Promise<ImproveOutcome> {
  const started = performance.now();
  const counter: SolveCounter = { solves: 0, ms: 0, ...(limits.timeLimitSeconds === undefined ? {} : { deadline: started + limits.timeLimitSeconds * 1000 }) };
  const { model } = built;
  // The relaxation is solved in a worker thread, on the other core, while the search runs here.
  // Its duals prove the bound (not its objective: the interior-point method stops within a tolerance),
  // and any duals prove one, so a method stopped by the time limit still bounds the schedule with its last iterate's.
  const relaxed = relaxation(model);
  const trail = limits.timeLimitSeconds === undefined ? 0 : (limits.trailSeconds ?? 0);
  const solveRelaxation = () => highsStartSolver({ worker: true }).solve(relaxed, { presolve: false, lpMethod: 'interior-point', ...(limits.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: limits.timeLimitSeconds + trail }) });
  // Posted to the worker now, not in a later callback: one queued behind the greedy start below would leave
  // the worker idle through it (a tenth of a second a window).
  const lp = limits.after === undefined ? solveRelaxation() : limits.after.catch(() => undefined).then(solveRelaxation);
  const bound = lp.then((out) => (out.rowDuals === undefined ? null : dualBound(relaxed, out.rowDuals)));
  const greedy = greedyStart(p, built, prior);
  const items = new Set(built.itemVar);
  // The greedy start sets calls and base shifts; one small solve with those held picks the days off and the counts.
  const held = restricted(
    model,
    model.variables.map((_, j) => greedy.get(j) ?? 0),
    (j) => items.has(j),
  );
  const completed = await counted(solver, counter, held.model, { relativeGap: 0 });
  if (completed.values === null) {
    // Only waited for so the worker is free again: a failed relaxation changes nothing here.
    await bound.catch(() => null);
    return { ...completed, wallMs: performance.now() - started };
  }
  const out = await improveSchedule(model, built.owner, solver, counter, {
    bound,
    relativeGap: limits.relativeGap,
    groupSize: GROUP,
    rounds: ROUNDS,
    stepSeconds: STEP_SECONDS,
    start: held.expand(completed.values),
    boundMayTrail: trail > 0,
    pauseWhenStale: true,
    ...(limits.meanwhile === undefined ? {} : { meanwhile: limits.meanwhile }),
    ...(limits.onProgress === undefined ? {} : { onProgress: limits.onProgress }),
  });
  return { ...out, wallMs: performance.now() - started };
}
