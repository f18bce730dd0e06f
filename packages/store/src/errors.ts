import type { Finding } from '@gmekit/model';

/**
 * Why the store refused an operation: a stable `code` (`store/conflict`,
 * `store/migration-checksum`, `store/connect`, …), a sentence a person can act
 * on, and the findings behind it when rows were invalid.
 */
export class StoreError extends Error {
  /** Stable machine code, e.g. `store/conflict`. */
  readonly code: string;
  /** Findings behind the error (invalid rows), empty otherwise. */
  readonly findings: readonly Finding[];

  /**
   * @param code - stable machine code
   * @param message - one sentence saying what went wrong
   * @param findings - findings behind the error
   */
  constructor(code: string, message: string, findings: readonly Finding[] = []) {
    super(message);
    this.name = 'StoreError';
    this.code = code;
    this.findings = findings;
  }
}

/**
 * A stale writer: the schedule changed since the caller read it (another
 * draft was saved or a version published), so the write was refused rather
 * than silently overwriting the newer state. Re-read and retry.
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
      `schedule ${scheduleId} is at revision ${actualRevision}, not ${expectedRevision}: someone else changed it since you read it; re-read it and apply your change again`,
    );
    this.name = 'ScheduleConflictError';
    this.scheduleId = scheduleId;
    this.expectedRevision = expectedRevision;
    this.actualRevision = actualRevision;
  }
}
