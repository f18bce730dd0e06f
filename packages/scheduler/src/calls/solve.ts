import { day } from '../problem/days';
import { highsSolver } from '../solver/highs';
import type { SolveProgress } from '../solver/adapter';
import { highsStartSolver } from '../solver/highs-start';
import { solveProgress } from '../schedule/counted';
import { ScheduleVerificationError } from '../schedule/verify';
import { assembleSchedule, verifyCoverage } from './assemble';
import { explainShortfall } from './explain';
import { buildCallModel, isoOf } from './model';
import { auditCalls, periodsOf, scheduleErrors } from './periods';
import type { Item, PreparedCalls } from './prepare';
import type { CallScheduleOptions, CallScheduleResult } from './types';
import { greedyStart } from './warm-start';
import { IMPROVE_CALLS_FROM, improveCalls } from './improve-calls';
import type { ImproveOutcome } from '../schedule/improve';
import type { PriorCounts } from './fairness-rows';
import type { TraineeExclusions } from './exclusions';

/** Rounds of "the audit credited fewer days off than the model; count only whole days there" before giving up. */
const MAX_ROUNDS = 6;

/** Items fixed before a day: those chosen are kept, the others stay out (work already done cannot move). */
export interface CallLock {
  /** Day index: items starting on an earlier day are fixed. */
  readonly before: number;
  /** Item indexes chosen among them. */
  readonly chosen: ReadonlySet<number>;
  /** A trainee slot left unlocked (kept only as far as the change cost prefers). */
  readonly except?: number;
}

/** A solve's result and, for a schedule, the items it chose (base shifts and calls). */
export interface SolvedCalls {
  /** The result. */
  readonly result: CallScheduleResult;
  /** The chosen items (empty without a schedule). */
  readonly chosen: readonly Item[];
  /** The schedule's gap to a bound that came after it was returned (see {@link SpanWindow}). */
  readonly proof?: Promise<number | undefined>;
}

/** How a long span's window is solved. */
export interface SpanWindow {
  /** Calls of the windows before, for fairness over the span. */
  readonly prior: PriorCounts;
  /** Seconds the window's relaxation may run on beside the next window (see `trailSeconds` of {@link improveCalls}). */
  readonly trailSeconds?: number;
  /** The previous window's relaxation, still running: this window's starts after it (see `after` of {@link improveCalls}). */
  readonly after?: Promise<unknown>;
  /** The window's exclusion sets, worked out while the window before it was searched. */
  readonly exclusions?: ReadonlyMap<number, TraineeExclusions>;
  /** Work for this thread while the window's search waits for its relaxation (the next window's exclusion sets). */
  readonly meanwhile?: () => void;
}

/**
 * Whether a solve searches by improvement ({@link improveCalls}, its
 * relaxation in a worker thread) rather than solving the model once: with
 * the default solver, from {@link IMPROVE_CALLS_FROM} trainees, unless
 * `options.improve` says otherwise. A re-solve that keeps a published
 * schedule weighs every changed call; its greedy start would ignore them,
 * so it stays one exact solve.
 *
 * @param p - the prepared problem
 * @param options - solver options
 * @param lock - items fixed before a day (re-solves after a sick call)
 * @returns true for the improvement search
 */
export function searchesByImprovement(p: PreparedCalls, options: CallScheduleOptions, lock?: CallLock): boolean {
  return options.solver === undefined && (options.improve ?? (p.problem.trainees.length >= IMPROVE_CALLS_FROM && p.problem.previous === undefined && lock === undefined));
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
  return (await solveCalls(p, options, lock)).result;
}

/**
 * {@link solvePrepared}, keeping the chosen items (a long span joins its windows' items).
 *
 * @param p - the prepared problem
 * @param options - solver options (its `history` is already in `p`)
 * @param lock - items fixed before a day (re-solves after a sick call)
 * @param span - a long span's window: the calls before it, the relaxation's trailing time
 * @returns the result and the chosen items (and a gap proved later)
 */
export async function solveCalls(p: PreparedCalls, options: CallScheduleOptions, lock?: CallLock, span?: SpanWindow): Promise<SolvedCalls> {
  const prior = span?.prior;
  const started = performance.now();
  // Without a solver of the caller's, HiGHS starts from a greedy schedule that keeps every hard rule (so it has a covering incumbent from the start).
  const warm = options.solver === undefined ? highsStartSolver({ worker: options.worker === true }) : undefined;
  const solver = options.solver ?? warm ?? highsSolver();
  const calendarDaysOnly = new Set<string>();
  const improve = searchesByImprovement(p, options, lock);
  let solverMs = 0;
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const built = buildCallModel(p, { calendarDaysOnly, ...(lock === undefined ? {} : { lock }), ...(prior === undefined ? {} : { prior }), ...(span?.exclusions === undefined ? {} : { exclusions: span.exclusions }) });
    const onProgress = options.onProgress;
    const limits = {
      relativeGap: options.relativeGap ?? 0.01,
      ...(options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds }),
      ...(onProgress === undefined ? {} : { onProgress: (s: SolveProgress) => { onProgress(solveProgress(s)); } }),
    };
    const whole = () => (warm === undefined ? solver.solve(built.model, limits) : warm.solve(built.model, { ...limits, start: greedyStart(p, built, prior) }));
    const search = { relativeGap: limits.relativeGap, ...(options.timeLimitSeconds === undefined ? {} : { timeLimitSeconds: options.timeLimitSeconds }), ...(onProgress === undefined ? {} : { onProgress }), ...(span?.trailSeconds === undefined ? {} : { trailSeconds: span.trailSeconds }), ...(span?.after === undefined ? {} : { after: span.after }), ...(span?.meanwhile === undefined ? {} : { meanwhile: span.meanwhile }) };
    let out: ImproveOutcome = improve ? await improveCalls(p, built, solver, search, prior) : await whole();
    // A search from a start cannot prove a shift impossible to cover: with a shift still open, one whole solve decides.
    if (improve && (out.values === null || built.slack.some((s) => (out.values?.[s.variable] ?? 0) > 0.5))) {
      solverMs += out.wallMs;
      out = await whole();
    }
    solverMs += out.wallMs;
    if (out.status === 'no-solution') return { result: { status: 'no-solution', problemId: p.problem.id, message: `the solver stopped (${out.solverStatus}) before it found a schedule; allow more time` }, chosen: [] };
    const values = out.values;
    if ((out.status !== 'optimal' && out.status !== 'feasible') || values === null) {
      throw new ScheduleVerificationError([`the call model always has a solution (shortfalls are penalised), but the solver answered "${out.solverStatus}"`]);
    }
    const shortfalls = built.slack
      .map((s) => ({ coverageId: s.coverageId, date: isoOf(p, s.day), missing: Math.round(values[s.variable] ?? 0) }))
      .filter((s) => s.missing > 0);
    if (shortfalls.length > 0) {
      // Open shifts in a time-limited incumbent prove nothing: only a finished search shows they cannot be covered.
      if (out.status !== 'optimal') return { result: { status: 'no-solution', problemId: p.problem.id, message: `the solver stopped (${out.solverStatus}) with ${shortfalls.length} shift(s) still open, before it found a schedule covering every shift or proved there is none; allow more time` }, chosen: [] };
      return { result: { status: 'infeasible', problemId: p.problem.id, explanation: explainShortfall(p, shortfalls) }, chosen: [] };
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
    const statistics = { solver: solver.name, status: out.status, variables: built.model.variables.length, constraints: built.model.constraints.length, solves: round, ...(out.relativeGap === undefined ? {} : { relativeGap: out.relativeGap }) };
    return { result: assembleSchedule(p, chosen, audit, statistics, { totalMs: performance.now() - started, solverMs }), chosen, ...(out.proof === undefined ? {} : { proof: out.proof }) };
  }
  throw new ScheduleVerificationError([`the audit still disagreed on days off after ${MAX_ROUNDS} rounds`]);
}
