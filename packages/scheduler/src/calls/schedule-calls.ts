import { checkCallOptions } from './check-options';
import { scheduleByWindows, spansWindows } from './long-span';
import { prepareCalls } from './prepare';
import { searchesByImprovement, solvePrepared } from './solve';
import { warmWorker } from '../solver/highs-worker';
import type { CallScheduleOptions, CallScheduleResult } from './types';

/**
 * Builds a month's (a block's, up to a year's) call and night-float schedule
 * on a MILP solver (HiGHS by default), with every ACGME rule the work-hour
 * audit checks as a hard constraint — 80 hours averaged over each window from
 * base shifts, calls and transitions, one day in seven free, in-house call no
 * more often than ⌈days / 3⌉ nights per window, 24 + 4 with no new patients
 * after 24, 14 hours free after 24, 8 hours between shifts, the night-float
 * limit — plus the program's rules; fairness, requests and spacing are the
 * objective. The result is re-audited with `auditWorkHours`: a schedule is
 * returned only when the audit finds no error, and a disagreement is thrown
 * as a bug ({@link ScheduleVerificationError}).
 *
 * Times are wall-clock times in the problem's zone: a 19:00–07:00 night is 11
 * or 13 real hours across a DST change, and a 24-hour call is 24 real hours.
 * Without `options.history` the first day starts fresh; with it (the
 * previous month's work periods, e.g. `historyOf(previous)`), the averaged
 * rules reach back into the previous month and a trainee post-call on the
 * first morning is not scheduled again too soon.
 *
 * @param problem - a `CallProblem` (validated here; untrusted input welcome)
 * @param options - solver, time limit, relative gap (default 1 %)
 * @returns the schedule, `{ status: 'infeasible', explanation }` in words, or `no-solution` when a time limit stopped the solver first
 * @throws `ZodError` for a malformed problem, `SchedulingInputError` for a bad reference or a time limit that is not a positive number
 * @example
 * const result = await scheduleCalls(problem);
 * if (result.status === 'scheduled') console.log(result.shifts.length, 'calls');
 * else if (result.status === 'infeasible') console.log(result.explanation.summary);
 */
export async function scheduleCalls(problem: unknown, options: CallScheduleOptions = {}): Promise<CallScheduleResult> {
  const started = performance.now();
  checkCallOptions(options);
  const p = prepareCalls(problem, options.history);
  // The relaxation's worker loads HiGHS while the first model is built.
  if (searchesByImprovement(p, options)) void warmWorker();
  return options.wholeSpan !== true && spansWindows(p) ? scheduleByWindows(p, options, started) : solvePrepared(p, options);
}
