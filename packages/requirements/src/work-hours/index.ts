/**
 * ACGME clinical and educational work-hour audit.
 *
 * @packageDocumentation
 */
export { auditWorkHours } from './audit';
export { readWorkPeriodsCsv, WORK_PERIOD_CSV_COLUMNS, WORK_PERIOD_CSV_ZONE_HINT } from './csv/read';
export type { ReadWorkPeriodsCsvOptions, WorkPeriodsCsv, WorkPeriodsCsvFinding } from './csv/read';
export { WorkHourOptionsError } from './options-error';
export { pgyOn } from './pgy';
export { WORK_HOUR_CODES } from './types';
export type {
  AssignmentInput,
  AuditWorkHoursOptions,
  AveragingMode,
  AveragingWindowSummary,
  DateSpan,
  LeaveInput,
  TraineeInput,
  TraineeWorkHourSummary,
  UnassignedCalendar,
  UntrustedAuditWorkHoursOptions,
  WorkHourCode,
  WorkHourFinding,
  WorkHourLimits,
  WorkHourReport,
  WorkPeriodInput,
} from './types';
