/**
 * `@gmekit/requirements`: the requirement rules engine (`evaluate`) for
 * curriculum plans and trainee records, and the ACGME clinical and
 * educational work-hour audit (`auditWorkHours`).
 *
 * @packageDocumentation
 */
export {
  cadenceHours,
  DEFAULT_HOURS_PER_DAY,
  evaluate,
  spanMonths,
} from './rules/index';
export type {
  EvaluateOptions,
  EvaluationReport,
  EvaluationSubject,
  EvaluationSummary,
  Evidence,
  PlanStatus,
  PlanSubject,
  Range,
  RequirementResult,
  RequirementStatus,
  StatusCounts,
  TraineeStatus,
  TraineeSubject,
} from './rules/index';
export {
  auditWorkHours,
  pgyOn,
  readWorkPeriodsCsv,
  WORK_HOUR_CODES,
  WORK_PERIOD_CSV_COLUMNS,
  WORK_PERIOD_CSV_ZONE_HINT,
  WorkHourOptionsError,
} from './work-hours/index';
export type {
  AssignmentInput,
  AuditWorkHoursOptions,
  AveragingMode,
  AveragingWindowSummary,
  DateSpan,
  LeaveInput,
  ReadWorkPeriodsCsvOptions,
  TraineeInput,
  TraineeWorkHourSummary,
  UnassignedCalendar,
  UntrustedAuditWorkHoursOptions,
  WorkHourCode,
  WorkHourFinding,
  WorkHourLimits,
  WorkHourReport,
  WorkPeriodInput,
  WorkPeriodsCsv,
  WorkPeriodsCsvFinding,
} from './work-hours/index';
