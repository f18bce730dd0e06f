export { evaluate } from './evaluate';
export { cadenceHours, DEFAULT_HOURS_PER_DAY } from './cadence';
export { spanMonths } from './days';
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
} from './types';
