/**
 * `@gmekit/requirements`: the requirement rules engine (`evaluate`) for
 * curriculum plans and trainee records, and the ACGME clinical and
 * educational work-hour audit (`auditWorkHours`).
 *
 * @packageDocumentation
 */
export {
  benchEvaluate,
  cadenceHours,
  DEFAULT_HOURS_PER_DAY,
  evaluate,
  spanMonths,
  syntheticCohort,
} from './rules/index';
export type {
  EvaluateBenchmark,
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
  SyntheticCohort,
  SyntheticCohortOptions,
  TraineeStatus,
  TraineeSubject,
} from './rules/index';
export {
  auditWorkHours,
  generateSyntheticPeriods,
  pgyOn,
  WORK_HOUR_CODES,
} from './work-hours/index';
export type {
  AuditWorkHoursOptions,
  AveragingMode,
  AveragingWindowSummary,
  DateSpan,
  SyntheticOptions,
  SyntheticWorkHours,
  TraineeWorkHourSummary,
  UnassignedCalendar,
  WorkHourCode,
  WorkHourFinding,
  WorkHourLimits,
  WorkHourReport,
} from './work-hours/index';
