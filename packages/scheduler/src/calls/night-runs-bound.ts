/** A trainee's share of the night-float shift: nights worked in the span so far, and nights they could work in this window. */
export interface NightCapacity {
  /** Nights of the span's earlier windows. */
  readonly prior: number;
  /** Nights of this window the trainee has an item for (not on leave). */
  readonly available: number;
}

/** The line `runs ≥ intercept + slope · most`, in the most nights any trainee works over the span. */
export interface RunLine {
  /** Runs where the line meets `most` = 0 (the line is only used from the largest prior count up). */
  readonly intercept: number;
  /** Change of the run count per night of the maximum (never positive). */
  readonly slope: number;
}

/**
 * The fewest night-float runs that can cover `nights` when no trainee's
 * span total passes `most`: each trainee can take `most − prior` nights (no
 * more than they are available for), in runs of at most that many and at
 * most `limit` nights each, so every night they take costs at least
 * 1 / min(limit, most − prior) of a run. Filling the trainees with the
 * longest runs first gives the least. With `whole`, each trainee's runs are
 * counted whole (⌈nights / run⌉): not a bound any more, but the runs that
 * filling actually takes, for choosing a maximum to aim for.
 *
 * @param trainees - each trainee's prior nights and availability
 * @param nights - night-float shifts to cover in the window
 * @param limit - most consecutive nights (CPR 6.26), or none
 * @param most - the span maximum tried
 * @param whole - count each trainee's runs whole
 * @returns the fewest runs (fractional: a lower bound), or null when `nights` do not fit under `most`
 * @example
 * // 28 nights; four trainees with no prior nights, 56 with four, runs of at most 6:
 * const trainees = [0, 0, 0, 0, ...Array.from({ length: 56 }, () => 4)].map((prior) => ({ prior, available: 28 }));
 * // under a maximum of 6 the four take 6 each (four runs), the others 2 each (half a run a night):
 * fewestRuns(trainees, 28, 6, 6); // → 4 + 4 / 2 = 6
 */
export function fewestRuns(trainees: readonly NightCapacity[], nights: number, limit: number | undefined, most: number, whole = false): number | null {
  const shares = trainees
    .map((t) => Math.min(most - t.prior, t.available))
    .filter((cap) => cap > 0)
    .map((cap) => ({ cap, run: Math.min(cap, limit ?? cap) }))
    .sort((a, b) => b.run - a.run);
  let left = nights;
  let runs = 0;
  for (const s of shares) {
    if (left <= 0) break;
    const take = Math.min(left, s.cap);
    runs += whole ? Math.ceil(take / s.run) : take / s.run;
    left -= take;
  }
  return left > 0 ? null : runs;
}

/**
 * The whole maxima worth trying: from the largest prior count (the maximum
 * is never below it) to where the fewest runs stop falling (every trainee
 * can then take all the nights they are available for).
 *
 * @param trainees - each trainee's prior nights and availability
 * @returns the maxima in increasing order (none without trainees)
 */
export function maximaToTry(trainees: readonly NightCapacity[]): number[] {
  if (trainees.length === 0) return [];
  const from = Math.max(...trainees.map((t) => t.prior));
  const to = from + Math.max(...trainees.map((t) => t.available));
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

/**
 * Rows for the relaxation of a span's night-float shift, where trainees'
 * earlier nights differ: with most of them already at four nights, a fifth
 * night each would need a run a night, but the relaxation alone spreads the
 * nights thinly over everyone. {@link fewestRuns} at every whole maximum
 * worth trying ({@link maximaToTry}), and the lower convex
 * hull of those points: each hull edge, extended, lies at or below every
 * point, so `runs ≥ intercept + slope · most` holds for every schedule
 * whose maximum is a whole number — and an optimal one's is, being the
 * largest of whole counts.
 *
 * @param trainees - each trainee with a night-float item: prior nights and availability
 * @param nights - night-float shifts to cover in the window
 * @param limit - most consecutive nights (CPR 6.26), or none
 * @returns the hull's edges, the last one flat; none when the nights cannot be covered under any maximum
 */
export function runLines(trainees: readonly NightCapacity[], nights: number, limit: number | undefined): RunLine[] {
  if (nights <= 0) return [];
  const points: { m: number; runs: number }[] = [];
  for (const m of maximaToTry(trainees)) {
    const runs = fewestRuns(trainees, nights, limit, m);
    // Down to a grid of 1e-9, so equal sums added in another order stay equal (and the hull has no sliver edges); lower is still a bound.
    if (runs !== null) points.push({ m, runs: Math.floor((runs - 1e-12) * 1e9) / 1e9 });
  }
  // Lower convex hull (monotone chain): points are in increasing m and never rise.
  const hull: { m: number; runs: number }[] = [];
  for (const q of points) {
    for (;;) {
      const a = hull[hull.length - 2];
      const b = hull[hull.length - 1];
      if (a === undefined || b === undefined || (b.runs - a.runs) * (q.m - a.m) < (q.runs - a.runs) * (b.m - a.m)) break;
      hull.pop();
    }
    hull.push(q);
  }
  const lines: RunLine[] = [];
  for (let i = 1; i < hull.length; i++) {
    const a = hull[i - 1];
    const b = hull[i];
    if (a === undefined || b === undefined) continue;
    const slope = (b.runs - a.runs) / (b.m - a.m);
    lines.push({ slope, intercept: a.runs - slope * a.m });
  }
  // The hull ends flat (the fewest runs stop falling once every trainee can take all they are available for); a single point gives only that.
  const last = hull[hull.length - 1];
  if (last !== undefined && lines.at(-1)?.slope !== 0) lines.push({ slope: 0, intercept: last.runs });
  return lines;
}
