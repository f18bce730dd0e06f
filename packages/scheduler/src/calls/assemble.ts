import type { WorkHourReport } from '@gmekit/requirements';
import { ScheduleVerificationError } from '../schedule/verify';
import { isoOf } from './model';
import { periodsOf } from './periods';
import { instantText } from './local-time';
import { daysReached, type Item, type PreparedCalls } from './prepare';
import type { CallSchedule, CallShift, CallSolverStatistics, CallTiming } from './types';

/**
 * A schedule from chosen items that have passed the audit.
 *
 * @param p - the prepared problem
 * @param chosen - the chosen items (base shifts and calls)
 * @param audit - the audit of their periods (no errors)
 * @param statistics - solver statistics
 * @param timing - wall-clock time
 * @returns the schedule
 */
export function assembleSchedule(p: PreparedCalls, chosen: readonly Item[], audit: WorkHourReport, statistics: CallSolverStatistics, timing: CallTiming): CallSchedule {
  const shifts = shiftsOf(p, chosen);
  const callCounts: Record<string, number> = {};
  for (const t of p.problem.trainees) callCounts[t.trainee.id] = 0;
  for (const s of shifts) callCounts[s.traineeId] = (callCounts[s.traineeId] ?? 0) + 1;
  const previous = new Set((p.problem.previous ?? []).map((a) => `${a.coverageId}/${a.date}/${a.traineeId}`));
  const kept = shifts.filter((s) => previous.has(s.id)).length;
  return {
    status: 'scheduled',
    problem: p.problem,
    shifts,
    workPeriods: periodsOf(p, chosen),
    daysOff: daysOffOf(p, chosen),
    audit,
    ...(p.history === null ? {} : { history: p.history.record }),
    callCounts,
    changes: previous.size - kept,
    statistics,
    timing,
  };
}

/**
 * Checks that the chosen calls fill every needed shift exactly (the model's
 * coverage, re-counted independently of the solver).
 *
 * @param p - the prepared problem
 * @param chosen - the chosen items
 * @throws {@link ScheduleVerificationError} naming each shift filled wrongly
 */
export function verifyCoverage(p: PreparedCalls, chosen: readonly Item[]): void {
  const failures: string[] = [];
  const filled = new Map<string, number>();
  for (const it of chosen) if (it.coverageId !== null) filled.set(`${it.coverageId}|${it.day}`, (filled.get(`${it.coverageId}|${it.day}`) ?? 0) + 1);
  for (const c of p.problem.coverage) {
    for (let k = 0; k < p.days; k++) {
      if (!p.needed(c, k)) continue;
      const n = filled.get(`${c.id}|${k}`) ?? 0;
      if (n !== c.count) failures.push(`${c.id} on ${isoOf(p, k)} has ${n} trainees, needs ${c.count}`);
    }
  }
  if (failures.length > 0) throw new ScheduleVerificationError(failures);
}

/**
 * The calls among chosen items, as {@link CallShift}s sorted by date, shift and trainee.
 *
 * @param p - the prepared problem
 * @param chosen - the chosen items
 * @returns the shifts
 */
export function shiftsOf(p: PreparedCalls, chosen: readonly Item[]): CallShift[] {
  const zone = p.problem.timeZone;
  const out: CallShift[] = [];
  for (const it of chosen) {
    const type = it.callType;
    const traineeId = p.problem.trainees[it.trainee]?.trainee.id;
    if (type === null || it.coverageId === null || traineeId === undefined) continue;
    const date = isoOf(p, it.day);
    out.push({ id: `${it.coverageId}/${date}/${traineeId}`, coverageId: it.coverageId, callTypeId: type.id, kind: type.kind, date, traineeId, start: instantText(zone, it.start), end: instantText(zone, it.end) });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.coverageId < b.coverageId ? -1 : a.coverageId > b.coverageId ? 1 : a.traineeId < b.traineeId ? -1 : a.traineeId > b.traineeId ? 1 : 0));
}

/**
 * Whole calendar days with no work per trainee (leave days left out).
 *
 * @param p - the prepared problem
 * @param chosen - the chosen items
 * @returns dates per trainee id
 */
export function daysOffOf(p: PreparedCalls, chosen: readonly Item[]): Record<string, string[]> {
  // Each item marks the days it reaches, from the one it starts on: a year's join would otherwise test every
  // day against every item of the trainee (60 × 364 × ~300).
  const busy = p.problem.trainees.map(() => new Uint8Array(p.days));
  for (const it of chosen) {
    const [first, last] = daysReached(p.midnights, Math.max(0, it.day), p.days - 1, it.start, it.end);
    busy[it.trainee]?.fill(1, first, last + 1);
  }
  const out: Record<string, string[]> = {};
  p.problem.trainees.forEach((t, slot) => {
    const dates: string[] = [];
    for (let k = 0; k < p.days; k++) if (p.leave[slot]?.has(k) !== true && busy[slot]?.[k] !== 1) dates.push(isoOf(p, k));
    out[t.trainee.id] = dates;
  });
  return out;
}
