import { GmekitError } from '@gmekit/model';
/**
 * A scheduling problem that parses but cannot be scheduled as stated: an
 * unknown rotation, a block outside the horizon, a fixed assignment on a
 * block the trainee is not in training. `path` points into the problem the
 * way a zod issue path does.
 */
export class SchedulingInputError extends GmekitError {
  /**
   * @param path - where in the problem
   * @param message - what is wrong, starting with the path
   */
  constructor(path: readonly (string | number)[], message: string) {
    super('scheduling/input', path, message);
    this.name = 'SchedulingInputError';
  }
}

/**
 * A path as text, `trainees[2].fixed[0].block`.
 *
 * @param path - the path
 * @returns the text
 */
export function pathText(path: readonly (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
