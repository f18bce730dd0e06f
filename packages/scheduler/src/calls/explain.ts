import { isoOf } from './model';
import { countedDays, type PreparedCalls } from './prepare';
import type { CallExplanation, CallShortfall } from './types';

function list(xs: readonly string[], max = 5): string {
  return xs.length <= max ? xs.join(', ') : `${xs.slice(0, max).join(', ')} and ${xs.length - max} more`;
}

/**
 * The most calls the program's monthly limits (all trainees, and PGY-1)
 * allow a trainee in a window: the sum of the limits of the calendar months
 * the window touches, or undefined without a limit.
 */
function monthlyCap(p: PreparedCalls, slot: number, w: { first: number; last: number }): number | undefined {
  const { rules } = p.problem;
  const limits = new Map<string, number>();
  for (let k = w.first; k <= w.last; k++) {
    const month = isoOf(p, k).slice(0, 7);
    if (limits.has(month)) continue;
    const pgy1 = p.pgy(slot, k) === 1 ? rules.pgy1?.maxCallsPerMonth : undefined;
    const all = [rules.maxCallsPerMonth, pgy1].filter((x): x is number => x !== undefined);
    if (all.length === 0) return undefined;
    limits.set(month, Math.min(...all));
  }
  return [...limits.values()].reduce((a, b) => a + b, 0);
}

/**
 * Puts a shortfall into words: which shifts stay open with every rule kept,
 * and the arithmetic behind it where a counting argument shows it — in-house
 * call demand against ⌈days / 3⌉ calls per trainee and window (CPR 6.27),
 * and nights with fewer eligible, available trainees than the shift needs.
 *
 * @param p - the prepared problem
 * @param shortfalls - open shifts from the elastic model (the fewest possible)
 * @returns the explanation
 */
export function explainShortfall(p: PreparedCalls, shortfalls: readonly CallShortfall[]): CallExplanation {
  const reasons: string[] = [];
  const types = new Map(p.problem.callTypes.map((t) => [t.id, t]));
  // Every-third-night supply against in-house demand, per window.
  p.windows.forEach((w) => {
    let demand = 0;
    const shifts: string[] = [];
    for (const c of p.problem.coverage) {
      if (types.get(c.callTypeId)?.kind !== 'in-house') continue;
      let nights = 0;
      for (let k = Math.max(0, w.first); k <= w.last; k++) if (p.needed(c, k)) nights++;
      if (nights > 0) shifts.push(`${c.id} (${c.count} × ${nights} nights)`);
      demand += c.count * nights;
    }
    if (demand === 0) return;
    const caps: string[] = [];
    let supply = 0;
    const limitedBy: string[] = [];
    p.problem.trainees.forEach((t, slot) => {
      const nights = new Set(p.items.filter((it) => it.trainee === slot && it.inHouse && it.day >= w.first && it.day <= w.last).map((it) => it.day)).size;
      if (nights === 0) return;
      const counted = countedDays(w, p.leave[slot] ?? new Set());
      const monthly = monthlyCap(p, slot, w);
      const cap = Math.min(Math.ceil(counted / 3), nights, monthly ?? Number.POSITIVE_INFINITY);
      if (monthly !== undefined && monthly < Math.ceil(counted / 3)) limitedBy.push(t.trainee.id);
      supply += cap;
      caps.push(`${t.trainee.id} ${cap}`);
    });
    if (demand > supply) {
      reasons.push(
        `${isoOf(p, w.first)} to ${isoOf(p, w.last)} needs ${demand} in-house calls (${shifts.join(' + ')}), but in-house call no more often than every third night (CPR 6.27: at most ⌈counted days / 3⌉ per trainee in the window)${limitedBy.length > 0 ? ", together with the program's calls-per-month limits," : ''} lets the ${caps.length} eligible trainee(s) take at most ${supply} (${caps.join(', ') || 'none'}): ${demand - supply} short.`,
      );
    }
  });
  // Nights with fewer eligible trainees than the shift needs.
  for (const c of p.problem.coverage) {
    const thin: string[] = [];
    for (let k = 0; k < p.days; k++) {
      if (!p.needed(c, k)) continue;
      const able = new Set(p.items.filter((it) => it.coverageId === c.id && it.day === k).map((it) => it.trainee)).size;
      if (able < c.count) thin.push(`${isoOf(p, k)} (${able} of ${c.count})`);
    }
    if (thin.length > 0) reasons.push(`${c.id} needs ${c.count} eligible trainee(s) a night (PGY level, vacations, rotations), but has fewer on ${list(thin)}.`);
  }
  const missing = shortfalls.reduce((n, s) => n + s.missing, 0);
  const open = shortfalls.map((s) => `${s.coverageId} on ${s.date}${s.missing > 1 ? ` (${s.missing})` : ''}`);
  if (reasons.length === 0) {
    reasons.push(
      `With every rule kept (80 hours averaged, one day in seven free, 24 + 4, 14 hours after 24, every third night, the program's limits, vacations and conferences), the trainees' base shifts and calls leave ${missing} call(s) open.`,
    );
  }
  const summary = `No schedule covers every shift: at least ${missing} call(s) stay open (${list(open)}). ${reasons.join(' ')} Add trainees to the pool, widen the PGY levels allowed, lighten base shifts, or lower the coverage.`;
  return { summary, reasons, shortfalls };
}
