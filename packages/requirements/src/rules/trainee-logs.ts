import { addMonths, daysOfIsoDate, formatIsoDate, knownValue, type Program, type Requirement, type TraineeRecord } from '@gmekit/model';
import { monthsLessLeave } from './days';
import { EPS, evidence, fmt, fmtOf, makeResult } from './result';
import { AVERAGE_MONTH_DAYS, type Timeline } from './timeline';
import type { Evidence, RequirementResult } from './types';

type Counted = Extract<Requirement, { kind: 'procedure-count' | 'activity-hours' }>;
type Scholarly = Extract<Requirement, { kind: 'scholarly' }>;
type Presentation = Extract<Requirement, { kind: 'recurring-presentation' }>;
type Attendance = Extract<Requirement, { kind: 'conference-attendance' }>;
type Sites = Extract<Requirement, { kind: 'distinct-sites' }>;

/** Statuses that mean a presentation was given. */
const GIVEN = new Set(['presented', 'completed', 'published']);

function beforeStart(requirement: Requirement, unit: string, min: number, t: Timeline): RequirementResult {
  return makeResult(requirement, { status: 'not-yet-applicable', unit, required: { min, max: null }, measured: { min: 0, max: 0 }, message: `Training starts on ${formatIsoDate(t.start)}; nothing is expected yet.` });
}

/**
 * Trainee check of a procedure count or activity hours, by pace: logged
 * amount up to `asOf` divided by training months elapsed (leave taken out),
 * times the training months left (planned leave taken out), added to what is
 * logged. On track when that projection reaches the minimum by the end of
 * training; at risk when it does not.
 *
 * @param requirement - the requirement
 * @param record - the trainee record
 * @param t - the timeline
 * @returns the result
 */
export function traineeCount(requirement: Counted, record: TraineeRecord, t: Timeline): RequirementResult {
  const isProcedure = requirement.kind === 'procedure-count';
  const min = isProcedure ? requirement.min : requirement.minHours;
  const unit = isProcedure ? 'procedures' : 'hours';
  if (t.asOf < t.start) return beforeStart(requirement, unit, min, t);
  let measured = 0;
  const out: Evidence[] = [];
  if (requirement.kind === 'procedure-count') {
    const roles = requirement.roles === undefined ? null : new Set<string>(requirement.roles);
    for (const p of record.procedures) {
      if (p.category !== requirement.category || (roles !== null && !roles.has(p.role)) || daysOfIsoDate(p.date) > t.asOf) continue;
      measured += p.count;
      out.push(evidence('procedure', p.id, p.count, p.date));
    }
  } else {
    for (const a of record.activities) {
      if (a.activity !== requirement.activity || daysOfIsoDate(a.date) > t.asOf) continue;
      measured += a.hours;
      out.push(evidence('activity', a.id, a.hours, a.date));
    }
  }
  const what = isProcedure ? `${requirement.category} procedures` : `hours of ${requirement.activity}`;
  const who = record.trainee.name;
  const base = { unit, required: { min, max: null }, measured: { min: measured, max: measured }, evidence: out, deadline: t.end === null ? null : formatIsoDate(t.end) };
  if (measured >= min - EPS) return makeResult(requirement, base, { status: 'met', message: `${who} has ${fmt(measured)} ${what}, meeting the minimum of ${fmt(min)}.` });
  if (t.end === null) return makeResult(requirement, base, { status: 'not-evaluable', message: `${who} has ${fmtOf(measured, min)} ${what}; the end of training is unknown (no program length).` });
  if (t.asOf >= t.end) return makeResult(requirement, base, { status: 'unmet', projected: measured, message: `${who} finished training on ${formatIsoDate(t.end)} with ${fmtOf(measured, min)} ${what}.` });
  const { elapsed, left } = t;
  const pace = elapsed > 0 ? measured / elapsed : 0;
  const projected = measured + pace * left;
  const status = projected >= min - EPS ? 'on-track' : 'at-risk';
  let reach = `at the current pace of ${fmt(pace)} a month`;
  if (pace > 0) {
    const months = (min - measured) / pace;
    const day = addMonths(t.asOf, Math.floor(months)) + Math.round((months - Math.floor(months)) * AVERAGE_MONTH_DAYS);
    reach += ` ${fmt(min)} will be reached around ${formatIsoDate(day).slice(0, 7)}${status === 'at-risk' ? `, after training ends on ${formatIsoDate(t.end)}` : ''}`;
  } else reach += ` ${fmt(min)} will not be reached`;
  return makeResult(requirement, base, { status, projected, message: `${who} has ${fmtOf(measured, min)} ${what} with ${fmt(left)} months of training left; ${reach}.` });
}

/**
 * Trainee check of scholarly work: activities of the listed kinds that
 * reached one of the listed statuses by `asOf`. While short, on track unless
 * fewer than `leadMonths` of training are left and not enough work of those
 * kinds is under way; unmet once training ends.
 *
 * @param requirement - the requirement
 * @param record - the trainee record
 * @param t - the timeline
 * @param leadMonths - months before the end at which missing work turns at-risk
 * @returns the result
 */
export function traineeScholarly(requirement: Scholarly, record: TraineeRecord, t: Timeline, leadMonths: number): RequirementResult {
  const unit = 'activities';
  if (t.asOf < t.start) return beforeStart(requirement, unit, requirement.min, t);
  const kinds = new Set<string>(requirement.activityKinds);
  const statuses = new Set<string>(requirement.statuses);
  let measured = 0;
  let pending = 0;
  const out: Evidence[] = [];
  for (const s of record.scholarly) {
    if (!kinds.has(s.kind) || daysOfIsoDate(s.date) > t.asOf) continue;
    if (statuses.has(s.status)) {
      measured += 1;
      out.push(evidence('scholarly', s.id, 1, `${s.kind}, ${s.status} ${s.date}`));
    } else pending += 1;
  }
  const who = record.trainee.name;
  const base = { unit, required: { min: requirement.min, max: null }, measured: { min: measured, max: measured }, evidence: out, deadline: t.end === null ? null : formatIsoDate(t.end) };
  const done = `${requirement.activityKinds.join(' or ')} ${requirement.statuses.join(' or ')}`;
  if (measured >= requirement.min) return makeResult(requirement, base, { status: 'met', message: `${who} has ${measured} ${done}, meeting the minimum of ${requirement.min}.` });
  if (t.end !== null && t.asOf >= t.end) return makeResult(requirement, base, { status: 'unmet', message: `${who} finished training on ${formatIsoDate(t.end)} with ${measured} of ${requirement.min} ${done}.` });
  const left = t.left;
  const status = left < leadMonths && measured + pending < requirement.min ? 'at-risk' : 'on-track';
  return makeResult(requirement, base, {
    status,
    projected: measured + pending,
    message: `${who} has ${measured} of ${requirement.min} ${done}, ${pending} more under way, with ${Number.isFinite(left) ? `${fmt(left)} months` : 'an unknown time'} of training left.`,
  });
}

/**
 * Trainee check of a yearly presentation. Years are training years from the
 * start date (the academic year July–June for on-cycle trainees). A finished
 * year without enough presentations (status presented, completed or
 * published) makes it unmet; every year done makes it met; otherwise on track,
 * or at risk when the current year is short with fewer than `leadMonths` left
 * and nothing planned or in progress.
 *
 * @param requirement - the requirement
 * @param record - the trainee record
 * @param t - the timeline
 * @param leadMonths - months before the year's end at which a missing talk turns at-risk
 * @returns the result
 */
export function traineePresentation(requirement: Presentation, record: TraineeRecord, t: Timeline, leadMonths: number): RequirementResult {
  const unit = 'years';
  if (t.asOf < t.start) return beforeStart(requirement, unit, t.months === null ? 0 : Math.ceil(t.months / 12), t);
  const end = t.end ?? t.asOf;
  const years: { start: number; end: number }[] = [];
  for (let k = 0; ; k++) {
    const start = addMonths(t.start, 12 * k);
    if (start > end) break;
    years.push({ start, end: Math.min(addMonths(t.start, 12 * (k + 1)) - 1, end) });
  }
  const out: Evidence[] = [];
  let satisfied = 0;
  let missed: string | null = null;
  let current: { given: number; pending: number; left: number } | null = null;
  for (const y of years) {
    if (y.start > t.asOf) break;
    let given = 0;
    let pending = 0;
    for (const s of record.scholarly) {
      if (s.kind !== requirement.presentationKind) continue;
      const d = daysOfIsoDate(s.date);
      if (d < y.start || d > y.end || d > t.asOf) continue;
      if (GIVEN.has(s.status)) {
        given += 1;
        out.push(evidence('scholarly', s.id, 1, `${s.status} ${s.date}`));
      } else pending += 1;
    }
    if (given >= requirement.perAcademicYear) satisfied += 1;
    if (t.asOf >= y.end) {
      if (given < requirement.perAcademicYear) missed ??= `${formatIsoDate(y.start)} to ${formatIsoDate(y.end)}`;
    } else current = { given, pending, left: monthsLessLeave({ start: t.asOf + 1, end: y.end }, t.leave) };
  }
  const who = record.trainee.name;
  const total = t.end === null ? null : years.length;
  const base = { unit, required: { min: total, max: null }, measured: { min: satisfied, max: satisfied }, evidence: out, deadline: t.end === null ? null : formatIsoDate(t.end) };
  const talk = `${requirement.perAcademicYear} ${requirement.presentationKind} a year`;
  if (missed !== null) return makeResult(requirement, base, { status: 'unmet', message: `${who} gave fewer than ${talk} in the training year ${missed}.` });
  if (current === null && t.end !== null) return makeResult(requirement, base, { status: 'met', message: `${who} gave ${talk} in each of ${satisfied} training years.` });
  const short = current !== null && current.given < requirement.perAcademicYear;
  const risky = current !== null && short && current.left < leadMonths && current.given + current.pending < requirement.perAcademicYear;
  return makeResult(requirement, base, {
    status: risky ? 'at-risk' : 'on-track',
    message: `${who} has kept up ${talk} in ${satisfied} training year(s) so far${short && current !== null ? `; this year's is still due, with ${fmt(current.left)} months of the year left` : ''}.`,
  });
}

/**
 * Trainee check of conference attendance: sessions attended over sessions
 * attended or missed (excused sessions count in neither), for the listed
 * series, up to `asOf`. During training at or above the minimum is on track
 * and below it at risk; after training, met or unmet.
 *
 * @param requirement - the requirement
 * @param record - the trainee record
 * @param t - the timeline
 * @returns the result
 */
export function traineeAttendance(requirement: Attendance, record: TraineeRecord, t: Timeline): RequirementResult {
  const unit = 'percent';
  if (t.asOf < t.start) return beforeStart(requirement, unit, requirement.minPercent, t);
  const series = requirement.seriesIds === undefined ? null : new Set<string>(requirement.seriesIds);
  let attended = 0;
  let counted = 0;
  for (const a of record.attendance) {
    if ((series !== null && !series.has(a.seriesId)) || a.status === 'excused' || daysOfIsoDate(a.date) > t.asOf) continue;
    counted += 1;
    if (a.status === 'attended') attended += 1;
  }
  const who = record.trainee.name;
  const required = { min: requirement.minPercent, max: null };
  if (counted === 0) return makeResult(requirement, { status: 'not-evaluable', unit, required, measured: { min: null, max: null }, message: `No attendance is recorded for ${who} yet.` });
  const percent = (100 * attended) / counted;
  const ok = percent >= requirement.minPercent - EPS;
  const over = t.end !== null && t.asOf >= t.end;
  return makeResult(requirement, {
    status: ok ? (over ? 'met' : 'on-track') : over ? 'unmet' : 'at-risk',
    unit,
    required,
    measured: { min: percent, max: percent },
    evidence: [evidence('attendance', requirement.seriesIds?.join(',') ?? 'all', attended, `${attended} of ${counted} sessions attended (excused not counted)`)],
    deadline: t.end === null ? null : formatIsoDate(t.end),
    message: `${who} attended ${attended} of ${counted} sessions (${fmt(percent)} %) against a minimum of ${fmt(requirement.minPercent)} %.`,
  });
}

/** Adds a site or setting to `target`; returns `fresh` extended when it is newly seen. */
function note(item: string, started: boolean, target: Set<string>, seen: Set<string>, fresh: string): string {
  const isNew = started && !seen.has(item);
  target.add(item);
  return isNew ? (fresh === '' ? item : `${fresh}, ${item}`) : fresh;
}

/**
 * Trainee check of distinct sites and care settings. An assignment's site is
 * its own `siteId`, else its rotation's stated site; its settings are its
 * rotation's categories. Assignments started by `asOf` count; later ones are
 * scheduled. On track when the schedule covers what is missing, or when the
 * training months left are at least the number of items still unscheduled
 * (a month each); else at risk.
 *
 * @param requirement - the requirement
 * @param record - the trainee record
 * @param program - the program (rotation sites and categories)
 * @param t - the timeline
 * @returns the result
 */
export function traineeSites(requirement: Sites, record: TraineeRecord, program: Program | undefined, t: Timeline): RequirementResult {
  const rotations = new Map((program?.rotations ?? []).map((r) => [r.id, r]));
  const needSites = requirement.minSites ?? requirement.siteIds?.length ?? 0;
  const settings = requirement.settings ?? [];
  const need = needSites + settings.length;
  const unit = 'sites and settings';
  if (t.asOf < t.start) return beforeStart(requirement, unit, need, t);
  const wanted = requirement.siteIds === undefined ? null : new Set<string>(requirement.siteIds);
  const seen = new Set<string>();
  const planned = new Set<string>();
  const out: Evidence[] = [];
  const wantedSettings = new Set(settings);
  for (const a of record.assignments) {
    const rotation = rotations.get(a.rotationId);
    const site = a.siteId ?? ((rotation === undefined ? undefined : knownValue(rotation.site)));
    const started = daysOfIsoDate(a.start) <= t.asOf;
    const target = started ? seen : planned;
    let fresh = '';
    if (site !== undefined && (wanted === null || wanted.has(site))) fresh = note(`site:${site}`, started, target, seen, fresh);
    if (wantedSettings.size > 0) for (const c of rotation?.categories ?? []) if (wantedSettings.has(c)) fresh = note(`setting:${c}`, started, target, seen, fresh);
    if (fresh !== '') out.push(evidence('assignment', a.id, null, fresh));
  }
  const count = (set: Set<string>): number => Math.min([...set].filter((i) => i.startsWith('site:')).length, needSites) + settings.filter((s) => set.has(`setting:${s}`)).length;
  const measured = count(seen);
  const projected = count(new Set([...seen, ...planned]));
  const who = record.trainee.name;
  const base = { unit, required: { min: need, max: null }, measured: { min: measured, max: measured }, projected, evidence: out, deadline: t.end === null ? null : formatIsoDate(t.end) };
  const missing = settings.filter((s) => !seen.has(`setting:${s}`));
  const detail = `${who} has trained at ${measured} of the ${need} required sites and settings${missing.length > 0 ? ` (settings not yet: ${missing.join(', ')})` : ''}`;
  if (measured >= need) return makeResult(requirement, base, { status: 'met', message: `${detail}.` });
  if (t.end !== null && t.asOf >= t.end) return makeResult(requirement, base, { status: 'unmet', message: `${detail}; training ended on ${formatIsoDate(t.end)}.` });
  const left = t.left;
  const status = projected >= need || left >= need - projected ? 'on-track' : 'at-risk';
  const reaches = projected >= need;
  const tail = reaches ? 'which reaches it' : `${need - projected} short: achievable, but not yet scheduled`;
  return makeResult(requirement, base, {
    status,
    schedule: status === 'on-track' ? (reaches ? 'reaches' : 'not-yet-scheduled') : null,
    message: `${detail}; ${projected - measured} more scheduled, ${tail}; ${Number.isFinite(left) ? `${fmt(left)} months` : 'an unknown time'} left.`,
  });
}
