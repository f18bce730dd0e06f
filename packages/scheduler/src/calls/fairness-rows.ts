import type { ModelBuilder } from '../solver/linear-model';
import { runLines, type NightCapacity } from './night-runs-bound';
import { groupItems, type PreparedCalls } from './prepare';

/** A coverage shortfall variable: shift id, day, variable. */
interface Shortfall {
  readonly coverageId: string;
  readonly day: number;
  readonly variable: number;
}

/** A term of a row. */
interface Term {
  readonly variable: number;
  readonly coefficient: number;
}

/**
 * Calls a long span's earlier windows already gave each trainee, so a window
 * balances the span's totals instead of starting from zero.
 */
export interface PriorCounts {
  /** Calls per trainee slot and coverage shift, keyed `<slot>|<coverageId>`. */
  readonly shift: ReadonlyMap<string, number>;
  /** Weekend and holiday calls per trainee slot. */
  readonly weekend: readonly number[];
}

/**
 * The key of a trainee slot's calls of one coverage shift in {@link PriorCounts.shift}.
 *
 * @param slot - the trainee's slot in the problem
 * @param coverageId - the coverage shift
 * @returns `<slot>|<coverageId>`
 */
export function shiftKey(slot: number, coverageId: string): string {
  return `${slot}|${coverageId}`;
}

/** Night-float runs a tangent row is written for, at most (m = 1 … this). */
const MAX_TANGENTS = 14;

/**
 * Fairness: per coverage shift the most any trainee works (and, with
 * `balanceWeekends`, the most weekend calls), each costing its weight;
 * with `prior` counts, the most over the span so far (earlier windows' calls
 * plus this window's).
 *
 * Rows that only tighten the relaxation (every whole-number schedule meets
 * them), so the solver can prove how close a schedule is:
 * - the most is at least the shift's slots shared out, rounded up, less any
 *   slot left open: with N slots, n trainees, P prior calls among them and
 *   U open, some trainee has ⌈(P + N − U) / n⌉ ≥ ⌈(P + N) / n⌉ − U;
 * - for the one night-float shift, runs R and the most nights M: every run
 *   lies within one trainee's nights, so R · M ≥ N − U; this curve is
 *   convex in M, so each tangent at m = 1, 2, … is a valid line:
 *   R + (N / m²) · M + (2 / m) · U ≥ 2N / m (the most with prior calls is
 *   no smaller, so the line stays valid). Without it the relaxation
 *   spreads the nights thinly over everyone and sees neither runs nor a most;
 * - and, since a trainee with P earlier nights has only M − P left, the
 *   edges of the fewest runs per whole M ({@link runLines}): after earlier
 *   windows left most trainees at four nights, a maximum of 5 means a run a
 *   night for all but the fresh ones, which the tangents cannot see.
 *
 * @param b - the model being built
 * @param p - the prepared problem
 * @param itemVar - variable of each item
 * @param slack - the shortfall variables
 * @param nightStarts - every trainee's night-float run-start variables
 * @param weights - the fairness and weekend weights
 * @param weights.fairness - cost of one more shift for the most-loaded trainee
 * @param weights.weekend - cost of one more weekend call for the most-loaded trainee
 * @param prior - calls of a long span's earlier windows (none for a single month)
 */
export function addFairness(b: ModelBuilder, p: PreparedCalls, itemVar: readonly number[], slack: readonly Shortfall[], nightStarts: readonly number[], weights: { readonly fairness: number; readonly weekend: number }, prior?: PriorCounts): void {
  const byTraineeShift = groupItems(p.items, (it) => (it.coverageId === null ? null : shiftKey(it.trainee, it.coverageId)));
  const weekendCalls = groupItems(p.items, (it) => (it.coverageId !== null && p.weekend[it.day] === true ? String(it.trainee) : null));
  const nightFloat = p.problem.coverage.filter((c) => p.problem.callTypes.find((ct) => ct.id === c.callTypeId)?.kind === 'night-float');
  const openOf = (keep: (s: Shortfall) => boolean, coefficient: number): Term[] => slack.filter(keep).map((s) => ({ variable: s.variable, coefficient }));
  for (const c of p.problem.coverage) {
    const name = c.id.replace(/-/g, '_');
    const m = b.variable({ name: `max_${name}`, type: 'continuous', lower: 0 });
    b.cost(m, weights.fairness);
    let sharing = 0;
    let before = 0;
    const capacity: NightCapacity[] = [];
    p.problem.trainees.forEach((_, t) => {
      const own = byTraineeShift.get(shiftKey(t, c.id)) ?? [];
      if (own.length === 0) return;
      sharing++;
      const had = prior?.shift.get(shiftKey(t, c.id)) ?? 0;
      before += had;
      capacity.push({ prior: had, available: own.length });
      b.constraint({ name: `fair_${name}_${t}`, terms: [{ variable: m, coefficient: 1 }, ...own.map((it) => ({ variable: itemVar[it.index] ?? 0, coefficient: -1 }))], lower: had });
    });
    const slots = slack.filter((s) => s.coverageId === c.id).length * c.count;
    if (sharing === 0 || slots === 0) continue;
    b.constraint({ name: `fairmin_${name}`, terms: [{ variable: m, coefficient: 1 }, ...openOf((s) => s.coverageId === c.id, 1)], lower: Math.ceil((before + slots) / sharing) });
    if (nightFloat.length !== 1 || nightFloat[0] !== c || nightStarts.length === 0) continue;
    // R, one variable for the run starts, so each line below has a few terms, not all the starts: twenty rows of
    // some 1,700 starts each were a quarter of a window's nonzeros. R ≤ Σ starts suffices: R only ever helps a
    // line hold, so a schedule meets the lines with some R ≤ Σ starts exactly when it meets them with R = Σ starts,
    // and the model admits the same schedules. The inequality, not an equality: the interior-point method took 398
    // iterations over the benchmark year's 13 window relaxations with it, 453 with the equality and 448 with the
    // starts written out.
    const runs = b.variable({ name: 'runs_total', type: 'continuous', lower: 0 });
    b.constraint({ name: 'nfruns_total', terms: [{ variable: runs, coefficient: 1 }, ...nightStarts.map((variable) => ({ variable, coefficient: -1 }))], upper: 0 });
    const open = openOf((s) => s.coverageId === c.id, 1);
    for (let k = 1; k <= Math.min(MAX_TANGENTS, slots); k++) {
      b.constraint({
        name: `nfruns_tangent_${k}`,
        terms: [{ variable: runs, coefficient: 1 }, { variable: m, coefficient: slots / (k * k) }, ...open.map((o) => ({ ...o, coefficient: 2 / k }))],
        lower: (2 * slots) / k,
      });
    }
    // Where earlier windows left trainees at different counts, the runs each maximum forces (see runLines).
    const top = Math.max(...capacity.map((x) => x.prior));
    runLines(capacity, slots, p.problem.rules.nightFloatMaxConsecutive).forEach((line, k) => {
      // An open night makes the line hold loosely: with U ≥ 1 open, runs ≥ 0 ≥ the line's value at the largest prior count − that value · U.
      const loose = Math.max(1, line.intercept + line.slope * top);
      b.constraint({
        name: `nfruns_hull_${k}`,
        terms: [{ variable: runs, coefficient: 1 }, { variable: m, coefficient: -line.slope }, ...open.map((o) => ({ ...o, coefficient: loose }))],
        lower: line.intercept,
      });
    });
  }
  if (!p.problem.rules.balanceWeekends) return;
  const w = b.variable({ name: 'max_weekend', type: 'continuous', lower: 0 });
  b.cost(w, weights.weekend);
  let sharing = 0;
  let before = 0;
  p.problem.trainees.forEach((_, t) => {
    const own = weekendCalls.get(String(t)) ?? [];
    if (own.length === 0) return;
    sharing++;
    const had = prior?.weekend[t] ?? 0;
    before += had;
    b.constraint({ name: `fairwe_${t}`, terms: [{ variable: w, coefficient: 1 }, ...own.map((it) => ({ variable: itemVar[it.index] ?? 0, coefficient: -1 }))], lower: had });
  });
  const count = new Map(p.problem.coverage.map((c) => [c.id, c.count]));
  const weekendSlack = slack.filter((s) => p.weekend[s.day] === true);
  const slots = weekendSlack.reduce((n, s) => n + (count.get(s.coverageId) ?? 0), 0);
  if (sharing > 0 && slots > 0) b.constraint({ name: 'fairmin_weekend', terms: [{ variable: w, coefficient: 1 }, ...weekendSlack.map((s) => ({ variable: s.variable, coefficient: 1 }))], lower: Math.ceil((before + slots) / sharing) });
}
