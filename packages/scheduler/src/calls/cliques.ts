/** A variable that occupies a stretch of time: at most one of those sharing an instant can be 1. */
export interface Occupancy {
  /** Model variable. */
  readonly variable: number;
  /** Start (epoch ms, inclusive). */
  readonly start: number;
  /** End (epoch ms, exclusive). */
  readonly end: number;
}

/**
 * The maximal sets of intervals that share an instant (the maximal cliques of
 * an interval graph): the intervals alive at each start, kept unless every
 * one of them is still alive at the next start (then the next set holds it).
 *
 * @param intervals - one trainee's intervals
 * @returns variable sets of two or more, in start order
 */
export function intervalCliques(intervals: readonly Occupancy[]): number[][] {
  const live = intervals.filter((x) => x.end > x.start);
  const starts = [...new Set(live.map((x) => x.start))].sort((a, b) => a - b);
  const out: number[][] = [];
  starts.forEach((s, i) => {
    const alive = live.filter((x) => x.start <= s && x.end > s);
    const next = starts[i + 1];
    const dominated = next !== undefined && alive.every((x) => x.end > next);
    if (!dominated && alive.length > 1) out.push(alive.map((x) => x.variable).sort((a, b) => a - b));
  });
  return out;
}

/**
 * Grows each set by every variable exclusive with all its members (in
 * index order, so the result is the same on every run). Why: two interval
 * families each see only their own overlaps, so a base shift, the day off
 * it shares hours with and the night that follows within its rest lie in
 * no one family's set, though every two of them are exclusive; their pair
 * rows alone let the relaxation keep all three at one half. The grown set
 * makes their sum at most one: on the benchmark month the relaxation's
 * bound went from 248.9 to 276.9, what HiGHS's cuts reached only after the
 * root node.
 *
 * @param sets - sets of pairwise exclusive variables
 * @param exclusive - each variable's exclusive partners
 * @returns the grown sets, each still pairwise exclusive
 */
function grown(sets: readonly number[][], exclusive: ReadonlyMap<number, ReadonlySet<number>>): number[][] {
  return sets.map((s) => {
    const set = [...s];
    const candidates = [...(exclusive.get(s[0] ?? -1) ?? [])].sort((a, b) => a - b);
    for (const c of candidates) if (!set.includes(c) && set.every((m) => exclusive.get(m)?.has(c) ?? false)) set.push(c);
    return set.sort((a, b) => a - b);
  });
}

/** Sets without repeats and without any set inside another, largest first. */
function maximal(sets: readonly number[][]): number[][] {
  const unique = [...new Map(sets.map((s) => [s.join(','), s])).values()].sort((a, b) => b.length - a.length);
  const kept: number[][] = [];
  // A set inside a kept one is inside one that holds its first member: only those are compared.
  const holding = new Map<number, Set<number>[]>();
  for (const s of unique) {
    if ((holding.get(s[0] ?? -1) ?? []).some((k) => s.every((v) => k.has(v)))) continue;
    kept.push(s);
    const members = new Set(s);
    for (const v of s) holding.set(v, [...(holding.get(v) ?? []), members]);
  }
  return kept;
}

/**
 * One trainee's "at most one of these" rows: the cliques of several interval
 * families (each family's intervals pairwise exclusive whenever they share an
 * instant), each grown by every variable exclusive with all its members, sets
 * contained in another dropped, then a pair row for every exclusive pair no
 * set covers.
 *
 * Why sets rather than pairs: with pair rows alone the relaxation may keep a
 * base shift at one half beside half a call and half a day off, paying for
 * one where the whole-number schedule pays for two; a row over everything
 * alive at one instant makes their sum at most one, so the bound the solver
 * proves is far closer to the best schedule.
 *
 * @param families - interval families; within each, overlap means exclusion
 * @param pairs - every exclusive pair of variables (the rule's own list)
 * @returns rows of variables, at most one of each row may be chosen
 */
export function exclusionRows(families: readonly (readonly Occupancy[])[], pairs: readonly (readonly [number, number])[]): number[][] {
  const exclusive = new Map<number, Set<number>>();
  const link = (a: number, b: number) => {
    const set = exclusive.get(a) ?? new Set<number>();
    set.add(b);
    exclusive.set(a, set);
  };
  for (const [a, b] of pairs) {
    link(a, b);
    link(b, a);
  }
  const kept = maximal(grown(maximal(families.flatMap(intervalCliques)), exclusive));
  // Pairs keyed as one number (variable indexes stay far below 2^26), not strings: a window has thousands.
  const pairKey = (a: number, b: number) => a * 67_108_864 + b;
  const covered = new Set<number>();
  for (const s of kept) for (let i = 0; i < s.length; i++) for (let j = i + 1; j < s.length; j++) covered.add(pairKey(s[i] ?? 0, s[j] ?? 0));
  const rest = pairs.map(([a, b]) => (a < b ? [a, b] : [b, a])).filter(([a, b]) => !covered.has(pairKey(a ?? 0, b ?? 0)));
  return [...kept.sort((a, b) => (a[0] ?? 0) - (b[0] ?? 0) || a.length - b.length), ...rest];
}
