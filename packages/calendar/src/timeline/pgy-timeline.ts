/**
 * PGY timelines: a trainee's dated training years, leave per year, and the
 * completion date once leave beyond the board's allowance has extended
 * training.
 *
 * How the allowance is applied. The American Board of Radiology (Radiation
 * Oncology, Interventional Radiology) allows Time Off "that does not exceed
 * an average of eight weeks (40 workdays) per academic year over the
 * duration of the residency"; beyond it, training is extended by "at a
 * minimum … the excess number of workdays missed"
 * (https://www.theabr.org/radiation-oncology/initial-certification/residency-leave-policy).
 * So the default `averaging: 'training'` pools the allowance over the whole
 * program (allowance × program months / 12) and extends by the workdays
 * beyond the pool. `averaging: 'per-year'` is for boards that count each
 * training year on its own: each year's excess over its allowance (prorated
 * for a partial final year) adds up. Leave is counted in workdays
 * (Monday–Friday, minus holidays the caller lists); weeks are workdays / 5.
 *
 * Training years run from the start date's anniversaries, so an off-cycle
 * trainee (start 2026-09-15) advances a PGY level every September 15, and
 * the allowance is per training year. A February 29 start has its
 * anniversary on February 28 in common years. The extension is counted in
 * workdays after the planned last day; leave taken during the extension
 * extends it again by its workdays (no allowance is earned in extension
 * time).
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import type { Finding, Program } from '@gmekit/model';
import { academicYearOf, type AcademicYearOptions } from '../academic/academic-year';
import { CalendarInputError, toPlainDate } from '../academic/input-error';
import { observedFederalHolidaysBetween } from '../holidays/federal';
import { addWorkdays, countWorkdays, type HolidaySet } from './workdays';

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

function programLengthMonths(program: ProgramLength): number {
  let months: number;
  if ('months' in program) months = program.months;
  else if ('years' in program) months = program.years * 12;
  else {
    const { amount, unit } = program.length;
    if (unit !== 'months' || amount.kind !== 'exact') {
      throw new CalendarInputError(
        'program-length',
        ['program', 'length'],
        `program.length: a timeline needs an exact length in months, got ${amount.kind} ${unit}; pass { months } to state it`,
      );
    }
    months = amount.value;
  }
  if (!Number.isInteger(months) || months < 1 || months > 240) {
    throw new CalendarInputError('program-length', ['program'], `program: expected a whole number of months 1–240, got ${months}`);
  }
  return months;
}

function allowancePerYear(allowance: LeaveAllowance): number {
  const value = 'weeksPerAcademicYear' in allowance ? allowance.weeksPerAcademicYear * 5 : allowance.workdaysPerAcademicYear;
  if (!Number.isFinite(value) || value < 0) {
    throw new CalendarInputError('invalid-option', ['leaveAllowance'], `leaveAllowance: expected a non-negative number, got ${value}`);
  }
  return value;
}

interface Span {
  readonly start: Temporal.PlainDate;
  readonly end: Temporal.PlainDate;
}

function leaveIn(spans: readonly Span[], from: Temporal.PlainDate, to: Temporal.PlainDate, holidays: HolidaySet): number {
  let total = 0;
  for (const span of spans) {
    const start = Temporal.PlainDate.compare(span.start, from) > 0 ? span.start : from;
    const end = Temporal.PlainDate.compare(span.end, to) < 0 ? span.end : to;
    total += countWorkdays(start, end, holidays);
  }
  return total;
}

const tally = (workdays: number): LeaveTally => ({ workdays, weeks: workdays / 5 });

/**
 * Dates a trainee's PGY years and works out the expected completion with
 * leave beyond the allowance.
 *
 * @param input - start date, PGY at start, program length, leave and the board's allowance
 * @returns the dated years, leave per year, extension and findings
 * @throws `CalendarInputError` for invalid dates, a reversed leave span, or an inexact program length
 * @example
 * pgyTimeline({ startDate: '2026-07-01', pgyAtStart: 1, program: { years: 4 } }).expectedCompletion; // '2030-06-30'
 */
export function pgyTimeline(input: PgyTimelineInput): PgyTimeline {
  const start = toPlainDate(input.startDate, ['startDate']);
  if (!Number.isInteger(input.pgyAtStart) || input.pgyAtStart < 1 || input.pgyAtStart > 10) {
    throw new CalendarInputError('invalid-option', ['pgyAtStart'], `pgyAtStart: expected a PGY level 1–10, got ${input.pgyAtStart}`);
  }
  const months = programLengthMonths(input.program);
  const perYear = allowancePerYear(input.leaveAllowance ?? { weeksPerAcademicYear: 8 });
  const averaging = input.averaging ?? 'training';
  const planned = start.add({ months }).subtract({ days: 1 });
  const holidays: HolidaySet = new Set(
    input.holidays === 'us-federal'
      ? observedFederalHolidaysBetween(start.toString(), planned.add({ years: 2 }).toString()).map((h) => h.observed)
      : (input.holidays ?? []).map((h, i) => toPlainDate(h, ['holidays', i]).toString()),
  );
  const findings: Finding[] = [];
  const spans: Span[] = (input.leave ?? []).map((leave, i) => {
    const span = { start: toPlainDate(leave.start, ['leave', i, 'start']), end: toPlainDate(leave.end, ['leave', i, 'end']) };
    if (Temporal.PlainDate.compare(span.end, span.start) < 0) {
      throw new CalendarInputError('invalid-window', ['leave', i, 'end'], `leave[${i}].end: ${leave.end} is before its start ${leave.start}`);
    }
    if (Temporal.PlainDate.compare(span.start, start) < 0) {
      findings.push({
        code: 'timeline/leave-before-start',
        severity: 'warning',
        path: ['leave', i],
        message: `leave[${i}]${leave.id ? ` (${leave.id})` : ''} starts ${leave.start}, before training starts ${start.toString()}; days before the start are not counted`,
      });
    }
    return span;
  });

  const years: PgyYear[] = [];
  for (let i = 0; i * 12 < months; i += 1) {
    const yearStart = start.add({ months: 12 * i });
    const nextStart = start.add({ months: Math.min(12 * (i + 1), months) });
    const yearEnd = nextStart.subtract({ days: 1 });
    const workdays = leaveIn(spans, yearStart, yearEnd, holidays);
    const allowance = (perYear * (Math.min(12 * (i + 1), months) - 12 * i)) / 12;
    years.push({
      pgy: input.pgyAtStart + i,
      trainingYear: i + 1,
      start: yearStart.toString(),
      end: yearEnd.toString(),
      academicYear: academicYearOf(yearStart, input.academicYear).label,
      leave: tally(workdays),
      allowanceWorkdays: allowance,
      excessWorkdays: Math.max(0, workdays - allowance),
    });
  }
  const totalWorkdays = years.reduce((sum, y) => sum + y.leave.workdays, 0);
  const totalAllowance = (perYear * months) / 12;
  const excess = Math.ceil(
    averaging === 'training' ? Math.max(0, totalWorkdays - totalAllowance) : years.reduce((sum, y) => sum + y.excessWorkdays, 0),
  );

  let extension: TrainingExtension | null = null;
  if (excess > 0) {
    const base = Math.max(excess, Math.ceil(input.minimumExtension?.workdays ?? 0));
    let workdays = base;
    let duringExtension = 0;
    // Each pass can only take in more leave, and leave is finite, so this settles.
    for (let pass = 0; pass <= spans.length + 1; pass += 1) {
      const end = addWorkdays(planned, workdays, holidays);
      duringExtension = leaveIn(spans, planned.add({ days: 1 }), end, holidays);
      if (base + duringExtension === workdays) break;
      workdays = base + duringExtension;
    }
    const end = addWorkdays(planned, workdays, holidays);
    extension = {
      workdays,
      start: planned.add({ days: 1 }).toString(),
      end: end.toString(),
      excessWorkdays: excess,
      leaveDuringExtensionWorkdays: duringExtension,
    };
  }
  const completion = extension ? Temporal.PlainDate.from(extension.end) : planned;
  spans.forEach((span, i) => {
    if (Temporal.PlainDate.compare(span.end, completion) > 0) {
      findings.push({
        code: 'timeline/leave-after-completion',
        severity: 'info',
        path: ['leave', i],
        message: `leave[${i}] runs to ${span.end.toString()}, after the expected completion ${completion.toString()}; days after completion are not counted`,
      });
    }
  });

  const academicStart = academicYearOf(start, input.academicYear).start;
  return {
    startDate: start.toString(),
    onCycle: academicStart === start.toString(),
    programMonths: months,
    plannedCompletion: planned.toString(),
    expectedCompletion: completion.toString(),
    years,
    leave: { ...tally(totalWorkdays), allowanceWorkdays: totalAllowance, averaging },
    extension,
    findings,
  };
}
