import { carryOver, historyCalls } from './history';
import { conflicts } from './conflicts';
import { isoOf, WEIGHTS, type CallModel } from './model';
import { shiftKey, type PriorCounts } from './fairness-rows';
import { fewestRuns, maximaToTry } from './night-runs-bound';
import { countedDays, type Item, type PreparedCalls } from './prepare';

/**
 * A greedy schedule that keeps every hard rule of the call model, as values
 * of its item variables, for the solver to start from: night by night each
 * shift goes to the eligible trainee with the fewest calls whom no rule
 * stops (clash, 8 hours or 14 after 24, post-call day, hours, every third
 * night and free days per window, calls per month, night-float runs, locks
 * and bounds); then base shifts are added where the same rules allow. A
 * shift nobody can take stays open (the model's shortfall variable takes
 * it), so the start is always feasible; the solver completes the other
 * variables and improves on it.
 *
 * @param p - the prepared problem
 * @param built - the model built from it
 * @param prior - calls of a long span's earlier windows, counted as the trainee's already
 * @returns variable index → value for every item variable
 */
export function greedyStart(p: PreparedCalls, built: CallModel, prior?: PriorCounts): Map<number, number> {
  const { rules } = p.problem;
  const vars = built.model.variables;
  const bound = (it: Item) => vars[built.itemVar[it.index] ?? -1];
  const mine: Item[][] = p.problem.trainees.map(() => []);
  const chosen = new Set<number>();
  // Calls so far per trainee — of each shift, on weekends, of any kind — counted from the span's earlier windows and kept up as items are taken.
  const ofShiftSoFar = new Map(prior?.shift ?? []);
  const weekendsSoFar = p.problem.trainees.map((_, t) => prior?.weekend[t] ?? 0);
  const calls = p.problem.trainees.map((_, t) => p.problem.coverage.reduce((n, c) => n + (prior?.shift.get(shiftKey(t, c.id)) ?? 0), 0));
  const windows = p.windows.filter((w) => w.last >= 0);
  const mid = p.midnight;
  const share = (it: Item, from: number, to: number) => (it.end > it.start ? (Math.max(0, Math.min(it.end, to) - Math.max(it.start, from)) / (it.end - it.start)) * it.countedHours : 0);
  const limits = p.problem.trainees.map((_, t) => {
    const leave = p.leave[t] ?? new Set<number>();
    return windows.map((w) => {
      const counted = countedDays(w, leave);
      const carried = carryOver(p, t, w, mid(w.first), mid(w.last + 1), leave);
      return { w, counted, hours: (rules.weeklyHours * counted) / 7 - carried.hours, calls: Math.ceil(counted / 3) - carried.calls, off: Math.floor(counted / 7) - carried.daysOff };
    });
  });
  const past = p.history?.stretches ?? [];
  const freeDays = (t: number, w: { first: number; last: number }, extra: Item) => {
    const leave = p.leave[t] ?? new Set<number>();
    let n = 0;
    for (let k = Math.max(0, w.first); k <= w.last; k++) {
      if (leave.has(k)) continue;
      const a = mid(k);
      const b = mid(k + 1);
      const touched = (x: { start: number; end: number }) => x.start < b && x.end > a;
      if (!touched(extra) && !(mine[t] ?? []).some(touched) && !(past[t] ?? []).some(touched)) n++;
    }
    return n;
  };
  const allowed = (it: Item): boolean => {
    const t = it.trainee;
    const v = bound(it);
    if (v === undefined || v.upper === 0) return false;
    const own = mine[t] ?? [];
    if (own.some((o) => conflicts(o, it, rules.postCallDayOff))) return false;
    for (const lim of limits[t] ?? []) {
      const from = mid(lim.w.first);
      const to = mid(lim.w.last + 1);
      if (share(it, from, to) === 0 && !(it.day >= lim.w.first && it.day <= lim.w.last)) continue;
      const hours = own.reduce((s, o) => s + share(o, from, to), share(it, from, to));
      if (hours > lim.hours + 1e-9) return false;
      if (it.inHouse && it.day >= lim.w.first && it.day <= lim.w.last && own.filter((o) => o.inHouse && o.day >= lim.w.first && o.day <= lim.w.last).length + 1 > lim.calls) return false;
      if (freeDays(t, lim.w, it) < lim.off) return false;
    }
    if (it.coverageId === null) return true;
    const trainee = p.problem.trainees[t];
    if (rules.noCallBeforeDayOff && trainee?.requests.some((r) => r.kind === 'day-off' && r.date === isoOf(p, it.day + 1))) return false;
    if (it.callType?.kind === 'night-float') {
      const max = rules.nightFloatMaxConsecutive;
      if (max === undefined) return true;
      const nights = new Set(own.filter((o) => o.callType?.kind === 'night-float').map((o) => o.day));
      for (const x of p.history?.periods[t] ?? []) if (x.kind === 'night-float') nights.add(x.day);
      let run = 1;
      for (let k = it.day - 1; nights.has(k); k--) run++;
      for (let k = it.day + 1; nights.has(k); k++) run++;
      return run <= max;
    }
    const month = isoOf(p, it.day).slice(0, 7);
    const pgy1 = p.pgy(t, it.day) === 1 ? rules.pgy1?.maxCallsPerMonth : undefined;
    const caps = [rules.maxCallsPerMonth, pgy1].filter((x): x is number => x !== undefined);
    const taken = own.filter((o) => o.coverageId !== null && o.callType?.kind !== 'night-float' && isoOf(p, o.day).slice(0, 7) === month).length;
    return caps.length === 0 || taken + historyCalls(p, t, month) + 1 <= Math.min(...caps);
  };
  const take = (it: Item) => {
    chosen.add(it.index);
    mine[it.trainee]?.push(it);
    if (it.coverageId === null) return;
    calls[it.trainee] = (calls[it.trainee] ?? 0) + 1;
    const key = shiftKey(it.trainee, it.coverageId);
    ofShiftSoFar.set(key, (ofShiftSoFar.get(key) ?? 0) + 1);
    if (p.weekend[it.day] === true) weekendsSoFar[it.trainee] = (weekendsSoFar[it.trainee] ?? 0) + 1;
  };
  // Locked work first: it is fixed whatever the greedy would prefer.
  for (const it of p.items) if (bound(it)?.lower === 1) take(it);
  const aim = bestNightMaximum(p, prior);
  const byShift = new Map<string, Item[]>();
  for (const it of p.items) if (it.coverageId !== null) byShift.set(`${it.day}|${it.coverageId}`, [...(byShift.get(`${it.day}|${it.coverageId}`) ?? []), it]);
  for (let k = 0; k < p.days; k++) {
    for (const c of p.problem.coverage) {
      if (!p.needed(c, k)) continue;
      const list = byShift.get(`${k}|${c.id}`) ?? [];
      let have = list.filter((it) => chosen.has(it.index)).length;
      // Night float goes first to whoever worked it last night, until their nights over the span reach the maximum aimed at (or the run its limit): a run displaces one base shift more than its nights, separate nights two each.
      const yesterday = new Set((byShift.get(`${k - 1}|${c.id}`) ?? []).filter((it) => chosen.has(it.index) && it.callType?.kind === 'night-float').map((it) => it.trainee));
      const most = aim.get(c.id) ?? Number.POSITIVE_INFINITY;
      // Then fewest of this shift (the model balances each shift's count), then fewest calls of any kind.
      const ofShift = (it: Item) => ofShiftSoFar.get(shiftKey(it.trainee, c.id)) ?? 0;
      const rank = (it: Item) => (yesterday.has(it.trainee) && ofShift(it) < most ? 0 : 1);
      const weekends = (it: Item) => (rules.balanceWeekends && p.weekend[k] === true ? (weekendsSoFar[it.trainee] ?? 0) : 0);
      const order = [...list].sort((a, b) => rank(a) - rank(b) || ofShift(a) - ofShift(b) || weekends(a) - weekends(b) || (calls[a.trainee] ?? 0) - (calls[b.trainee] ?? 0) || a.trainee - b.trainee);
      for (const it of order) {
        if (have >= c.count) break;
        if (chosen.has(it.index) || !allowed(it)) continue;
        take(it);
        have++;
      }
    }
  }
  for (const it of p.items) if (it.coverageId === null && !chosen.has(it.index) && allowed(it)) take(it);
  const out = new Map<number, number>();
  for (const it of p.items) out.set(built.itemVar[it.index] ?? -1, chosen.has(it.index) ? 1 : 0);
  out.delete(-1);
  return out;
}

/**
 * Per night-float shift, the most nights any trainee should reach over the
 * span (a long span's earlier windows included) — the maximum the greedy
 * start aims for. Under a maximum of M each trainee takes at most
 * M − (their earlier nights), in runs of at most that and of the program's
 * limit; M costs 2·M at the fairness weight, and each run its start and the
 * base shift of the morning after ({@link fewestRuns}, runs counted whole).
 * The least cost wins, the smallest M on a tie (the fairer). A single month
 * with enough trainees gives runs of M: 28 nights cost 2·M + 2·⌈28 / M⌉,
 * least from M = 4. After earlier windows that left most trainees at four
 * nights and a few at none, the few take long runs and the rest short ones
 * under a maximum of 6, where runs of four by anyone would reach 8.
 *
 * @param p - the prepared problem
 * @param prior - calls of a long span's earlier windows
 * @returns coverage shift id → the maximum to aim for, for night-float shifts every night of which someone can take
 */
export function bestNightMaximum(p: PreparedCalls, prior?: PriorCounts): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of p.problem.coverage) {
    if (p.problem.callTypes.find((ct) => ct.id === c.callTypeId)?.kind !== 'night-float') continue;
    let nights = 0;
    for (let k = 0; k < p.days; k++) if (p.needed(c, k)) nights += c.count;
    const available = p.problem.trainees.map(() => 0);
    for (const it of p.items) if (it.coverageId === c.id) available[it.trainee] = (available[it.trainee] ?? 0) + 1;
    const trainees = available.flatMap((n, t) => (n > 0 ? [{ prior: prior?.shift.get(shiftKey(t, c.id)) ?? 0, available: n }] : []));
    if (nights === 0) continue;
    let best: number | undefined;
    let cost = Number.POSITIVE_INFINITY;
    for (const m of maximaToTry(trainees)) {
      const runs = fewestRuns(trainees, nights, p.problem.rules.nightFloatMaxConsecutive, m, true);
      const here = runs === null ? Number.POSITIVE_INFINITY : WEIGHTS.fairness * m + (WEIGHTS.nightFloatStart + WEIGHTS.baseShift) * runs;
      if (here < cost) {
        best = m;
        cost = here;
      }
    }
    if (best !== undefined) out.set(c.id, best);
  }
  return out;
}
