import type { Finding, Program, RequirementKind, TraineeRecord } from '@gmekit/model';
import type { Temporal } from 'temporal-polyfill';

/**
 * Status of a requirement when a curriculum **plan** is checked.
 *
 * - `met`: the plan meets it even in its worst case (every range at its
 *   unfavourable end, every unstated length at zero).
 * - `uncertain`: the plan meets it in its best case only; which one happens
 *   depends on how ranges and unstated lengths are resolved.
 * - `unmet`: even the best case fails.
 * - `not-evaluable`: the plan cannot say (the requirement needs trainee
 *   records, such as procedure counts, or the data it needs is unstated or
 *   in a unit the program gives no conversion for).
 */
export type PlanStatus = 'met' | 'uncertain' | 'unmet' | 'not-evaluable';

/**
 * Status of a requirement for one **trainee** as of a date.
 *
 * - `met`: already satisfied (for open-ended cadences: the window is over and was kept up).
 * - `on-track`: not yet satisfied, and the pace or schedule so far reaches it in time.
 * - `at-risk`: not yet satisfied, and at the current pace (or with the time
 *   not already committed elsewhere) it will not be by the deadline.
 * - `unmet`: the deadline has passed (or a maximum was exceeded) and it is not satisfied.
 * - `not-yet-applicable`: its window (e.g. a PGY range) has not started.
 * - `not-evaluable`: the inputs cannot say (e.g. rotation categories without the program).
 */
export type TraineeStatus = 'met' | 'on-track' | 'at-risk' | 'unmet' | 'not-yet-applicable' | 'not-evaluable';

/** Any requirement status. */
export type RequirementStatus = PlanStatus | TraineeStatus;

/** A record, block or statement that counted toward a measured value. */
export interface Evidence {
  /** What kind of thing counted. */
  readonly type: 'assignment' | 'block' | 'total' | 'experience' | 'procedure' | 'activity' | 'scholarly' | 'attendance' | 'leave' | 'year';
  /** Its id (for blocks: `year<N>/block<i>`, for years: `year<N>`). */
  readonly id: string;
  /** What it contributed, in the result's unit (`null` when not a number, e.g. a site visited). */
  readonly amount: number | null;
  /** A short note (a site id, a status, a range), or `null`. */
  readonly note: string | null;
}

/** Lower and upper values, `null` for unbounded or unknown. */
export interface Range {
  /** Lower end (`null`: none). */
  readonly min: number | null;
  /** Upper end (`null`: none). */
  readonly max: number | null;
}

/** The outcome of checking one requirement. */
export interface RequirementResult {
  /** Requirement id. */
  readonly requirementId: string;
  /** Requirement kind. */
  readonly kind: RequirementKind;
  /** Requirement title. */
  readonly title: string;
  /** Status (a {@link PlanStatus} in plan mode, a {@link TraineeStatus} in trainee mode). */
  readonly status: RequirementStatus;
  /** Unit of `required` and `measured`: `months`, `procedures`, `hours`, `sites`, `activities`, `years`, `percent`. */
  readonly unit: string;
  /** What is required. */
  readonly required: Range;
  /**
   * What was measured. In plan mode the range the plan allows (`min` is the
   * least time the plan can give, `max` the most; `null` max = unknown). In
   * trainee mode `min` and `max` are both the measured value as of the date.
   */
  readonly measured: Range;
  /** Plan mode: the measured value most favourable to the requirement; trainee mode: `null`. */
  readonly bestCase: number | null;
  /** Plan mode: the measured value least favourable to the requirement; trainee mode: `null`. */
  readonly worstCase: number | null;
  /** Trainee mode: the value expected by the deadline at the current pace or schedule; else `null`. */
  readonly projected: number | null;
  /** Trainee mode: the deadline (last day of the window) as `YYYY-MM-DD`; else `null`. */
  readonly deadline: string | null;
  /**
   * Trainee mode, for requirements met by scheduled assignments
   * (`rotation-time`, `distinct-sites`) while `on-track`: `'reaches'` when
   * the assignments already scheduled reach the requirement,
   * `'not-yet-scheduled'` when it is achievable in the time left but not
   * yet scheduled; else `null`.
   */
  readonly schedule: 'reaches' | 'not-yet-scheduled' | null;
  /** What counted. */
  readonly evidence: readonly Evidence[];
  /** One sentence a coordinator understands. */
  readonly message: string;
}

/** Counts of results by status. */
export type StatusCounts = Partial<Record<RequirementStatus, number>>;

/** Summary of a report. */
export interface EvaluationSummary {
  /** Which question was answered. */
  readonly mode: 'plan' | 'trainee';
  /** Requirement set id (`null` when the set was invalid). */
  readonly requirementSetId: string | null;
  /** Program id (plan mode) or the trainee's program id. */
  readonly programId: string | null;
  /** Trainee id in trainee mode. */
  readonly traineeId: string | null;
  /** The date evaluated as of (trainee mode), `YYYY-MM-DD`. */
  readonly asOf: string | null;
  /** Number of requirements evaluated. */
  readonly total: number;
  /** Results by status. */
  readonly byStatus: StatusCounts;
  /** Whether any finding is an error (bad input, or a requirement unmet). */
  readonly ok: boolean;
}

/** What `evaluate` returns: stable, JSON-serialisable. */
export interface EvaluationReport {
  /** One result per requirement, in the set's order. */
  readonly results: readonly RequirementResult[];
  /** Findings: bad input, and one per unmet, at-risk or uncertain requirement. */
  readonly findings: readonly Finding[];
  /** Totals. */
  readonly summary: EvaluationSummary;
}

/** Plan question: does the program's curriculum satisfy the set? */
export interface PlanSubject {
  /** The program whose curriculum is checked. */
  readonly program: Program;
  /** Absent in plan mode. */
  readonly record?: undefined;
}

/** Trainee question: where does this trainee stand? */
export interface TraineeSubject {
  /** The trainee's record. */
  readonly record: TraineeRecord;
  /** The program (needed for rotation categories, sites and the program length). */
  readonly program?: Program;
}

/** What `evaluate` checks. */
export type EvaluationSubject = PlanSubject | TraineeSubject;

/** Options of `evaluate`. */
export interface EvaluateOptions {
  /** Trainee mode: the date to evaluate as of (required there), inclusive. */
  readonly asOf?: string | Temporal.PlainDate;
  /** Extra training granted beyond the program length (e.g. to make up leave), in whole months and days. */
  readonly extension?: {
    /** Whole months added to the end of training. */
    readonly months?: number;
    /** Days added after the months. */
    readonly days?: number;
  };
  /** Program length in months, overriding the program and any training-length requirement. */
  readonly trainingMonths?: number;
  /** Hours in a day of a longitudinal cadence ("half a day a week"); default 8, so half a day is 4 hours. */
  readonly hoursPerDay?: number;
  /**
   * Scholarly work and yearly presentations turn `at-risk` (rather than
   * `on-track`) when fewer than this many months are left in their window
   * with nothing of the kind in progress; default 3.
   */
  readonly leadMonths?: number;
  /**
   * Leave a board allows per year of training without extending it, in weeks
   * (default 8, the American Board of Radiology's average allowance); only
   * leave beyond it shortens creditable training time.
   */
  readonly leaveWeeksPerYear?: number;
  /** Skip schema validation of the inputs (trusted, already parsed data); default false. */
  readonly trusted?: boolean;
}
