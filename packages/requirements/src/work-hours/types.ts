import type { AssignmentSchema, Finding, LeaveSchema, Rotation, TraineeSchema, WorkPeriodSchema } from '@gmekit/model';
import type { z } from 'zod';

/** A work period as a typed caller writes it: what `WorkPeriodSchema` accepts (ids as plain strings). A parsed `WorkPeriod` is one. */
export type WorkPeriodInput = z.input<typeof WorkPeriodSchema>;
/** A rotation assignment as `AssignmentSchema` accepts it. */
export type AssignmentInput = z.input<typeof AssignmentSchema>;
/** A leave record as `LeaveSchema` accepts it. */
export type LeaveInput = z.input<typeof LeaveSchema>;
/** A trainee as `TraineeSchema` accepts it. */
export type TraineeInput = z.input<typeof TraineeSchema>;

/**
 * How hours, days off and call nights are averaged.
 *
 * - `'rotation'` (default, the ACGME method): each rotation assignment is cut
 *   into four-week windows from its first day (see the package README for the
 *   exact policy and worked examples).
 * - `'rolling-28'`: the windows of `'rotation'` and, in addition, every run
 *   of 28 consecutive local days are checked, so it is never more lenient.
 *   This is NOT how the ACGME averages; it is offered for programs that want
 *   the stricter view.
 */
export type AveragingMode = 'rotation' | 'rolling-28';

/**
 * The fixed calendar that work no assignment covers is averaged over.
 *
 * - `'four-week-blocks'` (default): the academic year's thirteen four-week
 *   blocks from July 1 (the thirteenth ends on June 30, 29 or 30 days long).
 * - `'calendar-months'`: calendar months.
 *
 * Either way the windows never depend on the data, so a week logged in
 * January cannot move July's windows.
 */
export type UnassignedCalendar = 'four-week-blocks' | 'calendar-months';

/** Limits that programs and Review Committees may tune; everything else is fixed by the CPR. */
export interface WorkHourLimits {
  /** Weekly hour limit averaged over a window (CPR 6.20); default 80. */
  readonly weeklyHours?: number;
  /**
   * Weekly limit per rotation id, for Review Committee exceptions (CPR 6.24);
   * each at most 88. Takes precedence over a rotation's `workHourException`.
   */
  readonly weeklyByRotation?: Readonly<Record<string, number>>;
  /** Maximum consecutive night-float nights (CPR 6.26); off when absent. */
  readonly nightFloatMaxConsecutive?: number;
  /**
   * Largest gap, in minutes, between two periods that still counts as one
   * continuous stretch of work; default 0 (only back-to-back periods, where
   * one ends at the very instant the next starts, are joined).
   */
  readonly continuityGapMinutes?: number;
}

/** Options of {@link auditWorkHours}. */
export interface AuditWorkHoursOptions {
  /** Rotation assignments (drive the averaging windows). */
  readonly assignments?: readonly AssignmentInput[];
  /** Leave; its days are left out of numerator and denominator. */
  readonly leave?: readonly LeaveInput[];
  /** The trainees audited (PGY level for the PGY-1 moonlighting rule). */
  readonly trainees: readonly TraineeInput[];
  /** Averaging method; default `'rotation'`. */
  readonly averaging?: AveragingMode;
  /** Calendar for work no assignment covers; default `'four-week-blocks'` (academic year from July 1). */
  readonly unassignedWindows?: UnassignedCalendar;
  /** Tunable limits. */
  readonly limits?: WorkHourLimits;
  /** Rotations, for their Review Committee `workHourException`. */
  readonly rotations?: readonly Pick<Rotation, 'id' | 'workHourException'>[];
  /**
   * Time zone for local days when a trainee's periods carry no `[Zone]`.
   * A trainee's zone is, in order: `timeZones[traineeId]`, this option, the
   * bracketed zone of the trainee's first period, and finally the UTC offset
   * of that period as a fixed zone (reported with an info finding).
   */
  readonly timeZone?: string;
  /** Per-trainee zone overrides. */
  readonly timeZones?: Readonly<Record<string, string>>;
}

/**
 * Options of {@link auditWorkHours} for rows nobody has typed (parsed JSON, a
 * spreadsheet, a database): the same options, with `untrusted: true` saying
 * so. Every row is validated either way; the flag only tells the type checker
 * not to check rows it cannot know.
 */
export interface UntrustedAuditWorkHoursOptions extends Omit<AuditWorkHoursOptions, 'assignments' | 'leave' | 'trainees'> {
  /** The rows are of unknown shape (they are validated and bad ones reported as findings). */
  readonly untrusted: true;
  /** Rotation assignments, unvalidated. */
  readonly assignments?: readonly unknown[];
  /** Leave, unvalidated. */
  readonly leave?: readonly unknown[];
  /** Trainees, unvalidated. */
  readonly trainees: readonly unknown[];
}

/** Stable finding codes of the work-hour audit. */
export const WORK_HOUR_CODES = {
  /** 80 hours a week averaged over a window (CPR 6.20). */
  weekly80: 'work-hours/weekly-80',
  /** One day in seven free, averaged (CPR 6.21.b). */
  dayOff: 'work-hours/day-off-1-in-7',
  /** 24 + 4 continuous hours, no new patient care after 24 (CPR 6.22, 6.22.a). */
  continuous: 'work-hours/continuous-24-4',
  /** 14 hours free after 24 hours of in-house call (CPR 6.21.a). */
  rest14: 'work-hours/rest-14-after-24',
  /** 8 hours between work periods, a warning (CPR 6.21). */
  rest8: 'work-hours/rest-8-between',
  /** In-house call no more often than every third night, averaged (CPR 6.27). */
  callQ3: 'work-hours/call-q3',
  /** No moonlighting while PGY-1 (CPR 6.25). */
  moonlightingPgy1: 'work-hours/moonlighting-pgy1',
  /** Consecutive night-float nights over the configured limit (CPR 6.26). */
  nightFloat: 'work-hours/night-float-consecutive',
  /** A period that could not be audited. */
  invalidPeriod: 'work-hours/invalid-period',
  /** A trainee, assignment or leave row that failed its schema. */
  invalidRecord: 'work-hours/invalid-record',
  /** Overlapping periods or assignments of one trainee. */
  overlap: 'work-hours/overlap',
  /** Periods of a trainee not in the trainee list. */
  unknownTrainee: 'work-hours/unknown-trainee',
  /** A time zone the runtime does not know. */
  unknownZone: 'work-hours/unknown-zone',
  /** No zone known; a fixed UTC offset was used. */
  zoneAssumed: 'work-hours/zone-assumed',
  /** Work logged on a leave day. */
  workOnLeave: 'work-hours/work-on-leave',
  /**
   * A window whose days off cannot be verified yet: the known ones fall
   * short, but time after the end of the data (unknown, not free) could
   * make them up. An info note, never a violation.
   */
  incompleteWindow: 'work-hours/incomplete-window',
  /** Work no assignment covers, averaged over a fixed calendar block (an info note). */
  unassignedWindow: 'work-hours/unassigned-window',
} as const;

/** One of the stable work-hour finding codes. */
export type WorkHourCode = (typeof WORK_HOUR_CODES)[keyof typeof WORK_HOUR_CODES];

/** A span of time named by its two ends, as text. */
export interface DateSpan {
  /** First local date (windows) or start instant (periods). */
  readonly start: string;
  /** Last local date, inclusive (windows), or end instant (periods). */
  readonly end: string;
}

/** A finding of the audit: a model `Finding` plus the facts behind it. */
export interface WorkHourFinding extends Finding {
  /** The stable code. */
  readonly code: WorkHourCode;
  /** Whose work it is about, when known. */
  readonly traineeId?: string;
  /** The averaging window (inclusive local dates) a window rule was checked over. */
  readonly window?: DateSpan;
  /**
   * The period or stretch of work a period rule was checked on (instants as
   * given); for `work-hours/overlap`, the doubly logged span in the trainee's zone.
   */
  readonly period?: DateSpan;
  /** What was measured, in `unit`. */
  readonly measured?: number;
  /** What the rule allows (a maximum) or requires (a minimum), in `unit`. */
  readonly allowed?: number;
  /** Unit of `measured` and `allowed`. */
  readonly unit?: 'hours per week' | 'hours' | 'days off' | 'calls' | 'nights';
  /**
   * Input indexes (into `periods`) of the periods that contributed: the
   * periods with time in the window, the periods of the stretch, the
   * overlapping periods. Sorted ascending.
   */
  readonly periodIndexes?: readonly number[];
  /** The `id`s of those periods, for the ones that carry an id (evidence a coordinator can open), sorted. */
  readonly periodIds?: readonly string[];
}

/** What one averaging window holds. */
export interface AveragingWindowSummary {
  /** First local date of the window. */
  readonly start: string;
  /** Last local date of the window (inclusive). */
  readonly end: string;
  /** Rotation whose assignment the window belongs to (absent for windows of work no assignment covers). */
  readonly rotationId?: string;
  /** Calendar days in the window. */
  readonly days: number;
  /** Leave days inside the window (left out of every average). */
  readonly leaveDays: number;
  /** Counted hours (all kinds, moonlighting, active at-home call time). */
  readonly hours: number;
  /** Hours per week averaged over the window's non-leave days (0 when all are leave). */
  readonly weeklyAverage: number;
  /** The weekly limit applied (80, or the rotation's exception). */
  readonly weeklyLimit: number;
  /**
   * Days off credited to the window as far as the data go: one per wholly
   * free non-leave calendar day, plus the free 24-hour periods a free run
   * holds beyond those, credited to the day the run starts on.
   */
  readonly daysOff: number;
  /** Days off the window needs: its non-leave days divided by 7. */
  readonly daysOffRequired: number;
  /** In-house call nights starting in the window. */
  readonly inHouseCalls: number;
  /**
   * Most in-house call nights allowed: ⌈non-leave days / 3⌉, the number of
   * nights an exact every-third-night pattern can hold whichever night it
   * starts on (10 in 28 days).
   */
  readonly inHouseCallsAllowed: number;
  /**
   * Whether the data settle the window: false when it reaches the free time
   * that runs to the end of the data (or past that end), where later data
   * can still add days off or hours. Findings of complete windows never
   * change when later data (after the window) are loaded.
   */
  readonly complete: boolean;
  /**
   * Hours in the heaviest seven consecutive days of the window, so a
   * 114-hour week averaged down stays visible. A window shorter than seven
   * days reports its total.
   */
  readonly heaviestWeek: number;
}

/** One trainee's part of the report. */
export interface TraineeWorkHourSummary {
  /** The trainee. */
  readonly traineeId: string;
  /** Zone whose local days were used. */
  readonly timeZone: string;
  /** Number of periods audited for the trainee. */
  readonly periods: number;
  /** Averaging windows, in date order. */
  readonly windows: readonly AveragingWindowSummary[];
}

/** The audit's answer. */
export interface WorkHourReport {
  /** Everything found, input problems first, then per trainee in date order. */
  readonly findings: WorkHourFinding[];
  /** Per-trainee summaries, in order of first appearance. */
  readonly trainees: TraineeWorkHourSummary[];
}
