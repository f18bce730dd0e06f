import { HOUR_MS } from './instant';
import { WORK_HOUR_CODES, type WorkHourFinding } from './types';

/**
 * Finding builders: each names the trainee, the window or period, the
 * measured and allowed values and the CPR rule, in a sentence a coordinator
 * can act on. Rule numbers follow the 2025/2026 reformatted CPR (6.20–6.28;
 * VI.F in the 2023 edition).
 */

const round2 = (x: number): number => Math.round(x * 100) / 100;
const fmt1 = (x: number): string => (Math.round(x * 10) / 10).toFixed(1);
const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** Facts of a window finding. */
export interface WindowFacts {
  /** Trainee. */
  readonly traineeId: string;
  /** Window start and end (inclusive) as ISO dates. */
  readonly start: string;
  /** Last date, inclusive. */
  readonly end: string;
  /** Path of the assignment or first period. */
  readonly path: (string | number)[];
  /** Non-leave days. */
  readonly activeDays: number;
  /** Leave days left out. */
  readonly leaveDays: number;
  /** Rotation, if any. */
  readonly rotationId: string | undefined;
  /** Whether the window is a rolling one. */
  readonly rolling: boolean;
  /** Contributing periods (with time in the window), built only when a finding needs them. */
  readonly evidence: () => { periodIndexes: readonly number[]; periodIds?: readonly string[] };
}

function where(f: WindowFacts): string {
  const rotation = f.rotationId === undefined ? '' : ` on rotation ${f.rotationId}`;
  const leave = f.leaveDays > 0 ? `, ${plural(f.leaveDays, 'leave day', 'leave days')} left out` : '';
  const kind = f.rolling ? 'the rolling 28-day window' : 'the averaging window';
  return `${kind} ${f.start} to ${f.end}${rotation} (${plural(f.activeDays, 'day', 'days')} counted${leave})`;
}

function windowFinding(f: WindowFacts, code: WorkHourFinding['code'], message: string, measured: number, allowed: number, unit: WorkHourFinding['unit'], ref: string): WorkHourFinding {
  return { code, severity: 'error', path: f.path, message, ref, traineeId: f.traineeId, window: { start: f.start, end: f.end }, measured, allowed, ...(unit === undefined ? {} : { unit }), ...f.evidence() };
}

/**
 * @param f - window facts
 * @param workMs - counted milliseconds
 * @param limit - weekly limit
 * @returns the weekly-80 finding
 */
export function weeklyFinding(f: WindowFacts, workMs: number, limit: number): WorkHourFinding {
  const hours = workMs / HOUR_MS;
  const average = (hours * 7) / f.activeDays;
  const rule = limit > 80 ? `the Review Committee exception of ${limit} hours` : `${limit} hours`;
  return windowFinding(
    f,
    WORK_HOUR_CODES.weekly80,
    `Trainee ${f.traineeId} averaged ${fmt1(average)} hours a week over ${where(f)}: ${fmt1(hours)} hours including moonlighting and active at-home call time; the limit is ${rule} a week averaged over the rotation.`,
    round2(average),
    limit,
    'hours per week',
    limit > 80 ? 'ACGME CPR 6.24' : 'ACGME CPR 6.20',
  );
}

/**
 * @param f - window facts
 * @param daysOff - free 24-hour periods
 * @param required - days off required
 * @returns the day-off finding
 */
export function dayOffFinding(f: WindowFacts, daysOff: number, required: number): WorkHourFinding {
  return windowFinding(
    f,
    WORK_HOUR_CODES.dayOff,
    `Trainee ${f.traineeId} had ${plural(daysOff, 'day', 'days')} off (free 24-hour periods with no clinical work, education or at-home call) in ${where(f)}; one day in seven means at least ${required}.`,
    daysOff,
    required,
    'days off',
    'ACGME CPR 6.21.b',
  );
}

/**
 * @param f - window facts
 * @param calls - in-house call nights
 * @param allowed - most allowed
 * @returns the call-q3 finding
 */
export function callFinding(f: WindowFacts, calls: number, allowed: number): WorkHourFinding {
  return windowFinding(
    f,
    WORK_HOUR_CODES.callQ3,
    `Trainee ${f.traineeId} took ${plural(calls, 'in-house call', 'in-house calls')} in ${where(f)}; no more often than every third night on average allows at most ${allowed}.`,
    calls,
    allowed,
    'calls',
    'ACGME CPR 6.27',
  );
}

/**
 * The note on a window of work no assignment covers, averaged over a fixed
 * calendar block.
 *
 * @param f - window facts
 * @param calendar - the calendar the block comes from
 * @returns the unassigned-window info finding
 */
export function unassignedFinding(f: WindowFacts, calendar: 'four-week-blocks' | 'calendar-months'): WorkHourFinding {
  const block = calendar === 'calendar-months' ? 'the calendar month' : "the academic year's four-week block";
  return {
    code: WORK_HOUR_CODES.unassignedWindow,
    severity: 'info',
    path: f.path,
    ref: 'ACGME CPR 6.20',
    message: `Trainee ${f.traineeId}'s work from ${f.start} to ${f.end} is not covered by an assignment; it was averaged over ${block} ${f.start} to ${f.end} (days no assignment covers), counting days with no logged periods as free (pass the trainee's assignments to average by rotation).`,
    traineeId: f.traineeId,
    window: { start: f.start, end: f.end },
    ...f.evidence(),
  };
}

/**
 * The note on a window whose days off depend on time after the data end:
 * the known days off fall short, but the free time that runs to the end of
 * the data could still make them up.
 *
 * @param f - window facts
 * @param daysOff - days off known so far
 * @param required - days off required
 * @param lastDay - last day the data cover
 * @returns the incomplete-window info finding
 */
export function incompleteFinding(f: WindowFacts, daysOff: number, required: number, lastDay: string): WorkHourFinding {
  return {
    code: WORK_HOUR_CODES.incompleteWindow,
    severity: 'info',
    path: f.path,
    message: `Trainee ${f.traineeId}: one day in seven free cannot be verified yet for ${where(f)}: ${plural(daysOff, 'day', 'days')} off are known of the ${required} required, and the free time at the end of the data (through ${lastDay}) may still make them up; audit again when later data arrive.`,
    ref: 'ACGME CPR 6.21.b',
    traineeId: f.traineeId,
    window: { start: f.start, end: f.end },
    measured: daysOff,
    allowed: required,
    unit: 'days off',
    ...f.evidence(),
  };
}

/** Facts of a finding about a stretch of work. */
export interface StretchFacts {
  /** Trainee. */
  readonly traineeId: string;
  /** Path of the first period. */
  readonly path: (string | number)[];
  /** Start text. */
  readonly start: string;
  /** End text. */
  readonly end: string;
  /** Contributing periods' input indexes. */
  readonly periodIndexes: readonly number[];
  /** Their ids, when any has one. */
  readonly periodIds?: readonly string[];
}

function stretchFinding(
  f: StretchFacts,
  code: WorkHourFinding['code'],
  severity: WorkHourFinding['severity'],
  message: string,
  measured: number,
  allowed: number,
  unit: WorkHourFinding['unit'],
  ref: string,
): WorkHourFinding {
  return {
    code,
    severity,
    path: f.path,
    message,
    ref,
    traineeId: f.traineeId,
    period: { start: f.start, end: f.end },
    measured,
    allowed,
    ...(unit === undefined ? {} : { unit }),
    periodIndexes: f.periodIndexes,
    ...(f.periodIds === undefined ? {} : { periodIds: f.periodIds }),
  };
}

/**
 * @param f - the stretch
 * @param lengthMs - its length
 * @returns the continuous-24-4 finding for a stretch over 28 hours
 */
export function tooLongFinding(f: StretchFacts, lengthMs: number): WorkHourFinding {
  const hours = lengthMs / HOUR_MS;
  return stretchFinding(
    f,
    WORK_HOUR_CODES.continuous,
    'error',
`Trainee ${f.traineeId} worked ${fmt1(hours)} hours without a break from ${f.start} to ${f.end}; scheduled clinical work is limited to 24 continuous hours plus up to 4 for transitions of care and education (28 in all).`,
    round2(hours),
    28,
    'hours',
    'ACGME CPR 6.22',
  );
}

/**
 * @param f - the stretch
 * @param newCareMs - new patient care time after hour 24
 * @param from - when that care began (text)
 * @returns the continuous-24-4 finding for new patient care after hour 24
 */
export function newCareFinding(f: StretchFacts, newCareMs: number, from: string): WorkHourFinding {
  const hours = newCareMs / HOUR_MS;
  return stretchFinding(
    f,
    WORK_HOUR_CODES.continuous,
    'error',
`Trainee ${f.traineeId} took on new patient care for ${fmt1(hours)} hours after the 24th continuous hour (from ${from}, in the stretch ${f.start} to ${f.end}); the up to 4 extra hours are for transitions of care and education only.`,
    round2(hours),
    0,
    'hours',
    'ACGME CPR 6.22.a',
  );
}

/**
 * @param f - the gap (start = end of the previous work, end = next start)
 * @param gapMs - its length
 * @param after24 - whether the previous stretch was 24 hours or longer
 * @returns a rest-14-after-24 error or rest-8-between warning
 */
export function restFinding(f: StretchFacts, gapMs: number, after24: boolean): WorkHourFinding {
  const hours = gapMs / HOUR_MS;
  return after24
    ? stretchFinding(
        f,
        WORK_HOUR_CODES.rest14,
        'error',
`Trainee ${f.traineeId} had ${fmt1(hours)} hours free between ${f.start} and ${f.end} after 24 or more hours of in-house work; at least 14 hours free are required after 24 hours of in-house call.`,
        round2(hours),
        14,
        'hours',
        'ACGME CPR 6.21.a',
      )
    : stretchFinding(
        f,
        WORK_HOUR_CODES.rest8,
        'warning',
`Trainee ${f.traineeId} had ${fmt1(hours)} hours free between ${f.start} and ${f.end}; trainees should have 8 hours off between scheduled work periods.`,
        round2(hours),
        8,
        'hours',
        'ACGME CPR 6.21',
      );
}

/**
 * @param f - the stretch with moonlighting
 * @param moonlightingMs - moonlighting time in it
 * @param date - local date the PGY level was taken on
 * @returns the moonlighting-pgy1 finding
 */
export function moonlightingFinding(f: StretchFacts, moonlightingMs: number, date: string): WorkHourFinding {
  return stretchFinding(
    f,
    WORK_HOUR_CODES.moonlightingPgy1,
    'error',
`Trainee ${f.traineeId} moonlighted for ${fmt1(moonlightingMs / HOUR_MS)} hours (${f.start} to ${f.end}) while PGY-1 on ${date}; PGY-1 residents may not moonlight.`,
    round2(moonlightingMs / HOUR_MS),
    0,
    'hours',
    'ACGME CPR 6.25',
  );
}

/**
 * @param f - from the first night's start to the last night's end
 * @param nights - consecutive night-float nights
 * @param allowed - the configured maximum
 * @returns the night-float-consecutive finding
 */
export function nightFloatFinding(f: StretchFacts, nights: number, allowed: number): WorkHourFinding {
  return stretchFinding(
    f,
    WORK_HOUR_CODES.nightFloat,
    'error',
`Trainee ${f.traineeId} worked ${nights} consecutive night-float nights (${f.start} to ${f.end}); the program's limit is ${allowed}.`,
    nights,
    allowed,
    'nights',
    'ACGME CPR 6.26',
  );
}
