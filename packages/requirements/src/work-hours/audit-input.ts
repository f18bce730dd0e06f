import type { Trainee } from '@gmekit/model';
import type { PeriodTable } from './input';
import type { AveragingMode, UnassignedCalendar } from './types';
import type { DayAssignment } from './windows';
import type { ZoneDays } from './zone-days';

// Its own module, read by both trainee-audit.ts and window-rules.ts, so
// neither imports the other.
/** Everything known about one trainee for the audit. */
export interface TraineeAuditInput {
  /** Trainee id. */
  readonly traineeId: string;
  /** The trainee record, when known. */
  readonly trainee: Trainee | undefined;
  /** Periods. */
  readonly table: PeriodTable;
  /** The trainee's valid rows, sorted by start then end then input order. */
  readonly rows: Int32Array;
  /** Zone days. */
  readonly days: ZoneDays;
  /** Assignments as days, sorted, not overlapping. */
  readonly assignments: readonly DayAssignment[];
  /** Leave days (epoch days). */
  readonly leaveDays: ReadonlySet<number>;
  /** Averaging mode. */
  readonly mode: AveragingMode;
  /** Calendar of the windows of work no assignment covers. */
  readonly calendar: UnassignedCalendar;
  /** Base weekly limit. */
  readonly weeklyLimit: number;
  /** Weekly limit by rotation id (exceptions). */
  readonly rotationLimits: ReadonlyMap<string, number>;
  /** Continuity gap, ms. */
  readonly gapMs: number;
  /** Night-float limit. */
  readonly nightFloatMax: number | undefined;
}
