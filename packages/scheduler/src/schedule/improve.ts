import type { SolveOutcome, SolverAdapter } from '../solver/adapter';
import type { LinearModel } from '../solver/linear-model';
import { type SolveCounter, counted, secondsLeft, waitAtMost } from './counted';
import { relaxation, restricted } from './restricted';
import type { ScheduleProgress } from './types';

/** Settings of {@link improveSchedule}. */
export interface ImproveSettings {
  /** Stop once the schedule is within this relative gap of the bound (0.01 = 1 %). */
  readonly relativeGap: number;
  /** Trainees freed together in one fix-and-optimize step (default 10). */
  readonly groupSize?: number;
  /** Passes over all trainees, each preceded by a RINS step (default 4). */
  readonly rounds?: number;
  /** Limit of each small solve, in seconds (default 5); the counter's deadline cuts it further. */
  readonly stepSeconds?: number;
  /** A feasible solution to start from (variable values by index) instead of the solver's first one. */
  readonly start?: readonly number[];
  /** Told of each better schedule and of the bound. */
  readonly onProgress?: (progress: ScheduleProgress) => void;
  /**
   * A lower bound computed elsewhere while the search runs (e.g. the
   * relaxation solved in a worker thread, on the other core), instead of the
   * relaxation solved first. The search then has no RINS step (it needs the
   * relaxation's values), and it returns the first schedule of its step
   * order within `relativeGap` of the bound, whenever the bound arrives: the
   * same input still gives the same schedule.
   */
  readonly bound?: Promise<number | null>;
  /**
   * With `bound`: wait for it no later than the counter's deadline. A bound
   * still on its way then proves the best schedule's gap later, through the
   * outcome's `proof`, while the caller goes on (a long span's next window).
   */
  readonly boundMayTrail?: boolean;
  /**
   * With `bound`: other work for this thread, run once while the search
   * waits for the bound — after {@link STALE_STEPS} steps in a row found
   * nothing better, or when the steps are done — and not at all once the
   * bound is in. Why: the search finds its best schedule early and its
   * later steps rarely find a better one; a long span works out its next
   * window's exclusion sets there, instead of after this window while the
   * relaxation's worker waits for the next model.
   */
  readonly meanwhile?: () => void;
  /**
   * With `bound`: once {@link PAUSE_STEPS} steps in a row found nothing
   * better, wait for the bound (no later than the counter's deadline)
   * before the next step. Why: the steps after the search's best schedule
   * rarely find a better one, and on a machine whose cores are also taken
   * by other work they take CPU time from the relaxation the search waits
   * for. The steps come in the same order after the wait, so the schedule
   * returned is the same.
   */
  readonly pauseWhenStale?: boolean;
}

/** What {@link improveSchedule} returns: the solver's outcome and, when the bound came too late for it, the gap it proves afterwards. */
export type ImproveOutcome = SolveOutcome & {
  /** The returned schedule's gap to the bound once that arrives (`undefined`: the bound proved nothing), when it had not by the deadline. */
  readonly proof?: Promise<number | undefined>;
};

/** Values of integer variables closer than this count as equal. */
const SAME = 1e-6;
const DEFAULT_GROUP = 10;
const DEFAULT_ROUNDS = 4;
const DEFAULT_STEP_SECONDS = 5;
/** Steps in a row without a better schedule after which the search runs its `meanwhile` work. */
export const STALE_STEPS = 3;
/** Steps in a row without a better schedule after which a search with `pauseWhenStale` waits for its bound. */
export const PAUSE_STEPS = 5;

/**
 * The objective of a solution, constant included.
 *
 * @param model - the model
 * @param values - variable values by index
 * @returns the objective value
 */
export function objectiveOf(model: LinearModel, values: readonly number[]): number {
  return model.objective.reduce((s, t) => s + t.coefficient * (values[t.variable] ?? 0), model.objectiveConstant);
}

/**
 * Relative gap between a solution's objective and a lower bound, measured as
 * HiGHS measures it (on the solution's magnitude).
 *
 * @param objective - the solution's objective
 * @param bound - a proved lower bound, or null
 * @returns the gap (0.01 = 1 %); infinite without a bound or with a zero objective above it
 */
export function gapOf(objective: number, bound: number | null): number {
  if (bound === null) return Number.POSITIVE_INFINITY;
  const over = objective - bound;
  if (over <= 1e-9 * Math.max(1, Math.abs(objective))) return 0;
  return Math.abs(objective) < 1e-9 ? Number.POSITIVE_INFINITY : over / Math.abs(objective);
}

/**
 * A seeded order of `0 … n-1` (Fisher–Yates over a 32-bit xorshift), so the
 * groups of a round are mixed but the same for the same input on every run.
 *
 * @param n - how many
 * @param seed - the round's seed
 * @returns a permutation
 */
export function shuffled(n: number, seed: number): number[] {
  let state = (seed * 0x9e3779b1 + 0x6d2b79f5) >>> 0 || 1;
  const next = () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    const a = order[i] ?? 0;
    order[i] = order[j] ?? 0;
    order[j] = a;
  }
  return order;
}

/**
 * Large-neighbourhood search on a scheduling MIP that one solve cannot close
 * in time. One LP relaxation gives the bound; the solver's first schedule
 * (or `start`) is the incumbent. Then, for a few rounds: a RINS step holds
 * every integer variable on which the incumbent and the relaxation agree and
 * solves the rest; fix-and-optimize frees a group of trainees at a time (in
 * a seeded order), holds every other trainee's variables at the incumbent and
 * solves that small MIP. A step's schedule replaces the incumbent only when
 * it is strictly better, so the objective never gets worse. The search stops
 * when the gap to the bound is within `relativeGap`, after the rounds, or at
 * the counter's deadline.
 *
 * Every step is solved to optimality unless its own limit (`stepSeconds`) or
 * the deadline strikes, so the same model gives the same schedule; a limit
 * that strikes makes the result depend on the machine's speed, as any solver
 * limit does.
 *
 * @param model - the MIP (minimised)
 * @param owner - per variable, the trainee it belongs to (-1: shared, never held by fix-and-optimize)
 * @param solver - the adapter
 * @param counter - solve counter (its deadline bounds all the steps together)
 * @param settings - gap, group size, rounds, start
 * @returns the best schedule with `relativeGap` measured against the relaxation (or the solver's own bound, when tighter); `status` is `optimal` when within `relativeGap`
 */
export async function improveSchedule(model: LinearModel, owner: readonly number[], solver: SolverAdapter, counter: SolveCounter, settings: ImproveSettings): Promise<ImproveOutcome> {
  const began = performance.now();
  const target = settings.relativeGap;
  const step = { relativeGap: 0, timeLimitSeconds: settings.stepSeconds ?? DEFAULT_STEP_SECONDS };
  let start = settings.start === undefined ? undefined : { values: settings.start, status: 'start' };
  let own: number | null = null;
  // The solver's first schedule before the relaxation: when there is none,
  // its presolve usually proves so at once, where the relaxation without
  // presolve would take seconds to find out.
  if (start === undefined) {
    const first = await counted(solver, counter, model, { firstSchedule: true });
    if (first.values === null || (first.status !== 'optimal' && first.status !== 'feasible')) return { ...first, wallMs: performance.now() - began };
    start = { values: first.values, status: first.solverStatus };
    // The first solve's own bound can beat the relaxation's (its cuts and branching).
    if (first.relativeGap !== undefined && Number.isFinite(first.relativeGap) && first.objective !== null) own = first.objective - first.relativeGap * Math.abs(first.objective);
  }
  const tightest = (lp: number | null) => {
    const bounds = [lp, own].filter((x): x is number => x !== null);
    return bounds.length === 0 ? null : Math.max(...bounds);
  };
  let relaxed: readonly number[] | null = null;
  let bound: number | null = null;
  let arrived = settings.bound === undefined;
  if (settings.bound === undefined) {
    // Presolve off: on these relaxations it removes little and costs three times the simplex.
    const lp = await counted(solver, counter, relaxation(model), {}, undefined, { presolve: false });
    relaxed = lp.values;
    bound = tightest(lp.status === 'optimal' ? lp.objective : null);
  }
  let values = start.values;
  let objective = objectiveOf(model, values);
  let solverStatus = start.status;
  // With a bound from elsewhere, every better schedule in step order, so the first within the gap can be returned.
  const history: { values: readonly number[]; objective: number; solverStatus: string }[] = [{ values, objective, solverStatus }];
  const report = (what = 'best') => {
    const gap = gapOf(objective, bound);
    settings.onProgress?.({ phase: 'solve', message: `improvement search: ${what} ${round(objective)}${bound === null ? '' : `, bound ${round(bound)}`}${Number.isFinite(gap) ? ` (within ${(gap * 100).toFixed(2)} %)` : ''}`, solver: { seconds: (performance.now() - began) / 1000, objective, bound, relativeGap: Number.isFinite(gap) ? gap : null } });
  };
  const external = settings.bound?.then(
    (b) => {
      bound = tightest(b);
      arrived = true;
      report();
    },
    () => {
      arrived = true;
    },
  );
  report();
  let meanwhile = settings.meanwhile;
  let stale = 0;
  const idle = () => {
    const work = meanwhile;
    if (arrived || work === undefined) return;
    meanwhile = undefined;
    work();
  };
  const late = () => (secondsLeft(counter) ?? Number.POSITIVE_INFINITY) <= 0.05;
  const done = () => (arrived && gapOf(objective, bound) <= target) || late();
  const attempt = async (fix: (j: number) => boolean): Promise<void> => {
    // A solve on this thread never yields to the event loop: let the bound's message in between steps.
    if (!arrived) await new Promise((resolve) => setTimeout(resolve, 0));
    if (stale >= STALE_STEPS) idle();
    if (stale >= PAUSE_STEPS && !arrived && external !== undefined && settings.pauseWhenStale === true) {
      await waitAtMost(external, secondsLeft(counter));
      // The bound may have settled it (or the deadline passed) while the search waited.
      if (done()) return;
    }
    const small = restricted(model, values, fix);
    // The incumbent is a solution of the small model too: a solver that takes a start prunes with it from the first node.
    const out = await counted(solver, counter, small.model, step, undefined, { start: small.start });
    stale += 1;
    if (out.values === null || out.objective === null || (out.status !== 'optimal' && out.status !== 'feasible')) return;
    if (out.objective < objective - 1e-9 * Math.max(1, Math.abs(objective))) {
      stale = 0;
      values = small.expand(out.values);
      objective = out.objective;
      solverStatus = out.solverStatus;
      history.push({ values, objective, solverStatus });
      report();
    }
  };
  const integer = model.variables.map((v) => v.type !== 'continuous');
  const trainees = owner.reduce((n, o) => Math.max(n, o + 1), 0);
  const size = Math.max(1, settings.groupSize ?? DEFAULT_GROUP);
  let rinsFrom: readonly number[] | null = null;
  for (let r = 0; r < (settings.rounds ?? DEFAULT_ROUNDS) && !done(); r += 1) {
    // RINS from the same incumbent would only solve the same small MIP again.
    if (relaxed !== null && rinsFrom !== values) {
      rinsFrom = values;
      await attempt((j) => integer[j] === true && Math.abs((relaxed[j] ?? 0) - (values[j] ?? 0)) <= SAME);
    }
    const order = shuffled(trainees, r + 1);
    for (let g = 0; g < trainees && !done(); g += size) {
      const free = new Set(order.slice(g, g + size));
      await attempt((j) => (owner[j] ?? -1) >= 0 && !free.has(owner[j] ?? -1));
    }
  }
  if (external !== undefined) {
    idle();
    if (settings.boundMayTrail === true) await waitAtMost(external, secondsLeft(counter));
    else await external;
    if (arrived) {
      const first = history.find((h) => gapOf(h.objective, bound) <= target) ?? history.at(-1);
      if (first !== undefined && first.objective !== objective) {
        ({ values, objective, solverStatus } = first);
        // The last report then names the schedule returned, not a better one found after it.
        report('returns the first schedule within the gap');
      }
    }
  }
  const gap = gapOf(objective, bound);
  return {
    status: gap <= target ? 'optimal' : 'feasible',
    objective,
    values,
    solverStatus: `improvement search (${solverStatus})`,
    wallMs: performance.now() - began,
    ...(Number.isFinite(gap) ? { relativeGap: gap } : {}),
    // Too late to choose among the schedules found, the bound still proves how close the best one is.
    ...(arrived || external === undefined ? {} : { proof: external.then(() => {
      const late = gapOf(objective, bound);
      return Number.isFinite(late) ? late : undefined;
    }) }),
  };
}

const round = (x: number) => Math.round(x * 100) / 100;
