import { describe, expect, it } from 'vitest';
import { fewestRuns, runLines, type NightCapacity } from './night-runs-bound';

// The window that stalled the year's search: 28 nights, runs of at most 6, four trainees
// with no night float so far and 56 with one run of four behind them.
const stalled: NightCapacity[] = [...Array.from({ length: 4 }, () => 0), ...Array.from({ length: 56 }, () => 4)].map((prior) => ({ prior, available: 28 }));

describe('fewestRuns', () => {
  it('works out the runs each maximum forces, by hand', () => {
    // Under 4 only the four can work, 4 nights each: 16 of 28.
    expect(fewestRuns(stalled, 28, 6, 4)).toBeNull();
    // Under 5: the four take 5 in one run each (20), eight others one night each: 4 + 8.
    expect(fewestRuns(stalled, 28, 6, 5)).toBeCloseTo(12, 12);
    // Under 6: the four take 6 each (24), two others two nights each: 4 + 2.
    expect(fewestRuns(stalled, 28, 6, 6)).toBeCloseTo(6, 12);
    // Under 7 the four could take 7, but runs stop at 6: 28 nights at 1/6 of a run each.
    expect(fewestRuns(stalled, 28, 6, 7)).toBeCloseTo(28 / 6, 12);
    // Counted whole, 7 each is two runs each.
    expect(fewestRuns(stalled, 28, 6, 7, true)).toBe(8);
  });

  it('takes no more nights from a trainee than they are available for', () => {
    expect(fewestRuns([{ prior: 0, available: 3 }, { prior: 0, available: 2 }], 5, undefined, 10)).toBeCloseTo(2, 12);
    expect(fewestRuns([{ prior: 0, available: 3 }, { prior: 0, available: 2 }], 6, undefined, 10)).toBeNull();
  });
});

describe('runLines', () => {
  it('gives the lower hull of the fewest runs: 12 at 5, 6 at 6, 28/6 from 7 on', () => {
    const lines = runLines(stalled, 28, 6);
    // Edges (5, 12)–(6, 6): runs ≥ 42 − 6·M; (6, 6)–(7, 28/6): runs ≥ 14 − (4/3)·M; then flat at 28/6.
    expect(lines).toHaveLength(3);
    expect(lines[0]?.slope).toBeCloseTo(-6, 8);
    expect(lines[0]?.intercept).toBeCloseTo(42, 8);
    expect(lines[1]?.slope).toBeCloseTo(-4 / 3, 8);
    expect(lines[1]?.intercept).toBeCloseTo(14, 8);
    expect(lines[2]?.slope).toBe(0);
    expect(lines[2]?.intercept).toBeCloseTo(28 / 6, 8);
    // What this does to the relaxation: 2·M + runs is least at M = 6 (2·6 + 6 = 18), where the
    // old rows (runs · M ≥ 28) let M = 5 and 5.6 runs (15.6) pass.
    const least = Math.min(...[5, 6, 7, 8].map((m) => 2 * m + Math.max(...lines.map((l) => l.intercept + l.slope * m))));
    expect(least).toBeCloseTo(18, 8);
  });

  it('gives nothing when the nights cannot be covered, and one flat line when every maximum needs the same runs', () => {
    expect(runLines([{ prior: 0, available: 2 }], 3, undefined)).toEqual([]);
    expect(runLines([], 3, undefined)).toEqual([]);
    // One trainee, no prior nights, 3 nights and no limit: one run under every maximum from 3 on.
    const one = runLines([{ prior: 0, available: 3 }], 3, undefined);
    expect(one).toHaveLength(1);
    expect(one[0]?.slope).toBe(0);
    expect(one[0]?.intercept).toBeCloseTo(1, 8);
  });

  it('never passes above the fewest whole runs of any whole maximum, found by dynamic programming', () => {
    // Independent count: trainee t takes n ≤ min(M − prior, available) nights in ⌈n / L⌉ runs;
    // dp[k] is the fewest runs covering k nights with the trainees so far.
    const exact = (trainees: readonly NightCapacity[], nights: number, limit: number, most: number): number | null => {
      let dp: number[] = [0, ...Array.from({ length: nights }, () => Number.POSITIVE_INFINITY)];
      for (const t of trainees) {
        const cap = Math.max(0, Math.min(most - t.prior, t.available));
        const next = [...dp];
        for (let k = 0; k <= nights; k++) {
          for (let n = 1; n <= Math.min(cap, k); n++) next[k] = Math.min(next[k] ?? Infinity, (dp[k - n] ?? Infinity) + Math.ceil(n / limit));
        }
        dp = next;
      }
      const best = dp[nights] ?? Number.POSITIVE_INFINITY;
      return Number.isFinite(best) ? best : null;
    };
    let seed = 11;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * n);
    };
    let checked = 0;
    for (let trial = 0; trial < 200; trial++) {
      const trainees = Array.from({ length: 1 + next(6) }, () => ({ prior: next(6), available: 1 + next(10) }));
      const nights = 1 + next(20);
      const limit = 1 + next(7);
      const lines = runLines(trainees, nights, limit);
      const top = Math.max(...trainees.map((t) => t.prior));
      for (let most = top; most <= top + 12; most++) {
        const runs = exact(trainees, nights, limit, most);
        if (runs === null) continue;
        checked++;
        for (const l of lines) expect(l.intercept + l.slope * most).toBeLessThanOrEqual(runs + 1e-9);
      }
    }
    expect(checked).toBeGreaterThan(200);
  });
});
