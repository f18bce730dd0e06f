import { daysOfIsoDate, type DaySpan, durationMonths, formatIsoDate, type Program, type Requirement, type TraineeRecord } from '@gmekit/model';
import { PERIODS_PER_YEAR, cadenceHours } from './cadence';
import { daysLessLeave, monthsLessLeave } from './days';
import { EPS, evidence, fmt, fmtAmount, fmtOf, makeResult } from './result';
import { AVERAGE_MONTH_DAYS, type Timeline, pgyEnd, pgyStart } from './timeline';
import type { EvaluateOptions, Evidence, RequirementResult } from './types';
import { categoryWords } from './category-words';

type RotationTime = Extract<Requirement, { kind: 'rotation-time' }>;
type TrainingLength = Extract<Requirement, { kind: 'training-length' }>;
type Longitudinal = Extract<Requirement, { kind: 'longitudinal' }>;

/** Default ABR leave allowance: 8 weeks a year on average (REFERENCE §2). */
export const DEFAULT_LEAVE_WEEKS_PER_YEAR = 8;

function clip(span: DaySpan, from: number, to: number): DaySpan {
  return { start: Math.max(span.start, from), end: Math.min(span.end, to) };
}

function notYet(requirement: Requirement, unit: string, required: { min: number | null; max: number | null }, from: number, what: string): RequirementResult {
  return makeResult(requirement, {
    status: 'not-yet-applicable',
    unit,
    required,
    measured: { min: 0, max: 0 },
    deadline: null,
    message: `${what} starts on ${formatIsoDate(from)}; nothing is expected yet.`,
  });
}

/** The PGY window ended before the trainee entered the program (e.g. PGY2–3 for a fellow starting at PGY4). */
function beforeEntry(requirement: Requirement, unit: string, required: { min: number | null; max: number | null }, record: TraineeRecord, t: Timeline): RequirementResult {
  return makeResult(requirement, {
    status: 'not-evaluable',
    unit,
    required,
    measured: { min: null, max: null },
    message: `${record.trainee.name} entered at PGY${t.pgyAtStart}, after the PGY levels this requirement covers; training before entry is not in the record.`,
  });
}

/**
 * Trainee check of rotation time. Counts the days of assignments to rotations
 * with a matching category inside the PGY window, up to `asOf`, leave taken
 * out, as calendar-month fractions. Pace here is the schedule: the
 * requirement is at risk when even all remaining window time not already
 * assigned elsewhere or on leave cannot make up the shortfall.
 *
 * @param requirement - the requirement
 * @param record - the trainee record
 * @param program - the program (for rotation categories)
 * @param t - the trainee's timeline
 * @returns the result
 */
export function traineeRotationTime(requirement: RotationTime, record: TraineeRecord, program: Program | undefined, t: Timeline): RequirementResult {
  const unit = 'months';
  const min = requirement.min === undefined ? 0 : (durationMonths(requirement.min, program?.conversions)?.min ?? null);
  const maxBound = requirement.max === undefined ? Number.POSITIVE_INFINITY : (durationMonths(requirement.max, program?.conversions)?.max ?? null);
  const required = { min: requirement.min === undefined ? null : min, max: maxBound === null || !Number.isFinite(maxBound) ? null : maxBound };
  if (program === undefined || min === null || maxBound === null) {
    return makeResult(requirement, { status: 'not-evaluable', unit, required, measured: { min: null, max: null }, message: `${requirement.title}: needs the program's rotations (categories) and convertible durations.` });
  }
  const from = Math.max(t.start, pgyStart(t, requirement.pgy?.from ?? t.pgyAtStart));
  const to = requirement.pgy === undefined ? t.end : pgyEnd(t, requirement.pgy.to);
  const where = requirement.pgy === undefined ? '' : ` in PGY${requirement.pgy.from}–PGY${requirement.pgy.to}`;
  if (to !== null && to < from) return beforeEntry(requirement, unit, required, record, t);
  if (t.asOf < from) return notYet(requirement, unit, required, from, `${requirement.title}${where}`);
  const categories = new Set(requirement.categories);
  const tagged = new Map<string, boolean>(program.rotations.map((r) => [r.id, r.categories.some((c) => categories.has(c))]));
  const last = to === null ? t.asOf : Math.min(t.asOf, to);
  let measured = 0;
  let ahead = 0;
  let elsewhere = 0;
  const out: Evidence[] = [];
  for (const a of record.assignments) {
    const span = { start: daysOfIsoDate(a.start), end: daysOfIsoDate(a.end) };
    const hit = tagged.get(a.rotationId) ?? false;
    const past = monthsLessLeave(clip(span, from, last), t.leave);
    const future = to === null ? 0 : monthsLessLeave(clip(span, Math.max(from, t.asOf + 1), to), t.leave);
    if (hit) {
      measured += past;
      ahead += future;
      if (past > 0) out.push(evidence('assignment', a.id, past, a.rotationId));
    } else elsewhere += future;
  }
  const who = record.trainee.name;
  const base = { unit, required, measured: { min: measured, max: measured }, evidence: out, deadline: to === null ? null : formatIsoDate(to) };
  const of = `${categoryWords(requirement.categories)}${where}`;
  if (measured > maxBound + EPS) {
    return makeResult(requirement, base, { status: 'unmet', projected: measured + ahead, message: `${who} has ${fmt(measured)} months of ${of}, over the maximum of ${fmt(maxBound)}.` });
  }
  const over = measured + ahead > maxBound + EPS;
  if (measured >= min - EPS && (to === null || t.asOf >= to || !over)) {
    const status = over ? 'at-risk' : 'met';
    return makeResult(requirement, base, { status, projected: measured + ahead, message: over ? `${who} has ${fmt(measured)} months of ${of}; with ${fmt(ahead)} more scheduled, the maximum of ${fmt(maxBound)} will be exceeded.` : `${who} has ${fmt(measured)} months of ${of}, meeting the requirement${min > 0 ? ` of ${fmt(min)}` : ''}.` });
  }
  if (to === null) {
    return makeResult(requirement, base, { status: 'not-evaluable', message: `${who} has ${fmtOf(measured, min)} months of ${of}; the end of training is unknown (no program length).` });
  }
  if (t.asOf >= to) {
    return makeResult(requirement, base, { status: 'unmet', projected: measured, message: `${who} finished the window on ${formatIsoDate(to)} with ${fmtOf(measured, min)} months of ${of}.` });
  }
  const left = monthsLessLeave({ start: t.asOf + 1, end: to }, t.leave);
  const capacity = Math.max(0, left - elsewhere);
  const status = over ? 'at-risk' : measured + capacity >= min - EPS ? 'on-track' : 'at-risk';
  const reaches = measured + ahead >= min - EPS;
  const tail = over
    ? `with ${fmt(ahead)} more scheduled the maximum of ${fmt(maxBound)} will be exceeded`
    : status === 'at-risk'
      ? `only ${fmtOf(capacity, left, ' of the ')} months left before ${formatIsoDate(to)} are not already assigned elsewhere, so ${fmtAmount(min - measured)} more cannot fit`
      : reaches
        ? `${fmt(ahead)} more are scheduled, which reaches it, and ${fmt(left)} months are left before ${formatIsoDate(to)}`
        : `${fmt(ahead)} more are scheduled, ${fmtAmount(min - measured - ahead)} short: achievable in the ${fmtOf(capacity, left, ' free of the ')} months left before ${formatIsoDate(to)}, but not yet scheduled`;
  return makeResult(requirement, base, { status, projected: measured + ahead, schedule: status === 'on-track' ? (reaches ? 'reaches' : 'not-yet-scheduled') : null, message: `${who} has ${fmtOf(measured, min)} months of ${of}; ${tail}.` });
}

/**
 * Trainee check of training length: months of training from the start,
 * counting leave up to the board's allowance (`leaveWeeksPerYear`, default 8
 * a year over the length of training) as training time and subtracting the
 * excess at 30.4375 days a month. At risk when the excess leave already
 * recorded (taken or planned) leaves the training short by its end date.
 *
 * @param requirement - the requirement
 * @param record - the trainee record
 * @param program - the program, for conversions
 * @param t - the timeline
 * @param leaveWeeksPerYear - the board's leave allowance
 * @returns the result
 */
export function traineeTrainingLength(requirement: TrainingLength, record: TraineeRecord, program: Program | undefined, t: Timeline, leaveWeeksPerYear = DEFAULT_LEAVE_WEEKS_PER_YEAR): RequirementResult {
  const unit = 'months';
  const bounds = durationMonths(requirement.length, program?.conversions);
  const required = { min: bounds?.min ?? null, max: bounds === null || !Number.isFinite(bounds.max) ? null : bounds.max };
  if (bounds === null || t.end === null) {
    return makeResult(requirement, { status: 'not-evaluable', unit, required, measured: { min: null, max: null }, message: `${requirement.title}: the length or the end of training is unknown.` });
  }
  if (t.asOf < t.start) return notYet(requirement, unit, required, t.start, 'Training');
  const allowance = (leaveWeeksPerYear * 7 * bounds.min) / 12;
  const last = Math.min(t.asOf, t.end);
  const span = { start: t.start, end: last };
  const leaveSoFar = (last - t.start + 1) - daysLessLeave(span, t.leave);
  const leaveAll = (t.end - t.start + 1) - daysLessLeave({ start: t.start, end: t.end }, t.leave);
  const measured = monthsLessLeave(span, []) - Math.max(0, leaveSoFar - allowance) / AVERAGE_MONTH_DAYS;
  const projected = monthsLessLeave({ start: t.start, end: t.end }, []) - Math.max(0, leaveAll - allowance) / AVERAGE_MONTH_DAYS;
  const end = t.end;
  const out = t.leave.filter((l) => l.start <= end).map((l) => evidence('leave', `${formatIsoDate(l.start)}..${formatIsoDate(l.end)}`, Math.min(l.end, end) - l.start + 1, 'days of leave'));
  const who = record.trainee.name;
  const base = { unit, required, measured: { min: measured, max: measured }, projected, evidence: out, deadline: formatIsoDate(t.end) };
  if (measured >= bounds.min - EPS) return makeResult(requirement, base, { status: 'met', message: `${who} has completed ${fmtOf(measured, bounds.min)} months of training.` });
  if (t.asOf >= t.end) return makeResult(requirement, base, { status: 'unmet', message: `${who}'s training ended on ${formatIsoDate(t.end)} with ${fmtOf(measured, bounds.min)} creditable months; ${fmt(leaveAll)} days of leave exceed the ${fmt(allowance)}-day allowance.` });
  if (projected >= bounds.min - EPS) return makeResult(requirement, base, { status: 'on-track', message: `${who} has ${fmtOf(measured, bounds.min)} months of training and will complete them by ${formatIsoDate(t.end)}.` });
  return makeResult(requirement, base, {
    status: 'at-risk',
    message: `${who} has ${fmt(leaveAll)} days of leave recorded against an allowance of ${fmt(allowance)}, so training ending ${formatIsoDate(t.end)} gives only ${fmtOf(projected, bounds.min)} months; an extension of about ${fmtAmount(bounds.min - projected)} months is needed.`,
  });
}

/**
 * Trainee check of a longitudinal experience: whole periods of the cadence
 * elapsed in the PGY window up to `asOf` (leave days taken out) times the
 * hours per period is what is due so far; logged activity hours in the window
 * are measured. Projected at the current pace (hours per elapsed period) over
 * the whole window; at risk when that falls short of the total due.
 *
 * @param requirement - the requirement
 * @param record - the trainee record
 * @param t - the timeline
 * @param options - evaluation options (hours per day)
 * @returns the result
 */
export function traineeLongitudinal(requirement: Longitudinal, record: TraineeRecord, t: Timeline, options: EvaluateOptions): RequirementResult {
  const unit = 'hours';
  const per = cadenceHours(requirement.cadence, options.hoursPerDay);
  const from = Math.max(t.start, pgyStart(t, requirement.pgy.from));
  const to = pgyEnd(t, requirement.pgy.to);
  const periods = (a: number, b: number): number => {
    const days = daysLessLeave({ start: a, end: b }, t.leave);
    const p = requirement.cadence.per;
    return p === 'day' ? days : p === 'week' ? Math.floor(days / 7) : Math.floor((days * PERIODS_PER_YEAR[p]) / 365.25 + EPS);
  };
  const totalDue = per === null ? null : periods(from, to) * per;
  const where = `PGY${requirement.pgy.from}–PGY${requirement.pgy.to}`;
  if (per === null) {
    return makeResult(requirement, { status: 'not-evaluable', unit, required: { min: null, max: null }, measured: { min: null, max: null }, message: `${requirement.title}: the cadence has no fixed number of hours.` });
  }
  if (to < from) return beforeEntry(requirement, unit, { min: null, max: null }, record, t);
  if (t.asOf < from) return notYet(requirement, unit, { min: totalDue, max: null }, from, `${requirement.title} (${where})`);
  const last = Math.min(t.asOf, to);
  let measured = 0;
  const out: Evidence[] = [];
  for (const e of record.activities) {
    if (e.activity !== requirement.activity) continue;
    const d = daysOfIsoDate(e.date);
    if (d < from || d > last) continue;
    measured += e.hours;
    out.push(evidence('activity', e.id, e.hours, e.date));
  }
  const elapsed = periods(from, last);
  const dueSoFar = elapsed * per;
  const who = record.trainee.name;
  const base = { unit, required: { min: totalDue, max: null }, measured: { min: measured, max: measured }, evidence: out, deadline: formatIsoDate(to) };
  const cadence = `${fmt(per)} hours a ${requirement.cadence.per}`;
  if (t.asOf >= to) {
    const ok = measured >= (totalDue ?? 0) - EPS;
    return makeResult(requirement, base, { status: ok ? 'met' : 'unmet', projected: measured, message: `${who} logged ${fmtOf(measured, totalDue, ' of the ')} hours due over ${where} (${cadence}).` });
  }
  const projected = elapsed > 0 ? measured + (measured / elapsed) * (periods(from, to) - elapsed) : measured;
  const status = elapsed === 0 || projected >= (totalDue ?? 0) - EPS ? 'on-track' : 'at-risk';
  return makeResult(requirement, base, {
    status,
    projected: elapsed > 0 ? projected : null,
    message: `${who} has logged ${fmtOf(measured, dueSoFar, ' hours against ')} due so far (${cadence} for ${elapsed} ${requirement.cadence.per}s); ${status === 'on-track' ? 'on pace' : `at this pace ${fmtOf(projected, totalDue)} hours by ${formatIsoDate(to)}`}.`,
  });
}
