/**
 * Typed errors of the recurrence engine. Each carries a stable code and the
 * path of the offending input so callers can turn it into a finding.
 *
 * @module
 */
import { GmekitError } from '@gmekit/model';

/** Stable codes of {@link RecurrenceError} and {@link RecurrenceIssue}. */
export type RecurrenceErrorCode =
  | 'rrule/syntax'
  | 'rrule/unknown-part'
  | 'rrule/duplicate-part'
  | 'rrule/invalid-value'
  | 'rrule/missing-freq'
  | 'rrule/count-and-until'
  | 'rrule/invalid-combination'
  | 'invalid-date-time'
  | 'invalid-duration'
  | 'invalid-end'
  | 'unknown-time-zone'
  | 'invalid-window'
  | 'window-needs-time-zone'
  | 'unbounded'
  | 'limit-exceeded'
  | 'work-exceeded'
  | 'invalid-option';

/** A problem found in input, as plain data (what `parseRRule` returns). */
export interface RecurrenceIssue {
  /** Stable machine code. */
  readonly code: RecurrenceErrorCode;
  /** Always `error`: the input cannot be used. */
  readonly severity: 'error';
  /** Path of the offending input, e.g. `['rrule', 'BYDAY']`. */
  readonly path: readonly (string | number)[];
  /** What was wrong and what was expected. */
  readonly message: string;
}

/** Thrown by `expand` and `iterate` when their input cannot be used. */
export class RecurrenceError extends GmekitError {
  /** Stable machine code. */
  declare readonly code: RecurrenceErrorCode;

  /**
   * @param code - stable machine code
   * @param path - path of the offending input
   * @param message - what was wrong and what was expected
   */
  constructor(code: RecurrenceErrorCode, path: readonly (string | number)[], message: string) {
    super(code, path, message);
    this.name = 'RecurrenceError';
  }

  /**
   * @param issue - a plain issue
   * @returns the same problem as an error to throw
   */
  static from(issue: RecurrenceIssue): RecurrenceError {
    return new RecurrenceError(issue.code, issue.path, issue.message);
  }
}
