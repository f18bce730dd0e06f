import { RecurrenceError } from '../errors';

/**
 * Runs `f` and returns the `RecurrenceError` it throws; anything else (or
 * nothing thrown) fails the test.
 */
export function thrown(f: () => unknown): RecurrenceError {
  try {
    f();
  } catch (e) {
    if (e instanceof RecurrenceError) return e;
    throw e;
  }
  throw new Error('expected a RecurrenceError');
}
