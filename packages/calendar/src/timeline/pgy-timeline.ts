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
import type { Finding } from '@gmekit/model';
import { academicYearOf } from '../academic/academic-year';
import { CalendarInputError, toPlainDate } from '../academic/input-error';
import { observedFederalHolidaysBetween } from '../holidays/federal';
import type { LeaveAllowance, LeaveTally, PgyTimeline, PgyTimelineInput, PgyYear, ProgramLength, TrainingExtension } from './pgy-types';
import { addWorkdays, countWorkdays, type HolidaySet } from './workdays';

// The package barrel imports the timeline's types from this module.
export type {
  LeaveAllowance,
  LeaveAveraging,
  LeaveSpan,
  LeaveTally,
  PgyTimeline,
  PgyTimelineInput,
  PgyYear,
  ProgramLength,
  TrainingExtension,
} from './pgy-types';

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
