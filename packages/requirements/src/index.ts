/**
 * `@gmekit/requirements`: the requirement rules engine (`evaluate`) for
 * curriculum plans and trainee records, and the ACGME clinical and
 * educational work-hour audit (`auditWorkHours`).
 *
 * @packageDocumentation
 */
export {
  evaluate,
} from './rules/evaluate';
export {
  cadenceHours,
  DEFAULT_HOURS_PER_DAY,
} from './rules/cadence';
export {
  spanMonths,
} from './rules/days';
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
} from './rules/types';
