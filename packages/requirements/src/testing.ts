/**
 * `@gmekit/requirements/testing`: synthetic inputs and timing helpers for
 * tests and benchmarks. Not part of the library API: the figures they make
 * are realistic shapes, not data about any program.
 *
 * @packageDocumentation
 */
export { benchEvaluate, syntheticCohort } from './rules/bench';
export type { EvaluateBenchmark, SyntheticCohort, SyntheticCohortOptions } from './rules/bench';
export { programInput } from './rules/program-input';
export type { ProgramInputFields, ProgramInputRotation } from './rules/program-input';
export { generateSyntheticPeriods } from './work-hours/synthetic';
export type { SyntheticOptions, SyntheticWorkHours } from './work-hours/synthetic';
