import { SchedulingInputError } from '../problem/input-error';
import type { CallScheduleOptions } from './types';

/**
 * Refuses call-schedule options a solver could not use: a time limit that is
 * not a positive number of seconds (NaN would reach HiGHS as its limit).
 *
 * @param options - the caller's options
 * @throws {@link SchedulingInputError} naming the option, e.g. `options.timeLimitSeconds: -1 is not a positive number of seconds`
 * @example
 * checkCallOptions({ timeLimitSeconds: 10 }); // fine
 */
export function checkCallOptions(options: CallScheduleOptions): void {
  for (const name of ['timeLimitSeconds', 'spanTimeLimitSeconds'] as const) {
    const seconds = options[name];
    if (seconds !== undefined && !(Number.isFinite(seconds) && seconds > 0)) throw new SchedulingInputError(['options', name], `options.${name}: ${String(seconds)} is not a positive number of seconds`);
  }
}
