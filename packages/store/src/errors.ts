import { GmekitError, type Finding } from '@gmekit/model';

/** Options of {@link StoreError}. */
export interface StoreErrorOptions {
  /** Findings behind the error (the invalid rows or fields), when there are any. */
  readonly findings?: readonly Finding[];
  /** The error that led to this one (a driver error behind `store/connect`). */
  readonly cause?: unknown;
}

/**
 * Why the store refused an operation: a stable `code` (`store/conflict`,
 * `store/migration-checksum`, `store/connect`, …), the `path` of the offending
 * argument, a sentence a person can act on, and the findings behind it when
 * rows were invalid. A `GmekitError` (from `@gmekit/model`), so `toFinding()` turns it into a
 * finding.
 *
 * @example
 * try {
 *   await store.queries.workHoursInput({ from: '2026-07', to: '2026-07-31' });
 * } catch (error) {
 *   if (error instanceof StoreError) console.log(error.code, error.path); // store/invalid-options [ 'window', 'from' ]
 * }
 */
export class StoreError extends GmekitError {
  /** Findings behind the error (invalid rows), empty otherwise. */
  readonly findings: readonly Finding[];

  /**
   * @param code - stable machine code, e.g. `store/conflict`
   * @param path - path of the offending argument (`[]` for the whole call)
   * @param message - one sentence saying what went wrong
   * @param options - findings behind the error and its cause
   */
  constructor(code: string, path: readonly (string | number)[], message: string, options: StoreErrorOptions = {}) {
    super(code, path, message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'StoreError';
    this.findings = options.findings ?? [];
  }
}

/**
 * A stale writer: the schedule changed since the caller read it (another
 * draft was saved or a version published), so the write was refused rather
 * than silently overwriting the newer state. Re-read and retry. Its code is
 * `store/conflict` and its path `['expectedRevision']`.
 */
export class ScheduleConflictError extends StoreError {
  /** The schedule. */
  readonly scheduleId: string;
  /** Revision the caller expected. */
  readonly expectedRevision: number;
  /** Revision the store holds. */
  readonly actualRevision: number;

  /**
   * @param scheduleId - the schedule
   * @param expectedRevision - revision the caller read
   * @param actualRevision - revision now in the store
   */
  constructor(scheduleId: string, expectedRevision: number, actualRevision: number) {
    super(
      'store/conflict',
      ['expectedRevision'],
      `schedule ${scheduleId} is at revision ${actualRevision}, not ${expectedRevision}: someone else changed it since you read it; re-read it and apply your change again`,
    );
    this.name = 'ScheduleConflictError';
    this.scheduleId = scheduleId;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
  }
}
