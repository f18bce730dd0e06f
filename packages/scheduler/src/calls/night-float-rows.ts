import type { ModelBuilder } from '../solver/linear-model';
import { conflicts } from './conflicts';
import type { Item, PreparedCalls } from './prepare';

/**
 * One trainee's night-float rows: at most L consecutive nights (CPR 6.26),
 * counting a run that began before the horizon, and a small cost per run
 * start so nights come in runs.
 *
 * Two rows only tighten the relaxation (every whole-number schedule meets
 * them): the nights are at most L times the runs started (each run holds at
 * most L nights), and the morning after a run's last night, whose base
 * shift the night displaces, cannot also hold the next night's displaced
 * base shift — so a run of r nights is seen to cost r + 1 base shifts, not r.
 *
 * @param b - the model being built
 * @param p - the prepared problem
 * @param t - trainee slot
 * @param items - the trainee's items
 * @param v - an item's variable
 * @param startCost - objective cost of a run start
 * @returns the run-start variables
 */
export function addNightFloatRows(b: ModelBuilder, p: PreparedCalls, t: number, items: readonly Item[], v: (it: Item) => number, startCost: number): number[] {
  const { rules } = p.problem;
  const nights = new Map<number, Item>();
  const bases = new Map<number, Item>();
  for (const it of items) {
    if (it.callType?.kind === 'night-float') nights.set(it.day, it);
    else if (it.coverageId === null) bases.set(it.day, it);
  }
  const limit = rules.nightFloatMaxConsecutive;
  const starts: number[] = [];
  for (const [k, it] of nights) {
    const s = b.variable({ name: `nfs_${t}_${k}`, type: 'continuous', lower: 0 });
    starts.push(s);
    const prev = nights.get(k - 1);
    b.constraint({ name: `nfrun_${t}_${k}`, terms: [{ variable: s, coefficient: 1 }, { variable: v(it), coefficient: -1 }, ...(prev ? [{ variable: v(prev), coefficient: 1 }] : [])], lower: 0 });
    b.cost(s, startCost);
    if (limit !== undefined) {
      const run = Array.from({ length: limit + 1 }, (_, j) => nights.get(k + j)).filter((x): x is Item => x !== undefined);
      if (run.length === limit + 1) b.constraint({ name: `nfmax_${t}_${k}`, terms: run.map((x) => ({ variable: v(x), coefficient: 1 })), upper: limit });
    }
    const next = nights.get(k + 1);
    const morning = bases.get(k + 1);
    if (next !== undefined && morning !== undefined && conflicts(it, morning, rules.postCallDayOff) && conflicts(next, morning, rules.postCallDayOff)) {
      // e ≥ tonight − tomorrow night is 1 exactly when tonight ends a run.
      const e = b.variable({ name: `nfe_${t}_${k}`, type: 'continuous', lower: 0, upper: 1 });
      b.constraint({ name: `nfend_${t}_${k}`, terms: [{ variable: e, coefficient: 1 }, { variable: v(it), coefficient: -1 }, { variable: v(next), coefficient: 1 }], lower: 0 });
      b.constraint({ name: `nfmorning_${t}_${k}`, terms: [{ variable: v(morning), coefficient: 1 }, { variable: e, coefficient: 1 }, { variable: v(next), coefficient: 1 }], upper: 1 });
    }
  }
  if (limit !== undefined && starts.length > 0) {
    b.constraint({ name: `nfruns_${t}`, terms: [...[...nights.values()].map((it) => ({ variable: v(it), coefficient: 1 })), ...starts.map((s) => ({ variable: s, coefficient: -limit }))], upper: 0 });
  }
  // Runs that began in the previous month: its last nights count toward the limit.
  const before = new Set((p.history?.periods[t] ?? []).filter((x) => x.kind === 'night-float').map((x) => x.day));
  for (let j = -1; limit !== undefined && before.has(j) && j >= -limit; j--) {
    const run = Array.from({ length: limit + 1 + j }, (_, i) => nights.get(i)).filter((x): x is Item => x !== undefined);
    if (run.length === limit + 1 + j) b.constraint({ name: `nfmax_${t}_h${-j}`, terms: run.map((x) => ({ variable: v(x), coefficient: 1 })), upper: limit + j });
  }
  return starts;
}
