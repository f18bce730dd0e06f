// @gmekit/scheduler (issue 12): generated problems, feasible by construction
// (scheduler-synthetic.ts), at 30, 60, 90 and 150 trainees × 13 four-week
// blocks × 10–15 rotations. Side by side in one process: the greedy approach
// of the TypeScript peers (violations and preference points) and HiGHS
// through scheduleBlocks — time to a first verified schedule, time to a
// verified schedule within 1 % of optimal (or the gap reached at the time
// limit), peak resident memory; then, at each size, the explanation of two
// broken copies (pre-check and deletion filter) and a minimal-change re-solve.
//
// SCHEDULER_SIZES=30,60 (or 90x15) picks sizes; SCHEDULER_TIME_LIMIT sets the
// seconds per call, all its solves together (default 60). The gap reported is
// the schedule's statistics.relativeGap: against the relaxation's bound when
// the improvement search ran, not the last small solve's own gap.
import { highsSolver, type ScheduleResult, type SolveOutcome, type SolverAdapter, scheduleBlocks } from '@gmekit/scheduler';
import { performance } from 'node:perf_hooks';
import { greedySchedule } from './scheduler-greedy';
import { infeasibleVariant, syntheticScheduling } from './scheduler-synthetic';
import type { SuiteResult } from './suite';

const LIMIT = Number(process.env.SCHEDULER_TIME_LIMIT ?? 60);
const ROTATIONS: Record<number, number> = { 30: 10, 60: 12, 90: 15, 150: 15 };

/** Sizes from SCHEDULER_SIZES: `N` (rotations from the table above, else 15) or `NxR`. */
function sizes(): [number, number][] {
  const spec = process.env.SCHEDULER_SIZES ?? '30,60,90,150';
  return spec.split(',').map((part) => {
    const [n, r] = part.trim().split('x').map(Number);
    if (n === undefined || !Number.isInteger(n) || n < 3 || (r !== undefined && !Number.isInteger(r))) throw new Error(`SCHEDULER_SIZES: "${part}" is not N or NxR`);
    return [n, r ?? ROTATIONS[n] ?? 15];
  });
}

interface Timed {
  readonly ms: number;
  readonly result: ScheduleResult;
  /** The last solve's outcome (its gap when a limit stopped it). */
  readonly last: SolveOutcome | undefined;
}

async function timed(problem: unknown, options: Parameters<typeof scheduleBlocks>[1] = {}): Promise<Timed> {
  const inner = highsSolver();
  let last: SolveOutcome | undefined;
  const solver: SolverAdapter = {
    name: inner.name,
    solve: async (model, limits) => {
      last = await inner.solve(model, limits);
      return last;
    },
  };
  const t0 = performance.now();
  const result = await scheduleBlocks(problem, { ...options, solver });
  return { ms: performance.now() - t0, result, last };
}

const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const pct = (g: number | undefined) => (g === undefined ? 'gap unknown' : `gap ${(g * 100).toFixed(2)} %`);

function outcome(t: Timed): string {
  const r = t.result;
  if (r.status === 'scheduled') return `${r.statistics.status} (${r.statistics.solves} solves, last ${t.last?.solverStatus ?? '?'}, ${pct(r.statistics.relativeGap)}), ${r.objective.preferencePoints} preference points, nights spread ${r.objective.balanceSpread}`;
  if (r.status === 'infeasible') return `infeasible (${r.explanation.method}): ${r.explanation.rules.length} rule(s): ${r.explanation.rules.map((q) => q.rule).join(' | ')}`;
  return `no schedule within the time limit (${t.last?.solverStatus ?? '?'})`;
}

export async function benchScheduler(): Promise<SuiteResult> {
  const lines = [`\nscheduler: generated problems (feasible by construction) × 13 four-week blocks; time limit ${LIMIT} s per call (all solves); every schedule verified (evaluate for every trainee)`];
  const figures: Record<string, unknown> = { limitSeconds: LIMIT };
  const print = (count: number) => { console.error(lines.slice(-count).join('\n')); };
  for (const [n, r] of sizes()) {
    const at90 = figures['90x15'] as { gapMs?: number } | undefined;
    if (n === 150 && (at90?.gapMs ?? Infinity) > (LIMIT * 1000) / 2) {
      lines.push(`  150 trainees: skipped (90 trainees took more than ${LIMIT / 2} s to reach 1 %, or did not run)`);
      continue;
    }
    console.error(`scheduler bench: ${n} trainees…`);
    const gen = syntheticScheduling(n, r, n);
    const greedy = greedySchedule(gen);
    const first = await timed(gen.problem, { firstSchedule: true, timeLimitSeconds: LIMIT });
    const gap = await timed(gen.problem, { relativeGap: 0.01, timeLimitSeconds: LIMIT });
    const vars = gap.result.status === 'scheduled' ? gap.result.statistics.variables : 0;
    lines.push(
      `  ${n} trainees × ${gen.rotations.length} rotations (${vars.toLocaleString('en-US')} variables):`,
      `    greedy: ${greedy.ms.toFixed(1)} ms, ${greedy.violations} violations (${Object.entries(greedy.byKind).map(([k, v]) => `${k} ${v}`).join(', ')}), ${greedy.preferencePoints} preference points`,
      `    first verified schedule: ${s(first.ms)} — ${outcome(first)}`,
      `    within 1 % of optimal: ${s(gap.ms)} — ${outcome(gap)}`,
    );
    print(4);
    const supply = await timed(infeasibleVariant(gen, 'supply'), { timeLimitSeconds: LIMIT });
    const conflict = await timed(infeasibleVariant(gen, 'conflict'), { timeLimitSeconds: LIMIT });
    lines.push(`    infeasible, ICU capacity cut to 1 a rotation: explained in ${s(supply.ms)} — ${outcome(supply)}`, `    infeasible, a PGY2 fixed on ICU, ICU, nights in blocks 5–7: explained in ${s(conflict.ms)} — ${outcome(conflict)}`);
    print(2);
    let resolveMs: number | null = null;
    if (gap.result.status === 'scheduled') {
      const moved = structuredClone(gen.problem);
      moved.previous = gap.result.assignments;
      moved.trainees[2].leave = [{ id: 'new-leave', traineeId: moved.trainees[2].trainee.id, kind: 'medical', start: '2026-09-23', end: '2026-10-20' }];
      const resolve = await timed(moved, { relativeGap: 0.01, timeLimitSeconds: LIMIT });
      resolveMs = resolve.ms;
      lines.push(`    minimal-change re-solve after a new leave over block 4: ${s(resolve.ms)} — ${resolve.result.status === 'scheduled' ? `${resolve.result.diff.length} trainee-blocks changed, ${outcome(resolve)}` : outcome(resolve)}`);
    } else lines.push('    minimal-change re-solve: not run (no schedule to start from)');
    lines.push(`    peak RSS so far: ${rssMb()} MB`);
    print(2);
    figures[`${n}x${gen.rotations.length}`] = {
      variables: vars,
      greedy,
      firstMs: first.ms,
      first: first.result.status,
      firstGap: first.result.status === 'scheduled' ? (first.result.statistics.relativeGap ?? null) : null,
      gapMs: gap.ms,
      gap: gap.result.status === 'scheduled' ? { status: gap.result.statistics.status, relativeGap: gap.result.statistics.relativeGap ?? null, objective: gap.result.objective } : gap.result.status,
      explainSupplyMs: supply.ms,
      explainConflictMs: conflict.ms,
      resolveMs,
      peakRssMb: rssMb(),
    };
  }
  return { text: lines.join('\n'), figures };
}
