/**
 * `@gmekit/scheduler`: block schedules for residency and fellowship programs,
 * built by a MILP solver (HiGHS in WebAssembly by default), checked against
 * the same requirement rules that audit them, with a plain-language
 * explanation when no schedule exists and minimal-change re-solves.
 *
 * @packageDocumentation
 */
export { scheduleBlocks } from './schedule/schedule-blocks';
export { ScheduleVerificationError } from './schedule/verify';
export { SchedulingInputError } from './problem/input-error';
export type {
  BlockSchedule,
  ConflictingRule,
  Explanation,
  InfeasibleSchedule,
  ScheduleChange,
  ScheduledBlock,
  ScheduleOptions,
  ScheduleProgress,
  ScheduleResult,
  SolverStatistics,
  TraineeSchedule,
  UnsolvedSchedule,
} from './schedule/types';
export { checkModel, ModelBuilder } from './solver/linear-model';
export type { Constraint, LinearModel, Term, Variable, VariableType } from './solver/linear-model';
export { toLP } from './solver/lp-format';
export { toMPS } from './solver/mps-format';
export type { SolveOptions, SolveOutcome, SolveProgress, SolverAdapter, SolveStatus } from './solver/adapter';
export { highsSolver } from './solver/highs';
export type { HighsAdapterOptions } from './solver/highs';
export { scheduleCalls } from './calls/schedule-calls';
export type {
  CallExplanation,
  CallSchedule,
  CallScheduleOptions,
  CallScheduleResult,
  CallShift,
  CallShortfall,
  CallSolverStatistics,
  CallTiming,
  InfeasibleCallSchedule,
  UnsolvedCallSchedule,
} from './calls/types';
export { applySwap, swapCandidates } from './calls/swaps';
export type { SwapCandidate, SwapList, SwapRefusal } from './calls/swaps';
export { rescheduleCalls } from './calls/reschedule';
export type { CallChange, CallDiff, RescheduledCalls, RescheduleResult } from './calls/reschedule';
export { callsToCSV, callsToICS } from './calls/export';
export type { CallIcsOptions } from './calls/export';
export { readCallSchedule } from './calls/read';
export { CallHistorySchema, historyOf } from './calls/history';
export type { CallHistory } from './calls/history';
export { traineeCalendars } from './schedule/calendars';
export type { TraineeCalendar, TraineeCalendarOptions } from './schedule/calendars';
