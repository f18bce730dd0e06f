import type { CallProblem } from '@gmekit/model';
import { day } from '../problem/days';
import { ScheduleVerificationError } from '../schedule/verify';
import { assembleSchedule, verifyCoverage } from './assemble';
import type { CallHistory } from './history';
import { isoOf } from './model';
import { auditCalls, periodsOf, scheduleErrors } from './periods';
import { prepareCalls, type CallWindow, type Item, type PreparedCalls } from './prepare';
import { solveCalls } from './solve';
import { primeExclusions, type TraineeExclusions } from './exclusions';
import { shiftKey, type PriorCounts } from './fairness-rows';
import { windowSeconds } from './span-budget';
import type { CallSchedule, CallScheduleOptions, CallScheduleResult, CallSolverStatistics } from './types';

/** Spans of more averaging windows than this are solved one window at a time. */
const WHOLE_SPAN_WINDOWS = 2;

/**
 * Whether a prepared problem covers more than two averaging windows (eight
 * weeks), so that one model of the whole span would be too large to solve
 * in reasonable time (a year for 60 trainees is over 150,000 variables).
 *
 * @param p - the prepared problem
 * @returns true for a long span
 */
export function spansWindows(p: PreparedCalls): boolean {
  return p.windows.filter((w) => w.last >= 0).length > WHOLE_SPAN_WINDOWS;
}

const key = (trainee: number, dayNumber: number, coverageId: string | null): string => `${trainee}|${dayNumber}|${coverageId ?? ''}`;

/**
 * The history a window is solved after: from two windows back (or from the
 * given history's first day, so the windows stay cut where the whole span's
 * are), every work period of the windows solved since and the vacations
 * taken in them. Two windows reach back at least 28 days before the window's
 * first day, enough for a calendar month's call limit, the last night-float
 * run and the rest after the last call.
 */
function historyFor(p: PreparedCalls, windows: readonly CallWindow[], i: number, solved: readonly CallSchedule[]): CallHistory | undefined {
  const original = p.history?.record;
  if (i === 0) return original;
  // The windows wholly in the given history come first in p.windows.
  const origin = p.windows[0]?.first ?? 0;
  const back = p.windows[p.windows.length - windows.length + i - 2]?.first;
  const from = back === undefined || back <= 0 ? origin : back;
  const first = windows[i]?.first ?? 0;
  const periods = solved.filter((_, j) => (windows[j]?.first ?? 0) >= from).flatMap((s) => s.workPeriods);
  const start = isoOf(p, from);
  const dayBefore = isoOf(p, first - 1);
  const vacations = p.problem.trainees.flatMap((t) =>
    t.requests.flatMap((r) => (r.kind === 'vacation' && r.start <= dayBefore && r.end >= start ? [{ traineeId: t.trainee.id, start: r.start < start ? start : r.start, end: r.end > dayBefore ? dayBefore : r.end }] : [])),
  );
  return {
    start,
    workPeriods: [...(from === origin && original !== undefined ? original.workPeriods : []), ...periods],
    leave: [...(from === origin && original !== undefined ? original.leave : []), ...vacations],
  };
}

/** Each trainee's calls in the windows solved so far, per coverage shift and on weekends or holidays; each window's calls are added once, as it is solved. */
function runningTotals(p: PreparedCalls): PriorCounts & { readonly add: (schedule: CallSchedule) => void } {
  const slotOf = new Map<string, number>(p.problem.trainees.map((t, slot) => [t.trainee.id, slot]));
  const shift = new Map<string, number>();
  const weekend = p.problem.trainees.map(() => 0);
  const add = (schedule: CallSchedule) => {
    for (const s of schedule.shifts) {
      const slot = slotOf.get(s.traineeId);
      if (slot === undefined) continue;
      const k = shiftKey(slot, s.coverageId);
      shift.set(k, (shift.get(k) ?? 0) + 1);
      if (p.weekend[day(s.date) - p.firstDay] === true) weekend[slot] = (weekend[slot] ?? 0) + 1;
    }
  };
  return { shift, weekend, add };
}

function windowProblem(problem: CallProblem, start: string, end: string): CallProblem {
  const { previous, ...rest } = problem;
  return { ...rest, start, end, ...(previous === undefined ? {} : { previous: previous.filter((a) => a.date >= start && a.date <= end) }) };
}

/**
 * Schedules a span of more than two averaging windows (a quarter, a year)
 * one 28-day window at a time, in order, each after the history of the
 * windows before it — so every rule that reaches across a boundary (the
 * averaged rules of the window, rest after the last call, the night-float
 * run, the calls of a calendar month) sees what was already scheduled —
 * then joins the windows and audits the whole span at once with
 * `auditWorkHours`. A disagreement of that audit is a bug
 * ({@link ScheduleVerificationError}). Fairness counts each trainee's calls
 * of the windows already solved, so it balances the span's totals as far as
 * the window can (it never moves an earlier window's calls); the time limit
 * and the gap apply to each window's solve, and `spanTimeLimitSeconds` is
 * shared among the windows as they come ({@link windowSeconds}).
 *
 * @param p - the prepared problem (the whole span)
 * @param options - solver options
 * @param started - `performance.now()` when the call began (the span's time limit counts from it)
 * @returns the joined, re-audited schedule, or the first window's failure (its dates named)
 */
export async function scheduleByWindows(p: PreparedCalls, options: CallScheduleOptions, started = performance.now()): Promise<CallScheduleResult> {
  const deadline = options.spanTimeLimitSeconds === undefined ? undefined : started + options.spanTimeLimitSeconds * 1000;
  let overheadMs = 0;
  const windows = p.windows.filter((w) => w.last >= 0);
  const inSpan = windows.map((w) => ({ first: Math.max(0, w.first), last: w.last }));
  const solved: CallSchedule[] = [];
  const proofs: (Promise<number | undefined> | undefined)[] = [];
  const totals = runningTotals(p);
  const chosenKeys = new Set<string>();
  let solverMs = 0;
  let primed: ReadonlyMap<number, TraineeExclusions> | undefined;
  for (const [i, w] of inSpan.entries()) {
    const windowStarted = performance.now();
    const limit = windowSeconds({ deadline, now: windowStarted, windowsLeft: inSpan.length - i, overheadMs, cap: options.timeLimitSeconds, first: i === 0 });
    const start = isoOf(p, w.first);
    const end = isoOf(p, w.last);
    const history = historyFor(p, windows, i, solved);
    const part = prepareCalls(windowProblem(p.problem, start, end), history);
    const where = `${start} to ${end} (window ${i + 1} of ${inSpan.length})`;
    const onProgress = options.onProgress;
    const windowOptions: CallScheduleOptions = {
      ...options,
      ...(limit === undefined ? {} : { timeLimitSeconds: limit }),
      ...(onProgress === undefined ? {} : { onProgress: (q) => { onProgress({ ...q, message: `${where}: ${q.message}` }); } }),
    };
    // A window whose relaxation starts at once (none still running before it) may leave it running on beside
    // the next window, but the last: the join waits for its proof. One that waits for the one before it waits
    // for its own too, so the lateness ends there instead of passing from window to window.
    const after = proofs.at(-1);
    const trail = i < inSpan.length - 1 && after === undefined ? limit : undefined;
    // The next window's exclusion sets depend on its items and days, not on this window's schedule:
    // worked out while this window's search waits for its relaxation, they leave less between the two relaxations.
    const next = inSpan[i + 1];
    let nextPrimed: ReadonlyMap<number, TraineeExclusions> | undefined;
    const meanwhile = next === undefined ? undefined : () => {
      nextPrimed = primeExclusions(prepareCalls(windowProblem(p.problem, isoOf(p, next.first), isoOf(p, next.last))));
    };
    const span = { prior: totals, ...(meanwhile === undefined ? {} : { meanwhile }), ...(primed === undefined ? {} : { exclusions: primed }), ...(trail === undefined ? {} : { trailSeconds: trail }), ...(after === undefined ? {} : { after }) };
    const { result, chosen, proof } = await solveCalls(part, windowOptions, undefined, span);
    primed = nextPrimed;
    if (result.status === 'infeasible') return { ...result, problemId: p.problem.id, explanation: { ...result.explanation, summary: `${where}: ${result.explanation.summary}` } };
    if (result.status === 'no-solution') return { ...result, problemId: p.problem.id, message: `${where}: ${result.message}` };
    solverMs += result.timing.solverMs;
    overheadMs = Math.max(0, performance.now() - windowStarted - result.timing.solverMs);
    solved.push(result);
    proofs.push(proof);
    totals.add(result);
    for (const it of chosen) chosenKeys.add(key(it.trainee, part.firstDay + it.day, it.coverageId));
  }
  const chosen: Item[] = p.items.filter((it) => chosenKeys.has(key(it.trainee, p.firstDay + it.day, it.coverageId)));
  if (chosen.length !== chosenKeys.size) throw new ScheduleVerificationError([`${chosenKeys.size - chosen.length} item(s) chosen in a window are not items of the whole span`]);
  // The independent check: one audit of the whole span, as a coordinator would run it on the joined schedule.
  const history = p.history?.record;
  const audit = auditCalls(p.problem, periodsOf(p, chosen), history);
  const errors = scheduleErrors(p.problem, audit, history);
  if (errors.length > 0) throw new ScheduleVerificationError(errors.map((f) => `${f.code}: ${f.message}`));
  verifyCoverage(p, chosen);
  const statistics = await Promise.all(solved.map((s, i) => provedStatistics(s.statistics, proofs[i], options.relativeGap ?? 0.01)));
  return assembleSchedule(p, chosen, audit, joinStatistics(statistics), { totalMs: performance.now() - started, solverMs });
}

/**
 * A window's statistics with the gap its relaxation proved after the window
 * was done, when it did: within the target the window counts as solved to
 * it (`optimal`), as if the bound had come in time.
 *
 * @param statistics - the window's statistics when it was returned
 * @param proof - the gap proved later, if the bound was late
 * @param target - the relative gap asked for
 * @returns the statistics to join
 */
export async function provedStatistics(statistics: CallSolverStatistics, proof: Promise<number | undefined> | undefined, target: number): Promise<CallSolverStatistics> {
  const gap = await proof;
  if (gap === undefined) return statistics;
  return { ...statistics, relativeGap: gap, status: gap <= target ? 'optimal' : 'feasible' };
}

function joinStatistics(parts: readonly CallSolverStatistics[]): CallSolverStatistics {
  const gaps = parts.flatMap((s) => (s.relativeGap === undefined ? [] : [s.relativeGap]));
  return {
    solver: parts[0]?.solver ?? 'none',
    status: parts.every((s) => s.status === 'optimal') ? 'optimal' : 'feasible',
    variables: Math.max(0, ...parts.map((s) => s.variables)),
    constraints: Math.max(0, ...parts.map((s) => s.constraints)),
    solves: parts.reduce((n, s) => n + s.solves, 0),
    // A window without a bound proves nothing about the span, so then the span has no gap either.
    ...(gaps.length > 0 && gaps.length === parts.length ? { relativeGap: Math.max(...gaps) } : {}),
  };
}
