import { day } from '../problem/days';
import { highsSolver } from '../solver/highs';
import { highsStartSolver } from '../solver/highs-start';
import { greedyStart } from './warm-start';
import { ScheduleVerificationError } from '../schedule/verify';
import { explainShortfall } from './explain';
import { buildCallModel, isoOf } from './model';
import { auditCalls, periodsOf, scheduleErrors } from './periods';
import { prepareCalls, instantText, type Item, type PreparedCalls } from './prepare';
import type { WorkHourReport } from '@gmekit/requirements';
import type { CallSchedule, CallScheduleOptions, CallScheduleResult, CallShift, CallSolverStatistics, CallTiming } from './types';

/** Rounds of "the audit credited fewer days off than the model; count only whole days there" before giving up. */
const MAX_ROUNDS = 6;

/**
 * Builds a month's (a block's, up to a year's) call and night-float schedule
 * on a MILP solver (HiGHS by default), with every ACGME rule the work-hour
 * audit checks as a hard constraint — 80 hours averaged over each window from
 * base shifts, calls and transitions, one day in seven free, in-house call no
 * more often than ⌈days / 3⌉ nights per window, 24 + 4 with no new patients
 * after 24, 14 hours free after 24, 8 hours between shifts, the night-float
 * limit — plus the program's rules; fairness, requests and spacing are the
 * objective. The result is re-audited with `auditWorkHours`: a schedule is
 * returned only when the audit finds no error, and a disagreement is thrown
 * as a bug ({@link ScheduleVerificationError}).
 *
 * Times are wall-clock times in the problem's zone: a 19:00–07:00 night is 11
 * or 13 real hours across a DST change, and a 24-hour call is 24 real hours.
 * Without `options.history` the first day starts fresh; with it (the
 * previous month's work periods, e.g. `historyOf(previous)`), the averaged
 * rules reach back into the previous month and a trainee post-call on the
 * first morning is not scheduled again too soon.
 *
 * @param problem - a `CallProblem` (validated here; untrusted input welcome)
 * @param options - solver, time limit, relative gap (default 1 %)
 * @returns the schedule, `{ status: 'infeasible', explanation }` in words, or `no-solution` when a time limit stopped the solver first
 * @throws `ZodError` for a malformed problem, `SchedulingInputError` for a bad reference
 * @example
 * const result = await scheduleCalls(problem);
 * if (result.status === 'scheduled') console.log(result.shifts.length, 'calls');
 * else if (result.status === 'infeasible') console.log(result.explanation.summary);
 */
export async function scheduleCalls(problem: unknown, options: CallScheduleOptions = {}): Promise<CallScheduleResult> {
  return solvePrepared(prepareCalls(problem, options.history), options);
}

/** Items fixed before a day: those chosen are kept, the others stay out (work already done cannot move). */
export interface CallLock {
  /** Day index: items starting on an earlier day are fixed. */
  readonly before: number;
  /** Item indexes chosen among them. */
  readonly chosen: ReadonlySet<number>;
  /** A trainee slot left unlocked (kept only as far as the change cost prefers). */
  readonly except?: number;
}

/**
 * Solves a prepared problem, re-auditing until the audit agrees.
 *
 * @param p - the prepared problem
 * @param options - solver options (its `history` is already in `p`)
 * @param lock - items fixed before a day (re-solves after a sick call)
 * @returns the result
 */
export async function solvePrepared(p: PreparedCalls, options: CallScheduleOptions, lock?: CallLock): Promise<CallScheduleResult> {
  const started = performance.now();
  // Without a solver of the caller's, HiGHS starts from a greedy schedule that keeps every hard rule (so it has a covering incumbent from the start).
  const warm = options.solver === undefined ? highsStartSolver() : undefined;
  const solver = options.solver ?? warm ?? highsSolver();
  const calendarDaysOnly = new Set<string>();
  let solverMs = 0;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const built = buildCallModel(p, { calendarDaysOnly, ...(lock === undefined ? {} : { lock }) });
    const limits = { relativeGap: options.relativeGap ?? 0.01, ...(options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds }) };
    const out = warm === undefined ? await solver.solve(built.model, limits) : await warm.solve(built.model, { ...limits, start: greedyStart(p, built) });
    solverMs += out.wallMs;
    if (out.status === 'no-solution') return { status: 'no-solution', problemId: p.problem.id, message: `the solver stopped (${out.solverStatus}) before it found a schedule; allow more time` };
    const values = out.values;
    if ((out.status !== 'optimal' && out.status !== 'feasible') || values === null) {
      throw new ScheduleVerificationError([`the call model always has a solution (shortfalls are penalised), but the solver answered "${out.solverStatus}"`]);
    }
    const shortfalls = built.slack
      .map((s) => ({ coverageId: s.coverageId, date: isoOf(p, s.day), missing: Math.round(values[s.variable] ?? 0) }))
      .filter((s) => s.missing > 0);
    if (shortfalls.length > 0) {
      // Open shifts in a time-limited incumbent prove nothing: only a finished search shows they cannot be covered.
      if (out.status !== 'optimal') return { status: 'no-solution', problemId: p.problem.id, message: `the solver stopped (${out.solverStatus}) with ${shortfalls.length} shift(s) still open, before it found a schedule covering every shift or proved there is none; allow more time` };
      return { status: 'infeasible', problemId: p.problem.id, explanation: explainShortfall(p, shortfalls) };
    }
    const chosen = p.items.filter((it) => (values[built.itemVar[it.index] ?? -1] ?? 0) > 0.5);
    const periods = periodsOf(p, chosen);
    const history = p.history?.record;
    const audit = auditCalls(p.problem, periods, history);
    const errors = scheduleErrors(p.problem, audit, history);
    const dayOffErrors = errors.filter((f) => f.code === 'work-hours/day-off-1-in-7');
    if (errors.length > dayOffErrors.length) {
      throw new ScheduleVerificationError(errors.filter((f) => f.code !== 'work-hours/day-off-1-in-7').map((f) => `${f.code}: ${f.message}`));
    }
    if (dayOffErrors.length > 0) {
      // The model credited a noon-to-noon day off the audit placed in another window: count whole days only there.
      const before = calendarDaysOnly.size;
      for (const f of dayOffErrors) {
        const slot = p.problem.trainees.findIndex((t) => t.trainee.id === f.traineeId);
        const first = f.window === undefined ? -1 : day(f.window.start) - p.firstDay;
        const w = p.windows.findIndex((x) => x.first === first);
        calendarDaysOnly.add(`${slot}:${w}`);
      }
      if (calendarDaysOnly.size === before) throw new ScheduleVerificationError(dayOffErrors.map((f) => `${f.code}: ${f.message}`));
      continue;
    }
    verifyCoverage(p, chosen);
    return assembleSchedule(p, chosen, audit, { solver: solver.name, status: out.status, variables: built.model.variables.length, constraints: built.model.constraints.length, solves: round, ...(out.relativeGap === undefined ? {} : { relativeGap: out.relativeGap }) }, { totalMs: performance.now() - started, solverMs });
  }
  throw new ScheduleVerificationError([`the audit still disagreed on days off after ${MAX_ROUNDS} rounds`]);
}

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

function verifyCoverage(p: PreparedCalls, chosen: readonly Item[]): void {
  const failures: string[] = [];
  for (const c of p.problem.coverage) {
    for (let k = 0; k < p.days; k++) {
      if (!p.needed(c, k)) continue;
      const n = chosen.filter((it) => it.coverageId === c.id && it.day === k).length;
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
  const out: Record<string, string[]> = {};
  p.problem.trainees.forEach((t, slot) => {
    const mine = chosen.filter((it) => it.trainee === slot);
    const dates: string[] = [];
    for (let k = 0; k < p.days; k++) {
      if (p.leave[slot]?.has(k) === true) continue;
      const from = p.midnights[k + 1] ?? 0;
      const to = p.midnights[k + 2] ?? 0;
      if (!mine.some((it) => it.start < to && it.end > from)) dates.push(isoOf(p, k));
    }
    out[t.trainee.id] = dates;
  });
  return out;
}
