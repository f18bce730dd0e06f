/**
 * Cohort planner example: an incoming class's curricula on dates, their
 * requirement reports, a rotation calendar each and a summary table.
 *
 * @module
 */
export { CohortInputSchema, CohortLeaveSchema, CohortTraineeSchema } from './input';
export type { CohortInput, CohortTrainee } from './input';
export { CohortInputError, planCohort } from './plan';
export type { CohortPlan, TraineePlan } from './plan';
export { rotationICS } from './rotation-ics';
export { COLUMNS, summaryCSV, summaryMarkdown, summaryRow } from './summary';
export { writeCohort } from './write';
export { runCli } from './cli';
export type { CliStreams } from './cli';
