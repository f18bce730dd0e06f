import { addMonths, daysOfIsoDate, type DaySpan, durationMonths, mergeSpans, type Program, programMonths, type Requirement, type TraineeRecord } from '@gmekit/model';
import { monthsLessLeave } from './days';
import type { EvaluateOptions } from './types';

/** Average days in a month (365.25 / 12), used only to turn fractional months into days. */
export const AVERAGE_MONTH_DAYS = 30.4375;

/**
 * One trainee's training dates as day numbers. PGY levels advance on each
 * anniversary of the start date (July 1 for on-cycle trainees), so
 * off-cycle trainees get their own PGY years.
 */
export interface Timeline {
  /** First day of training. */
  readonly start: number;
  /** Last day of training (start + program length + extension − 1 day), or `null` when no length is known. */
  readonly end: number | null;
  /** The evaluation date. */
  readonly asOf: number;
  /** Leave, merged and sorted. */
  readonly leave: readonly DaySpan[];
  /** PGY level on the start date. */
  readonly pgyAtStart: number;
  /** Program length in months used for `end`, or `null`. */
  readonly months: number | null;
  /** Training months from the start through `asOf` (not past the end), leave taken out. */
  readonly elapsed: number;
  /** Training months after `asOf` through the end, planned leave taken out (`Infinity` when the end is unknown). */
  readonly left: number;
}

/**
 * Program length in months: the `trainingMonths` option, else the program's
 * stated length (its lower bound), else the set's training-length requirement.
 *
 * @param requirements - the requirements (a training-length one gives the length)
 * @param program - the program, if given
 * @param options - evaluation options
 * @returns months or `null`
 */
export function trainingMonths(requirements: readonly Requirement[], program: Program | undefined, options: EvaluateOptions): number | null {
  if (options.trainingMonths !== undefined) return options.trainingMonths;
  const stated = program === undefined ? null : programMonths(program);
  if (stated !== null) return stated.min;
  for (const r of requirements) {
    if (r.kind !== 'training-length') continue;
    const b = durationMonths(r.length, program?.conversions);
    if (b !== null) return b.min;
  }
  return null;
}

/**
 * Adds a possibly fractional number of months to a day: whole calendar
 * months, then the fraction as average-length days.
 *
 * @param day - a day number
 * @param months - months to add
 * @returns the day number
 */
export function addFractionalMonths(day: number, months: number): number {
  const whole = Math.floor(months);
  return addMonths(day, whole) + Math.round((months - whole) * AVERAGE_MONTH_DAYS);
}

/**
 * Builds a trainee's timeline.
 *
 * @param record - the trainee record
 * @param asOf - evaluation date (`YYYY-MM-DD`)
 * @param months - program length in months, or `null`
 * @param options - evaluation options (extension)
 * @returns the timeline
 */
export function buildTimeline(record: TraineeRecord, asOf: string, months: number | null, options: EvaluateOptions): Timeline {
  const start = daysOfIsoDate(record.trainee.startDate);
  const ext = options.extension;
  const end = months === null ? null : addFractionalMonths(start, months + (ext?.months ?? 0)) + (ext?.days ?? 0) - 1;
  const leave = mergeSpans(record.leave.map((l) => ({ start: daysOfIsoDate(l.start), end: daysOfIsoDate(l.end) })));
  const day = daysOfIsoDate(asOf);
  const elapsed = monthsLessLeave({ start, end: end === null ? day : Math.min(day, end) }, leave);
  const left = end === null ? Number.POSITIVE_INFINITY : monthsLessLeave({ start: day + 1, end }, leave);
  return { start, end, asOf: day, leave, pgyAtStart: record.trainee.pgyAtStart, months, elapsed, left };
}

/**
 * First day of a PGY level for this trainee (the training start for levels
 * before the one the trainee started at).
 *
 * @param t - the timeline
 * @param level - PGY level
 * @returns day number
 */
export function pgyStart(t: Timeline, level: number): number {
  return level <= t.pgyAtStart ? t.start : addMonths(t.start, 12 * (level - t.pgyAtStart));
}

/**
 * Last day of a PGY level, not after the end of training.
 *
 * @param t - the timeline
 * @param level - PGY level
 * @returns day number
 */
export function pgyEnd(t: Timeline, level: number): number {
  const last = addMonths(t.start, 12 * (level - t.pgyAtStart + 1)) - 1;
  return t.end === null ? last : Math.min(last, t.end);
}
