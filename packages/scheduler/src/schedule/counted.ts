import type { SolveOptions, SolveOutcome, SolveProgress, SolverAdapter } from '../solver/adapter';
import type { ScheduleOptions, ScheduleProgress } from './types';

/** Counts solver calls and their time. */
export interface SolveCounter {
  /** Solves so far. */
  solves: number;
  /** Milliseconds in the solver. */
  ms: number;
  /**
   * `performance.now()` by which every solve must be done, when the caller's
   * time limit covers all solves together: each solve gets what is left.
   */
  deadline?: number;
}

/** Shortest limit handed to a solver, in seconds: HiGHS treats 0 as "no time at all" and some adapters as "none". */
export const LEAST_SECONDS = 0.01;

/**
 * Seconds left before the counter's deadline (never below a hundredth), or
 * `undefined` without one.
 *
 * @param counter - the counter
 * @returns the seconds left
 */
export function secondsLeft(counter: SolveCounter): number | undefined {
  return counter.deadline === undefined ? undefined : Math.max(LEAST_SECONDS, (counter.deadline - performance.now()) / 1000);
}

/**
 * Waits for a promise, but no longer than given (a deadline's
 * {@link secondsLeft}), and clears its timer either way, so a wait cut short
 * does not keep the process alive.
 *
 * @param promise - what to wait for (it must not reject)
 * @param seconds - the longest wait; `undefined`: wait for the promise
 * @returns when the promise settles or the time is up
 * @example
 * await waitAtMost(new Promise<void>(() => {}), 0.01); // returns after 10 ms
 */
export async function waitAtMost(promise: Promise<void>, seconds: number | undefined): Promise<void> {
  if (seconds === undefined) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeUp = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, seconds * 1000);
  });
  await Promise.race([promise, timeUp]);
  clearTimeout(timer);
}

/**
 * Solves through the adapter and keeps count.
 *
 * @param solver - the adapter
 * @param counter - the counter
 * @param model - what to solve
 * @param options - limits (the time limit is cut to what is left before the counter's deadline)
 * @param onProgress - told of the search's better solutions and bounds (the main solves, not an explanation's many small ones)
 * @param hints - solver hints beyond the schedule options (presolve, a start)
 * @returns the outcome
 */
export async function counted(
  solver: SolverAdapter,
  counter: SolveCounter,
  model: Parameters<SolverAdapter['solve']>[0],
  options: ScheduleOptions,
  onProgress?: (progress: ScheduleProgress) => void,
  hints: Pick<SolveOptions, 'presolve' | 'start'> = {},
): Promise<SolveOutcome> {
  const left = secondsLeft(counter);
  const limit = left === undefined ? options.timeLimitSeconds : Math.min(left, options.timeLimitSeconds ?? left);
  const out = await solver.solve(model, {
    ...(onProgress === undefined ? {} : { onProgress: (s: SolveProgress) => { onProgress(solveProgress(s)); } }),
    ...(limit === undefined ? {} : { timeLimitSeconds: limit }),
    ...(options.relativeGap === undefined ? {} : { relativeGap: options.relativeGap }),
    ...(options.firstSchedule === true ? { stopAtFirstSolution: true } : {}),
    ...hints,
  });
  counter.solves += 1;
  counter.ms += out.wallMs;
  return out;
}


/**
 * A solver report as a `solve` step, in words: the best objective so far,
 * the bound and how far apart they are.
 *
 * @param s - the solver's report
 * @returns the progress step
 */
export function solveProgress(s: SolveProgress): ScheduleProgress {
  const round = (x: number) => Math.round(x * 100) / 100;
  const best = s.objective === null ? 'no schedule yet' : `best so far ${round(s.objective)}`;
  const bound = s.bound === null ? '' : `, bound ${round(s.bound)}`;
  const gap = s.relativeGap === null ? '' : ` (within ${(s.relativeGap * 100).toFixed(1)} %)`;
  return { phase: 'solve', message: `${best}${bound}${gap} after ${s.seconds.toFixed(1)} s`, solver: s };
}
