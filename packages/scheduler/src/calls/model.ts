import { day, iso } from '../problem/days';
import { ModelBuilder, type LinearModel } from '../solver/linear-model';
import { carryOver, historyCalls } from './history';
import { countedDays, type Item, type PreparedCalls } from './prepare';

const HOUR = 3_600_000;
/** Minimum real gap between two in-house items: 8 hours (CPR 6.21, a "should" kept as a must so no stretches join), 14 after 24 (6.21.a). */
const REST_MS = 8 * HOUR;
const REST_AFTER_24_MS = 14 * HOUR;

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
}

/** Options of {@link buildCallModel}. */
export interface CallModelOptions {
  /** Trainee-windows (`slot:windowIndex`) where only whole calendar days off count (set after an audit disagreed). */
  readonly calendarDaysOnly?: ReadonlySet<string>;
  /** Items starting before `lock.before` are fixed (chosen ones kept, the others out), except the trainee in slot `lock.except`. */
  readonly lock?: { readonly before: number; readonly chosen: ReadonlySet<number>; readonly except?: number };
}

/**
 * Whether two items of one trainee cannot both be worked: they overlap, or
 * the first ends fewer than 8 hours (14 after a stretch of 24 or more) before
 * the second starts. At-home call only must not overlap (it is not a stretch,
 * CPR 6.28), except that with `postCallDayOff` nothing follows in-house call
 * the next day.
 *
 * @param a - the earlier-starting item
 * @param b - the other item
 * @param postCallDayOff - the program rule
 * @returns true when they conflict
 */
export function conflicts(a: Item, b: Item, postCallDayOff: boolean): boolean {
  const [first, second] = a.start <= b.start ? [a, b] : [b, a];
  if (first.end > second.start) return true;
  if (postCallDayOff && first.inHouse && first.end - first.start >= 24 * HOUR && second.day === first.day + 1) return true;
  if (first.atHome || second.atHome) return false;
  const rest = first.end - first.start >= 24 * HOUR ? REST_AFTER_24_MS : REST_MS;
  return second.start - first.end < rest;
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
  byTrainee.forEach((items, t) => {
    const v = (it: Item) => itemVar[it.index] ?? 0;
    const leave = p.leave[t] ?? new Set<number>();
    const trainee = problem.trainees[t];
    if (trainee === undefined) return;
    // Forbidden pairs; items are in start order per day, so scan forward a bounded distance.
    const sorted = [...items].sort((x, y) => x.start - y.start || x.index - y.index);
    sorted.forEach((a, i) => {
      for (let j = i + 1; j < sorted.length; j++) {
        const c = sorted[j];
        if (c === undefined || c.start >= a.end + REST_AFTER_24_MS + 24 * HOUR) break;
        if (conflicts(a, c, rules.postCallDayOff)) b.constraint({ name: `no_${a.index}_${c.index}`, terms: [{ variable: v(a), coefficient: 1 }, { variable: v(c), coefficient: 1 }], upper: 1 });
      }
      if (a.coverageId === null) {
        // Counted as "base shifts dropped", so the objective stays non-negative and a relative gap means something.
        b.cost(v(a), -WEIGHTS.baseShift);
        b.addConstant(WEIGHTS.baseShift);
      }
    });
    // Days off: whole calendar days, and noon-to-noon periods inside one window.
    const offs = new Map<number, number>();
    const noons = new Map<number, number>();
    const windowOf = (k: number) => p.windows.findIndex((w) => k >= w.first && k <= w.last);
    const before = past[t] ?? [];
    const workedBefore = (from: number, to: number) => before.some((h) => h.start < to && h.end > from);
    for (let k = 0; k < p.days; k++) {
      if (leave.has(k)) continue;
      const c = b.variable({ name: `off_${t}_${k}`, type: 'binary', ...(workedBefore(mid(k), mid(k + 1)) ? { upper: 0 } : {}) });
      offs.set(k, c);
      for (const it of items) if (it.start < mid(k + 1) && it.end > mid(k)) b.constraint({ name: `offc_${t}_${k}_${it.index}`, terms: [{ variable: c, coefficient: 1 }, { variable: v(it), coefficient: 1 }], upper: 1 });
      const w = windowOf(k);
      if (k + 1 < p.days && !leave.has(k + 1) && windowOf(k + 1) === w && !(options.calendarDaysOnly?.has(`${t}:${w}`) ?? false)) {
        const from = (mid(k) + mid(k + 1)) / 2;
        const to = (mid(k + 1) + mid(k + 2)) / 2;
        const n = b.variable({ name: `noon_${t}_${k}`, type: 'binary', ...(workedBefore(from, to) ? { upper: 0 } : {}) });
        noons.set(k, n);
        for (const it of items) if (it.start < to && it.end > from) b.constraint({ name: `offn_${t}_${k}_${it.index}`, terms: [{ variable: n, coefficient: 1 }, { variable: v(it), coefficient: 1 }], upper: 1 });
        b.constraint({ name: `offcn_${t}_${k}`, terms: [{ variable: c, coefficient: 1 }, { variable: n, coefficient: 1 }], upper: 1 });
      }
    }
    for (const [k, n] of noons) {
      const next = offs.get(k + 1);
      if (next !== undefined) b.constraint({ name: `offnc_${t}_${k}`, terms: [{ variable: n, coefficient: 1 }, { variable: next, coefficient: 1 }], upper: 1 });
    }
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
    addProgramRules(b, p, t, items, v, previous);
  });
  addFairness(b, p, itemVar);
  return { model: b.build(), itemVar, slack, dayOff };
}

function dayIndex(p: PreparedCalls, isoDate: string): number {
  return day(isoDate) - p.firstDay;
}

function addProgramRules(b: ModelBuilder, p: PreparedCalls, t: number, items: readonly Item[], v: (it: Item) => number, previous: ReadonlySet<string>): void {
  const { rules } = p.problem;
  const trainee = p.problem.trainees[t]?.trainee;
  if (trainee === undefined) return;
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
  // Night float: at most L consecutive nights (CPR 6.26) and few separate runs.
  const nights = new Map<number, Item>();
  for (const it of calls) if (it.callType?.kind === 'night-float') nights.set(it.day, it);
  const limit = rules.nightFloatMaxConsecutive;
  for (const [k, it] of nights) {
    const s = b.variable({ name: `nfs_${t}_${k}`, type: 'continuous', lower: 0 });
    const prev = nights.get(k - 1);
    b.constraint({ name: `nfrun_${t}_${k}`, terms: [{ variable: s, coefficient: 1 }, { variable: v(it), coefficient: -1 }, ...(prev ? [{ variable: v(prev), coefficient: 1 }] : [])], lower: 0 });
    b.cost(s, WEIGHTS.nightFloatStart);
    if (limit !== undefined) {
      const run = Array.from({ length: limit + 1 }, (_, j) => nights.get(k + j)).filter((x): x is Item => x !== undefined);
      if (run.length === limit + 1) b.constraint({ name: `nfmax_${t}_${k}`, terms: run.map((x) => ({ variable: v(x), coefficient: 1 })), upper: limit });
    }
  }
  // Runs that began in the previous month: its last nights count toward the limit.
  const before = new Set((p.history?.periods[t] ?? []).filter((x) => x.kind === 'night-float').map((x) => x.day));
  for (let j = -1; limit !== undefined && before.has(j) && j >= -limit; j--) {
    const run = Array.from({ length: limit + 1 + j }, (_, i) => nights.get(i)).filter((x): x is Item => x !== undefined);
    if (run.length === limit + 1 + j) b.constraint({ name: `nfmax_${t}_h${-j}`, terms: run.map((x) => ({ variable: v(x), coefficient: 1 })), upper: limit + j });
  }
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
}

/** Items grouped by a key (items without one left out), in their order. */
function groupItems(items: readonly Item[], keyOf: (it: Item) => string | null): Map<string, Item[]> {
  const out = new Map<string, Item[]>();
  for (const it of items) {
    const k = keyOf(it);
    if (k === null) continue;
    const list = out.get(k);
    if (list === undefined) out.set(k, [it]);
    else list.push(it);
  }
  return out;
}

function addFairness(b: ModelBuilder, p: PreparedCalls, itemVar: readonly number[]): void {
  const byTraineeShift = groupItems(p.items, (it) => (it.coverageId === null ? null : `${it.trainee}|${it.coverageId}`));
  const weekendCalls = groupItems(p.items, (it) => (it.coverageId !== null && p.weekend[it.day] === true ? String(it.trainee) : null));
  for (const c of p.problem.coverage) {
    const m = b.variable({ name: `max_${c.id.replace(/-/g, '_')}`, type: 'continuous', lower: 0 });
    b.cost(m, WEIGHTS.fairness);
    p.problem.trainees.forEach((_, t) => {
      const own = byTraineeShift.get(`${t}|${c.id}`) ?? [];
      if (own.length > 0) b.constraint({ name: `fair_${c.id.replace(/-/g, '_')}_${t}`, terms: [{ variable: m, coefficient: 1 }, ...own.map((it) => ({ variable: itemVar[it.index] ?? 0, coefficient: -1 }))], lower: 0 });
    });
  }
  if (!p.problem.rules.balanceWeekends) return;
  const w = b.variable({ name: 'max_weekend', type: 'continuous', lower: 0 });
  b.cost(w, WEIGHTS.weekend);
  p.problem.trainees.forEach((_, t) => {
    const own = weekendCalls.get(String(t)) ?? [];
    if (own.length > 0) b.constraint({ name: `fairwe_${t}`, terms: [{ variable: w, coefficient: 1 }, ...own.map((it) => ({ variable: itemVar[it.index] ?? 0, coefficient: -1 }))], lower: 0 });
  });
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
