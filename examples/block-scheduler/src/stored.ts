/**
 * The example's schedules as a store keeps them: what `npm start` seeds a new
 * store with, so the program explorer has schedules to show.
 *
 * @module
 */
import { scheduleBlocks, scheduleCalls } from '@gmekit/scheduler';
import { callMonthProblem } from './call-problem';
import { classProblem, yearProblem } from './problems';

/** One schedule to save as a published version (the shape of `store.schedules.saveDraft`'s input, less the revision). */
export interface ExampleSchedule {
  /** Schedule id: the problem's id. */
  readonly scheduleId: string;
  /** Block or call. */
  readonly kind: 'block' | 'call';
  /** The program. */
  readonly programId: string;
  /** The version's content: `{ assignments, leave, note }` or `{ calls, note }`. */
  readonly content: {
    readonly assignments?: readonly unknown[];
    readonly leave?: readonly unknown[];
    readonly calls?: readonly unknown[];
    readonly note: string;
  };
}

/**
 * Solves the example's all-PGY year, its whole-program class plan and its
 * month of call (a few seconds together), and returns the schedules found.
 * A problem with no schedule is left out and named in `missing`.
 *
 * @returns the schedules and the ids of the problems that found none
 */
export async function exampleSchedules(): Promise<{ schedules: ExampleSchedule[]; missing: string[] }> {
  const schedules: ExampleSchedule[] = [];
  const missing: string[] = [];
  for (const problem of [yearProblem(), classProblem()]) {
    const r = await scheduleBlocks(problem, { relativeGap: 0.01 });
    if (r.status !== 'scheduled') missing.push(problem.id);
    else schedules.push({ scheduleId: r.problemId, kind: 'block', programId: problem.program.id, content: { assignments: r.assignments, leave: r.vacations, note: 'example schedule (examples/block-scheduler)' } });
  }
  const calls = callMonthProblem();
  const r = await scheduleCalls(calls);
  if (r.status !== 'scheduled') missing.push(calls.id);
  else {
    const programId = calls.trainees[0]?.trainee.programId ?? '';
    schedules.push({ scheduleId: calls.id, kind: 'call', programId, content: { calls: r.shifts.map((s) => ({ coverageId: s.coverageId, date: s.date, traineeId: s.traineeId })), note: 'example call month (examples/block-scheduler)' } });
  }
  return { schedules, missing };
}
