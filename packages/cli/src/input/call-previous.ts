import { CallAssignmentSchema, type CallAssignment, type CallProblem, zodIssuesToFindings } from '@gmekit/model';
import { type CallHistory, historyOf, readCallSchedule, ScheduleVerificationError, SchedulingInputError } from '@gmekit/scheduler';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';
import { CliError } from '../errors';
import type { CliIo } from '../io';
import { parseOrFail, readJsonFile } from './json-file';

/** A bare list of calls (no problem): its month cannot be told, so it is taken as the same month. */
const CallListSchema = z.object({ shifts: z.array(CallAssignmentSchema) });

/**
 * Turns an error of the scheduler about a file into the CLI's one line
 * naming that file (and the JSON path the scheduler gives); other errors
 * pass through unchanged.
 *
 * @param file - the file the input came from
 * @param e - the error
 * @returns never: always throws
 * @throws CliError for a zod, input or verification error
 */
export function callInputError(file: string, e: unknown): never {
  if (e instanceof z.ZodError) throw new CliError(`${file}: ${zodIssuesToFindings(e)[0]?.message ?? 'invalid'}`);
  if (e instanceof SchedulingInputError) throw new CliError(`${file}: ${e.message}`);
  if (e instanceof ScheduleVerificationError) throw new CliError(`${file}: the schedule breaks a rule: ${e.message}`);
  throw e;
}

/** What `--previous` contributes to a call problem: calls to keep, and the history the month starts from. */
export interface PreviousCalls {
  /** `same-month`: re-solve keeping the calls; `history`: the month before, carried over. */
  readonly kind: 'same-month' | 'history';
  /** With `same-month`, the previous schedule's calls (the problem's `previous`). */
  readonly calls?: readonly CallAssignment[];
  /** The history to schedule with: the previous month (`history`), or the one the same-month schedule was made with. */
  readonly history?: CallHistory;
}

const dayAfter = (date: string): string => Temporal.PlainDate.from(date).add({ days: 1 }).toString();

/**
 * Reads `calls --previous <schedule.json>` against the problem being
 * solved. A schedule saved with `--json` is read back and re-audited (as
 * `readCallSchedule` does); then
 * - it ends the day before the problem starts → its work is the history the
 *   new month starts from (`historyOf`);
 * - it shares a day with the problem → its calls are kept as far as the rules
 *   allow (the problem's `previous`), with the history it was made with;
 * - otherwise (a gap, or it starts after the problem) → an input error.
 * A bare `{ shifts: [...] }` list of calls is taken as the same month.
 *
 * @param io - the command's io
 * @param file - the file as typed
 * @param problem - the parsed problem
 * @returns what to schedule with
 * @throws CliError naming the file (and the JSON path) for a bad file or one of no adjacent or overlapping month
 */
export function readPreviousCalls(io: CliIo, file: string, problem: CallProblem): PreviousCalls {
  const raw = readJsonFile(io, file);
  if (typeof raw === 'object' && raw !== null && !('problem' in raw)) return { kind: 'same-month', calls: parseOrFail(CallListSchema, raw, file).shifts };
  let previous;
  try {
    previous = readCallSchedule(raw);
  } catch (e) {
    callInputError(file, e);
  }
  const { start, end } = previous.problem;
  if (dayAfter(end) === problem.start) return { kind: 'history', history: historyOf(previous) };
  if (start <= problem.end && end >= problem.start) {
    // The shifts were re-verified against their problem: parsing only brands the ids and drops the times.
    const calls = CallListSchema.parse({ shifts: previous.shifts }).shifts;
    return { kind: 'same-month', calls, ...(previous.history === undefined ? {} : { history: previous.history }) };
  }
  throw new CliError(`${file}: problem.end: the previous schedule runs ${start} to ${end}; to carry it over it must end the day before ${problem.start}, and to keep its calls it must share a day with ${problem.start} to ${problem.end}`);
}
