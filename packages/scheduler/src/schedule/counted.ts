import type { SolveOutcome, SolverAdapter } from '../solver/adapter';
import type { ScheduleOptions } from './types';

/** Counts solver calls and their time. */
export interface SolveCounter {
  /** Solves so far. */
  solves: number;
  /** Milliseconds in the solver. */
  ms: number;
}

/**
 * Solves through the adapter and keeps count.
 *
 * @param solver - the adapter
 * @param counter - the counter
 * @param model - what to solve
 * @param options - limits
 * @returns the outcome
 */
export async function counted(solver: SolverAdapter, counter: SolveCounter, model: Parameters<SolverAdapter['solve']>[0], options: ScheduleOptions): Promise<SolveOutcome> {
  const out = await solver.solve(model, {
    ...(options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds }),
    ...(options.relativeGap === undefined ? {} : { relativeGap: options.relativeGap }),
    ...(options.firstSchedule === true ? { stopAtFirstSolution: true } : {}),
  });
  counter.solves += 1;
  counter.ms += out.wallMs;
  return out;
}

