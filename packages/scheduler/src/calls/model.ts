import { day, iso } from '../problem/days';
import { ModelBuilder, type LinearModel } from '../solver/linear-model';
import { conflicts, HOUR, REST_AFTER_24_MS, REST_MS } from './conflicts';
import { dayOffSlots, traineeExclusions, type TraineeExclusions } from './exclusions';
import { addFairness, type PriorCounts } from './fairness-rows';
import { addNightFloatRows } from './night-float-rows';
import { carryOver, historyCalls } from './history';
import { countedDays, groupItems, type Item, type PreparedCalls } from './prepare';

/** Objective weights; an uncovered shift outweighs everything else together. */
export const WEIGHTS = { uncovered: 10_000, change: 100, fairness: 2, weekend: 2, baseShift: 1, nightFloatStart: 1, spacing: 0.5 } as const;

/** The model and how to read a solution back. */
export interface CallModel {
  /** The linear model. */
  readonly model: LinearModel;
  /** Variable of each item (by item index). */
  readonly itemVar: readonly number[];
  /** Coverage slack variables: shift id, day, variable. */
  readonly slack: readonly { readonly coverageId: string; readonly day: number; readonly variable: number }[];
  /** Calendar-day-off variables per trainee: day → variable. */
  readonly dayOff: readonly ReadonlyMap<number, number>[];
  /** Per variable, the trainee slot it belongs to (-1: shared — shortfalls, fairness maxima). */
  readonly owner: readonly number[];
}

/** Options of {@link buildCallModel}. */
export interface CallModelOptions {
  /** Trainee-windows (`slot:windowIndex`) where only whole calendar days off count (set after an audit disagreed). */
  readonly calendarDaysOnly?: ReadonlySet<string>;
  /** Items starting before `lock.before` are fixed (chosen ones kept, the others out), except the trainee in slot `lock.except`. */
  readonly lock?: { readonly before: number; readonly chosen: ReadonlySet<number>; readonly except?: number };
  /** Calls of a long span's earlier windows, so fairness balances the span's totals. */
  readonly prior?: PriorCounts;
  /** Exclusion sets worked out ahead (`primeExclusions`), per trainee slot: used where they still hold. */
  readonly exclusions?: ReadonlyMap<number, TraineeExclusions>;
}

function overlapMs(s: number, e: number, from: number, to: number): number {
  return Math.max(0, Math.min(e, to) - Math.max(s, from));
}

/**
 * Builds the call-scheduling MILP: one binary per item, coverage with a
 * penalised shortfall (so an impossible month still solves and shows what
 * cannot be covered), forbidden pairs, and per averaging window the hours,
 * in-house call nights and days off exactly as `auditWorkHours` counts them
 * (days off conservatively: whole free calendar days, or free noon-to-noon
 * periods that never share hours with another counted day off).
 *
 * @param p - the prepared problem
 * @param options - fallbacks after an audit disagreement
 * @returns the model
 */
export function buildCallModel(p: PreparedCalls, options: CallModelOptions = {}): CallModel {
  const b = new ModelBuilder();
  const { problem } = p;
  const rules = problem.rules;
  const mid = p.midnight;
  const past = p.history?.stretches ?? [];
  const itemVar = p.items.map((it) => {
    const name = it.coverageId === null ? `b_${it.trainee}_${it.day}` : `x_${it.trainee}_${it.day}_${it.coverageId.replace(/-/g, '_')}`;
    const conf = it.coverageId === null ? [] : (p.conferences[it.trainee] ?? []);
    const rest = it.atHome ? 0 : it.end - it.start >= 24 * HOUR ? REST_AFTER_24_MS : REST_MS;
    // The last calls of the previous month: overlap, 8 hours, 14 after 24 and the post-call day reach across the boundary.
    const blocked = conf.some((c) => it.start < c.end && it.end + rest > c.start) || (past[it.trainee] ?? []).some((h) => conflicts(h, it, rules.postCallDayOff));
    const lock = options.lock;
    if (lock !== undefined && it.day < lock.before && it.trainee !== lock.except) return b.variable({ name, type: 'binary', ...(lock.chosen.has(it.index) ? { lower: 1 } : { upper: 0 }) });
    return b.variable({ name, type: 'binary', ...(blocked ? { upper: 0 } : {}) });
  });
  const previous = new Set((problem.previous ?? []).map((a) => `${a.traineeId}|${a.date}|${a.coverageId}`));
  const byTrainee: Item[][] = problem.trainees.map(() => []);
  for (const it of p.items) byTrainee[it.trainee]?.push(it);

  // Coverage, with a shortfall variable per shift-night.
  const slack: CallModel['slack'][number][] = [];
  const onShift = groupItems(p.items, (it) => (it.coverageId === null ? null : `${it.coverageId}|${it.day}`));
  for (const c of problem.coverage) {
    for (let k = 0; k < p.days; k++) {
      if (!p.needed(c, k)) continue;
      const u = b.variable({ name: `u_${c.id.replace(/-/g, '_')}_${k}`, type: 'continuous', lower: 0, upper: c.count });
      b.cost(u, WEIGHTS.uncovered);
      slack.push({ coverageId: c.id, day: k, variable: u });
      const terms = (onShift.get(`${c.id}|${k}`) ?? []).map((it) => ({ variable: itemVar[it.index] ?? 0, coefficient: 1 }));
      b.constraint({ name: `cover_${c.id.replace(/-/g, '_')}_${k}`, terms: [...terms, { variable: u, coefficient: 1 }], lower: c.count, upper: c.count });
    }
  }

  const dayOff: Map<number, number>[] = [];
  const nightStarts: number[] = [];
  const owner: number[] = [];
  p.items.forEach((it) => {
    const j = itemVar[it.index];
    if (j !== undefined) owner[j] = it.trainee;
  });
  byTrainee.forEach((items, t) => {
    const first = b.variableCount;
    const v = (it: Item) => itemVar[it.index] ?? 0;
    const leave = p.leave[t] ?? new Set<number>();
    const trainee = problem.trainees[t];
    if (trainee === undefined) return;
    for (const a of items) {
      if (a.coverageId === null) {
        // Counted as "base shifts dropped", so the objective stays non-negative and a relative gap means something.
        b.cost(v(a), -WEIGHTS.baseShift);
        b.addConstant(WEIGHTS.baseShift);
      }
    }
    // Days off: whole calendar days, and noon-to-noon periods inside one window.
    const offs = new Map<number, number>();
    const noons = new Map<number, number>();
    const before = past[t] ?? [];
    const workedBefore = (from: number, to: number) => before.some((h) => h.start < to && h.end > from);
    const slots = dayOffSlots(p, t, options.calendarDaysOnly);
    const slotVar = slots.map((s) => {
      const c = b.variable({ name: `${s.noon ? 'noon' : 'off'}_${t}_${s.day}`, type: 'binary', ...(workedBefore(s.start, s.end) ? { upper: 0 } : {}) });
      (s.noon ? noons : offs).set(s.day, c);
      return c;
    });
    // Days off as stretches of time: a day off excludes whatever it shares an hour with.
    const local = [...items.map(v), ...slotVar];
    const { sets } = traineeExclusions(items, slots, rules.postCallDayOff, options.exclusions?.get(t));
    sets.forEach((set, i) => {
      b.constraint({ name: `excl_${t}_${i}`, terms: set.map((x) => ({ variable: local[x] ?? 0, coefficient: 1 })), upper: 1 });
    });
    dayOff.push(offs);
    for (const r of trainee.requests) {
      if (r.kind !== 'day-off') continue;
      const k = dayIndex(p, r.date);
      const c = offs.get(k);
      if (c !== undefined) {
        b.cost(c, -r.weight);
        b.addConstant(r.weight);
      }
      if (rules.noCallBeforeDayOff) for (const it of items) if (it.coverageId !== null && it.day === k - 1) b.constraint({ name: `nobefore_${t}_${it.index}`, terms: [{ variable: v(it), coefficient: 1 }], upper: 0 });
    }
    // Averaged rules per window, exactly as the audit counts them.
    p.windows.forEach((w, wi) => {
      const counted = countedDays(w, leave);
      // A window wholly in the history is the history's own: no schedule changes it.
      if (counted === 0 || w.last < 0) return;
      const from = mid(w.first);
      const to = mid(w.last + 1);
      const carried = carryOver(p, t, w, from, to, leave);
      const hours = items.map((it) => ({ variable: v(it), coefficient: (overlapMs(it.start, it.end, from, to) / (it.end - it.start)) * it.countedHours })).filter((x) => x.coefficient > 0);
      b.constraint({ name: `hours_${t}_${wi}`, terms: hours, upper: Math.max(0, (rules.weeklyHours * counted) / 7 - carried.hours) });
      const calls = items.filter((it) => it.inHouse && it.day >= w.first && it.day <= w.last).map((it) => ({ variable: v(it), coefficient: 1 }));
      if (calls.length > 0) b.constraint({ name: `q3_${t}_${wi}`, terms: calls, upper: Math.max(0, Math.ceil(counted / 3) - carried.calls) });
      const free: { variable: number; coefficient: number }[] = [];
      for (let k = w.first; k <= w.last; k++) {
        const c = offs.get(k);
        const n = noons.get(k);
        if (c !== undefined) free.push({ variable: c, coefficient: 1 });
        if (n !== undefined) free.push({ variable: n, coefficient: 1 });
      }
      b.constraint({ name: `oneinseven_${t}_${wi}`, terms: free, lower: Math.floor(counted / 7) - carried.daysOff });
    });
    nightStarts.push(...addProgramRules(b, p, t, items, v, previous));
    // Days off, spacing and night-float runs made for this trainee are theirs.
    for (let j = first; j < b.variableCount; j++) owner[j] = t;
  });
  addFairness(b, p, itemVar, slack, nightStarts, WEIGHTS, options.prior);
  const model = b.build();
  return { model, itemVar, slack, dayOff, owner: model.variables.map((_, j) => owner[j] ?? -1) };
}

function dayIndex(p: PreparedCalls, isoDate: string): number {
  return day(isoDate) - p.firstDay;
}

/** The program's rules for one trainee; returns the night-float run-start variables. */
function addProgramRules(b: ModelBuilder, p: PreparedCalls, t: number, items: readonly Item[], v: (it: Item) => number, previous: ReadonlySet<string>): number[] {
  const { rules } = p.problem;
  const trainee = p.problem.trainees[t]?.trainee;
  if (trainee === undefined) return [];
  const calls = items.filter((it) => it.coverageId !== null);
  // Calls per calendar month (in-house and at-home; night-float nights are a rotation, not call).
  const months = new Map<string, Item[]>();
  for (const it of calls) {
    if (it.callType?.kind === 'night-float') continue;
    const month = isoOf(p, it.day).slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), it]);
  }
  for (const [month, list] of months) {
    const firstDay = list[0]?.day ?? 0;
    const pgy1 = p.pgy(t, firstDay) === 1 ? rules.pgy1?.maxCallsPerMonth : undefined;
    const limits = [rules.maxCallsPerMonth, pgy1].filter((x): x is number => x !== undefined);
    const taken = historyCalls(p, t, month);
    if (limits.length > 0) b.constraint({ name: `month_${t}_${month.replace('-', '_')}`, terms: list.map((it) => ({ variable: v(it), coefficient: 1 })), upper: Math.max(0, Math.min(...limits) - taken) });
  }
  const starts = addNightFloatRows(b, p, t, items, v, WEIGHTS.nightFloatStart);
  // Spacing: in-house calls two nights apart cost a little.
  const inHouse = new Map<number, Item[]>();
  for (const it of calls) if (it.inHouse) inHouse.set(it.day, [...(inHouse.get(it.day) ?? []), it]);
  for (const [k, list] of inHouse) {
    const later = inHouse.get(k + 2);
    if (later === undefined) continue;
    const y = b.variable({ name: `sp_${t}_${k}`, type: 'continuous', lower: 0 });
    b.constraint({ name: `spacing_${t}_${k}`, terms: [{ variable: y, coefficient: 1 }, ...[...list, ...later].map((it) => ({ variable: v(it), coefficient: -1 }))], lower: -1 });
    b.cost(y, WEIGHTS.spacing);
  }
  // Fewest changes from a published schedule.
  if (p.problem.previous !== undefined) {
    for (const it of calls) {
      const was = previous.has(`${trainee.id}|${isoOf(p, it.day)}|${it.coverageId ?? ''}`);
      b.cost(v(it), was ? -WEIGHTS.change : WEIGHTS.change);
      if (was) b.addConstant(WEIGHTS.change);
    }
  }
  return starts;
}

/**
 * Local date of a day index.
 *
 * @param p - the prepared problem
 * @param k - day index
 * @returns `YYYY-MM-DD`
 */
export function isoOf(p: PreparedCalls, k: number): string {
  return iso(p.firstDay + k);
}
