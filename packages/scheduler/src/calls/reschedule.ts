import type { CallProblem } from '@gmekit/model';
import { day } from '../problem/days';
import { checkCallOptions } from './check-options';
import { SchedulingInputError } from '../problem/input-error';
import { prepareCalls } from './prepare';
import { solvePrepared } from './solve';
import { chosenOf } from './state';
import type { CallSchedule, CallScheduleOptions, CallShift, InfeasibleCallSchedule, UnsolvedCallSchedule } from './types';

/**
 * What changed since a schedule was made:
 * - `sick`: the trainee cannot work from `start` to `end` (inclusive; one day when `end` is absent);
 * - `leave`: new leave from `start` to `end` (inclusive);
 * - `departure`: the trainee leaves the pool on `start` (no work from then on).
 *
 * Each becomes leave on the problem: no work on those days, and the days
 * leave the averaging windows' denominators, as the audit counts them.
 */
export interface CallChange {
  /** `sick`, `leave` or `departure`. */
  readonly kind: 'sick' | 'leave' | 'departure';
  /** The trainee. */
  readonly traineeId: string;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (inclusive); ignored for a departure. */
  readonly end?: string;
}

/** The calls that moved. */
export interface CallDiff {
  /** Calls of the old schedule not on the new one. */
  readonly removed: readonly CallShift[];
  /** Calls on the new schedule that were not on the old one. */
  readonly added: readonly CallShift[];
}

/** A re-solved schedule and what moved. */
export interface RescheduledCalls {
  /** `scheduled`. */
  readonly status: 'scheduled';
  /** The new schedule (audited like any other). */
  readonly schedule: CallSchedule;
  /** What moved: `removed.length` is the number of changed calls, the fewest the rules allow. */
  readonly diff: CallDiff;
}

/** What {@link rescheduleCalls} returns. */
export type RescheduleResult = RescheduledCalls | InfeasibleCallSchedule | UnsolvedCallSchedule;

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The problem with the change applied as leave and the schedule's calls as
 * `previous`, so the solver keeps every call it can.
 *
 * @param schedule - the schedule
 * @param change - the change
 * @returns the new problem
 * @throws {@link SchedulingInputError} for an unknown trainee or a malformed date
 */
export function changedProblem(schedule: CallSchedule, change: CallChange): CallProblem {
  const { problem } = schedule;
  const slot = problem.trainees.findIndex((t) => t.trainee.id === change.traineeId);
  if (slot < 0) throw new SchedulingInputError(['change', 'traineeId'], `change.traineeId: unknown trainee "${change.traineeId}"`);
  if (!ISO.test(change.start)) throw new SchedulingInputError(['change', 'start'], `change.start: "${change.start}" is not a date YYYY-MM-DD`);
  const end = change.kind === 'departure' ? problem.end : (change.end ?? change.start);
  if (!ISO.test(end) || end < change.start) throw new SchedulingInputError(['change', 'end'], `change.end: "${end}" is not a date YYYY-MM-DD on or after ${change.start}`);
  const ids = new Map(problem.trainees.map((t) => [t.trainee.id as string, t.trainee.id]));
  const previous = schedule.shifts.flatMap((s) => {
    const traineeId = ids.get(s.traineeId);
    return traineeId === undefined ? [] : [{ coverageId: s.coverageId, date: s.date, traineeId }];
  });
  const trainees = problem.trainees.map((t, i) => (i === slot ? { ...t, requests: [...t.requests, { kind: 'vacation' as const, start: change.start, end }] } : t));
  return { ...problem, trainees, previous };
}

/**
 * The calls that differ between two lists, by id.
 *
 * @param before - old calls
 * @param after - new calls
 * @returns removed and added calls
 */
export function diffShifts(before: readonly CallShift[], after: readonly CallShift[]): CallDiff {
  const a = new Set(after.map((s) => s.id));
  const b = new Set(before.map((s) => s.id));
  return { removed: before.filter((s) => !a.has(s.id)), added: after.filter((s) => !b.has(s.id)) };
}

/**
 * Re-solves a schedule after a sick call, new leave or a departure with the
 * fewest changed calls: every call and base shift starting on a day before
 * `change.start` is locked (that work has been done; the changed trainee's
 * own is kept too unless their leave, which shortens their averaging
 * windows, makes it break a rule), and every later call
 * of the schedule is kept unless keeping it would break a rule or leave a
 * shift open (one changed call costs more than every fairness and spacing
 * preference together). A call of the changed trainee that started the day
 * before and runs into `change.start` is handed over too. The schedule's
 * history, if any, is kept. By default the solve is exact (relative gap 0),
 * so the count of changes is the minimum.
 *
 * @param schedule - a schedule from {@link scheduleCalls}
 * @param change - what changed
 * @param options - solver options (default relative gap 0)
 * @returns the new schedule and the diff, or why no schedule exists
 * @throws {@link SchedulingInputError} for an unknown trainee, a bad date or a time limit that is not a positive number
 * @example
 * const result = await rescheduleCalls(schedule, { kind: 'sick', traineeId: 'r1', start: '2026-08-12' });
 * if (result.status === 'scheduled') console.log(result.diff.removed.length, 'calls moved');
 */
export async function rescheduleCalls(schedule: CallSchedule, change: CallChange, options: CallScheduleOptions = {}): Promise<RescheduleResult> {
  checkCallOptions(options);
  const problem = changedProblem(schedule, change);
  const last = change.kind === 'departure' ? problem.end : (change.end ?? change.start);
  if (day(change.start) > day(problem.end) || day(last) < day(problem.start) - 1) {
    // Nothing in the horizon changes.
    return { status: 'scheduled', schedule: { ...schedule, problem }, diff: { removed: [], added: [] } };
  }
  const p = prepareCalls(problem, schedule.history);
  // Work on days before the change has been done: it is fixed, and only later calls may move. The changed
  // trainee's own earlier work is only preferred: their new leave shortens their averaging windows, so work
  // counted against a shorter window may have to move for the audit to pass.
  const except = p.problem.trainees.findIndex((t) => t.trainee.id === change.traineeId);
  const lock = { before: day(change.start) - p.firstDay, chosen: chosenOf(p, schedule), except };
  const result = await solvePrepared(p, { relativeGap: 0, ...options }, lock);
  if (result.status !== 'scheduled') return result;
  return { status: 'scheduled', schedule: result, diff: diffShifts(schedule.shifts, result.shifts) };
}
