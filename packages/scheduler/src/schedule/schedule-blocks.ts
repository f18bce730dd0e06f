import { type Assignment, type Leave, RecordIdSchema } from '@gmekit/model';
import { assemble } from '../build/assemble';
import { type ModelParts, buildRows } from '../build/rows';
import { explainInfeasible } from '../explain/explain';
import { iso } from '../problem/days';
import { type Prepared, prepare } from '../problem/prepare';
import type { SolveOutcome } from '../solver/adapter';
import { type SolveCounter, counted } from './counted';
import { improveSchedule } from './improve';
import type { LinearModel } from '../solver/linear-model';
import { highsSolver } from '../solver/highs';
import type { BlockSchedule, ScheduleChange, ScheduleOptions, ScheduleResult, TraineeSchedule } from './types';
import { NOTHING, VACATION, verifySchedule } from './verify';

/** From this many trainees one solve rarely closes the gap in time, and the improvement search takes over. */
const IMPROVE_FROM = 20;

function table(p: Prepared, parts: ModelParts, values: readonly number[]): number[][] {
  return p.trainees.map((t, ti) =>
    p.blocks.map((_, bi) => {
      if ((parts.vars.v[ti]?.[bi] ?? -1) >= 0 && values[parts.vars.v[ti]?.[bi] ?? 0] === 1) return VACATION;
      const ri = (parts.vars.x[ti]?.[bi] ?? []).findIndex((i) => i >= 0 && values[i] === 1);
      return t.available[bi] === true ? ri : NOTHING;
    }),
  );
}

function describe(p: Prepared, parts: ModelParts, grid: number[][], outcome: SolveOutcome, counter: SolveCounter, started: number, verification: string[]): BlockSchedule {
  const assignments: Assignment[] = [];
  const vacations: Leave[] = [];
  const trainees: TraineeSchedule[] = p.trainees.map((t, ti) => {
    const row = grid[ti] ?? [];
    const blocks = p.blocks.map((b, bi) => {
      const cell = row[bi] ?? NOTHING;
      const rotation = p.rotations[cell];
      if (rotation !== undefined) {
        assignments.push({ id: RecordIdSchema.parse(`${t.id}-b${b.number}`), traineeId: t.input.trainee.id, rotationId: rotation.id, start: iso(b.start), end: iso(b.end) });
        return { block: b.number, kind: 'rotation' as const, rotationId: String(rotation.id) };
      }
      if (cell === VACATION) {
        vacations.push({ id: RecordIdSchema.parse(`${t.id}-v${b.number}`), traineeId: t.input.trainee.id, start: iso(b.start), end: iso(b.end), kind: 'vacation' });
        return { block: b.number, kind: 'vacation' as const, rotationId: null };
      }
      const inTraining = t.available[bi] === true || t.input.leave.some((l) => l.start <= iso(b.end) && l.end >= iso(b.start));
      return { block: b.number, kind: inTraining ? ('leave' as const) : ('out' as const), rotationId: null };
    });
    const points = -(parts.preference[ti] ?? []).reduce((s, term) => s + term.coefficient * (outcome.values?.[term.variable] ?? 0), 0);
    const change = parts.changes?.[ti];
    const changes = change === undefined ? null : change.constant + change.terms.reduce((s, term) => s + term.coefficient * (outcome.values?.[term.variable] ?? 0), 0);
    return { traineeId: t.id, blocks, preferencePoints: points, changes };
  });
  const diff: ScheduleChange[] = [];
  if (parts.previous !== null) {
    p.trainees.forEach((t, ti) => {
      p.blocks.forEach((b, bi) => {
        const was = parts.previous?.[ti]?.[bi] ?? NOTHING;
        const now = grid[ti]?.[bi] ?? NOTHING;
        if ((was < 0 ? -1 : was) !== (now < 0 ? -1 : now)) diff.push({ traineeId: t.id, block: b.number, from: was >= 0 ? String(p.rotations[was]?.id) : null, to: now >= 0 ? String(p.rotations[now]?.id) : null });
      });
    });
  }
  // From the grid, not the solver's most/fewest variables: those only bound the spread when a limit stopped the search.
  const value = (terms: readonly { variable: number; coefficient: number }[]): number => terms.reduce((s, term) => s + term.coefficient * (outcome.values?.[term.variable] ?? 0), 0);
  const balanceSpread = parts.balanceClasses.reduce((s, c) => {
    const counts = c.counts.map(value);
    return counts.length === 0 ? s : s + c.weight * (Math.max(...counts) - Math.min(...counts));
  }, 0);
  const round = (n: number) => Math.round(n * 1e6) / 1e6;
  return {
    status: 'scheduled',
    problemId: p.problem.id,
    blocks: p.blocks.map((b) => ({ number: b.number, start: iso(b.start), end: iso(b.end) })),
    assignments,
    vacations,
    trainees: trainees.map((t) => ({ ...t, preferencePoints: round(t.preferencePoints) })),
    objective: {
      preferencePoints: round(trainees.reduce((s, t) => s + t.preferencePoints, 0)),
      balanceSpread: round(balanceSpread),
      changes: parts.changes === null ? null : trainees.reduce((s, t) => s + (t.changes ?? 0), 0),
    },
    diff,
    verification,
    statistics: {
      solver: '',
      status: outcome.status === 'optimal' ? 'optimal' : 'feasible',
      variables: parts.vars.list.length,
      constraints: parts.rows.length,
      solves: counter.solves,
      ...(outcome.relativeGap === undefined ? {} : { relativeGap: outcome.relativeGap }),
    },
    timing: { totalMs: Math.round(performance.now() - started), solverMs: Math.round(counter.ms) },
  };
}

/**
 * Builds a block schedule: every trainee gets one rotation (or a vacation
 * block) per block of the horizon, meeting rotation capacities, the
 * rotation-time requirements of the given requirement sets (counted as
 * `evaluate` counts them), prerequisites, consecutive-block limits, blocks
 * kept together, vacation rules and fixed assignments; among such schedules
 * it maximises preference points and minimises imbalance. With a previous
 * schedule it first minimises the trainee-blocks changed, then the rest.
 *
 * Every schedule returned has passed an independent check
 * (`verification`); a disagreement throws {@link ScheduleVerificationError}.
 * When no schedule exists the result says why (`explanation`).
 *
 * From 20 trainees the optimum is sought by an improvement search (see
 * `ScheduleOptions.improve`) rather than one solve; `improve: false` makes
 * one solve whatever the size. `timeLimitSeconds` bounds all the solves of
 * the call together.
 *
 * @param problem - a `SchedulingProblem` (validated here; untrusted JSON is fine)
 * @param options - solver, time limit for the whole call, gap, improvement search, progress callback
 * @returns the schedule, `{ status: 'infeasible', explanation }`, or `{ status: 'no-solution' }` when a time limit struck first
 * @throws {@link SchedulingInputError} for a problem that does not parse or refers to unknown rotations, trainees or blocks
 * @example
 * const result = await scheduleBlocks(problem, { relativeGap: 0.01 });
 * if (result.status === 'scheduled') console.log(result.assignments.length);
 * else if (result.status === 'infeasible') console.log(result.explanation.summary);
 * // 90 trainees: within 1 % of the bound, all solves together in at most 20 s.
 * const large = await scheduleBlocks(bigProblem, { relativeGap: 0.01, timeLimitSeconds: 20 });
 * if (large.status === 'scheduled') console.log(large.statistics.relativeGap);
 */
export async function scheduleBlocks(problem: unknown, options: ScheduleOptions = {}): Promise<ScheduleResult> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => undefined);
  progress({ phase: 'prepare', message: 'checking the problem and laying out the blocks' });
  const p = prepare(problem);
  const parts = buildRows(p);
  const solver = options.solver ?? highsSolver({ worker: options.worker === true });
  // One deadline for every solve: the time limit bounds the whole call, not each solve.
  const counter: SolveCounter = { solves: 0, ms: 0, ...(options.timeLimitSeconds === undefined ? {} : { deadline: started + options.timeLimitSeconds * 1000 }) };
  const search = options.firstSchedule !== true && (options.improve ?? p.trainees.length >= IMPROVE_FROM);
  const solve = (model: LinearModel, start?: readonly number[]): Promise<SolveOutcome> =>
    search
      ? improveSchedule(model, parts.vars.owner, solver, counter, { relativeGap: options.relativeGap ?? 0, ...(start === undefined ? {} : { start }), ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }) })
      : counted(solver, counter, model, options, options.onProgress);
  progress({ phase: 'solve', message: `solving ${parts.vars.list.length} variables, ${parts.rows.length} constraints with ${solver.name}${search ? ' (improvement search)' : ''}` });
  let outcome: SolveOutcome;
  if (parts.changes !== null) {
    const first = await counted(solver, counter, assemble(parts, { objective: 'changes' }).model, options, options.onProgress);
    if (first.status === 'optimal' || first.status === 'feasible') {
      progress({ phase: 'solve', message: `at most ${first.objective ?? 0} trainee-blocks need to change; now the best such schedule` });
      // The fewest-changes schedule meets the change limit, so the search may start from it.
      outcome = await solve(assemble(parts, { objective: 'schedule', maxChanges: Math.round(first.objective ?? 0) }).model, first.values ?? undefined);
    } else outcome = first;
  } else {
    outcome = await solve(assemble(parts, { objective: 'schedule' }).model);
  }
  if (outcome.status === 'infeasible') {
    progress({ phase: 'explain', message: 'no schedule meets every rule; finding the smallest set of rules in conflict' });
    const explanation = await explainInfeasible(p, parts, solver, counter, options);
    return { status: 'infeasible', problemId: p.problem.id, explanation };
  }
  if (outcome.values === null || (outcome.status !== 'optimal' && outcome.status !== 'feasible')) {
    return { status: 'no-solution', problemId: p.problem.id, message: `${solver.name} stopped (${outcome.solverStatus}) before finding a schedule or proving there is none; allow more time.` };
  }
  progress({ phase: 'verify', message: 'checking the schedule independently' });
  const grid = table(p, parts, outcome.values);
  const draft = describe(p, parts, grid, outcome, counter, started, []);
  const verification = verifySchedule(p, grid, draft.assignments, draft.vacations);
  return { ...draft, verification, statistics: { ...draft.statistics, solver: solver.name }, timing: { totalMs: Math.round(performance.now() - started), solverMs: Math.round(counter.ms) } };
}
