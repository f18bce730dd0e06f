/**
 * Input and result types of `pgyTimeline`.
 *
 * @module
 */
import type { Finding, Program } from '@gmekit/model';
import type { AcademicYearOptions } from '../academic/academic-year';

/** A board's leave allowance, per academic (training) year. */
export type LeaveAllowance =
  | {
      /** Weeks of leave per year (8 for the ABR); a week is five workdays. */
      readonly weeksPerAcademicYear: number;
    }
  | {
      /** Workdays of leave per year (40 for the ABR). */
      readonly workdaysPerAcademicYear: number;
    };

/** Whether the allowance is averaged over the whole program or applied to each year alone. */
export type LeaveAveraging = 'training' | 'per-year';

/** A leave span, inclusive (a model `Leave` fits). */
export interface LeaveSpan {
  /** Identifier, echoed in findings. */
  readonly id?: string;
  /** First day of leave, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day of leave (inclusive), `YYYY-MM-DD`. */
  readonly end: string;
}

/** Program length: a model program (its `length` must be exact months), or months or years. */
export type ProgramLength =
  | Pick<Program, 'length'>
  | {
      /** Length in whole months. */
      readonly months: number;
    }
  | {
      /** Length in whole years. */
      readonly years: number;
    };

/** Input of {@link pgyTimeline}. */
export interface PgyTimelineInput {
  /** First day of training, `YYYY-MM-DD` (on-cycle is the academic year's start). */
  readonly startDate: string;
  /** PGY level on the start date. */
  readonly pgyAtStart: number;
  /** The program, or its length. */
  readonly program: ProgramLength;
  /** Leave taken or planned. */
  readonly leave?: readonly LeaveSpan[];
  /** The board's allowance; default the ABR's 8 weeks per academic year. */
  readonly leaveAllowance?: LeaveAllowance;
  /** How the allowance is averaged; default `training` (the ABR's "on average … over the duration"). */
  readonly averaging?: LeaveAveraging;
  /** Least extension once any is due, e.g. a program that extends by whole weeks or more. */
  readonly minimumExtension?: {
    /** Workdays. */
    readonly workdays: number;
  };
  /**
   * Weekdays that are not workdays, `YYYY-MM-DD`, or `us-federal` for the
   * observed US federal holidays from the start date to two years past the
   * planned completion (room for any extension).
   */
  readonly holidays?: readonly string[] | 'us-federal';
  /** Academic year start, used to tell on-cycle from off-cycle starts (July 1 default). */
  readonly academicYear?: AcademicYearOptions;
}

/** Leave counted within a span. */
export interface LeaveTally {
  /** Workdays of leave. */
  readonly workdays: number;
  /** Workdays / 5. */
  readonly weeks: number;
}

/** One dated training year. */
export interface PgyYear {
  /** PGY level during the year. */
  readonly pgy: number;
  /** Year of the program, 1 for the first. */
  readonly trainingYear: number;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (inclusive); a partial final year ends with the program. */
  readonly end: string;
  /** Label of the academic year the training year starts in. */
  readonly academicYear: string;
  /** Leave within the year. */
  readonly leave: LeaveTally;
  /** Allowance for the year in workdays (prorated for a partial year). */
  readonly allowanceWorkdays: number;
  /** Leave beyond the year's own allowance (what `per-year` averaging counts). */
  readonly excessWorkdays: number;
}

/** Extension of training due to leave. */
export interface TrainingExtension {
  /** Workdays added after the planned completion. */
  readonly workdays: number;
  /** First day of the extension. */
  readonly start: string;
  /** Last day of the extension, the expected completion. */
  readonly end: string;
  /** Leave beyond the allowance, in workdays, before any minimum is applied. */
  readonly excessWorkdays: number;
  /** Leave taken during the extension, in workdays, which extends it further. */
  readonly leaveDuringExtensionWorkdays: number;
}

/** A trainee's dated training. */
export interface PgyTimeline {
  /** First day of training. */
  readonly startDate: string;
  /** Whether training starts on the academic year's first day. */
  readonly onCycle: boolean;
  /** Program length in months. */
  readonly programMonths: number;
  /** Last day of training without any extension. */
  readonly plannedCompletion: string;
  /** Last day of training after any extension. */
  readonly expectedCompletion: string;
  /** The training years in order. */
  readonly years: readonly PgyYear[];
  /** Leave across the planned training period, with the pooled allowance. */
  readonly leave: LeaveTally & {
    /** Allowance over the whole program in workdays. */
    readonly allowanceWorkdays: number;
    /** How the allowance was applied. */
    readonly averaging: LeaveAveraging;
  };
  /** The extension, or `null` when leave stays within the allowance. */
  readonly extension: TrainingExtension | null;
  /** Leave outside training and similar notes. */
  readonly findings: readonly Finding[];
}
