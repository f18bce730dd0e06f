import { describe, expect, it } from 'vitest';
import { FIRST_WINDOW_SHARES, windowSeconds } from './span-budget';

const at = { now: 1_000, overheadMs: 0, cap: undefined, first: false } as const;

describe('windowSeconds: a long span’s time shared among its windows', () => {
  it('without a span limit, gives each window the per-window cap (or no limit)', () => {
    expect(windowSeconds({ ...at, deadline: undefined, windowsLeft: 13, cap: 4 })).toBe(4);
    expect(windowSeconds({ ...at, deadline: undefined, windowsLeft: 13 })).toBeUndefined();
  });

  it('shares what is left evenly, so a window that finished early leaves its time to the later ones', () => {
    // 52 s left for 13 windows: 4 s each.
    expect(windowSeconds({ ...at, deadline: 53_000, windowsLeft: 13 })).toBeCloseTo(4, 12);
    // The first 9 took 3 s each (27 s): 25 s left for 4 windows, 6.25 s each.
    expect(windowSeconds({ ...at, now: 28_000, deadline: 53_000, windowsLeft: 4 })).toBeCloseTo(6.25, 12);
  });

  it('keeps back one window’s overhead for the join and takes another off each share', () => {
    // (40 − 0.5) / 10 − 0.5 = 3.45 s.
    expect(windowSeconds({ ...at, now: 0, deadline: 40_000, windowsLeft: 10, overheadMs: 500 })).toBeCloseTo(3.45, 12);
  });

  it('gives the first window two shares: V8 has not optimised HiGHS yet', () => {
    expect(FIRST_WINDOW_SHARES).toBe(2);
    // 56 s for 13 windows counted as 14 shares: 4 s a share, 8 s for the first.
    expect(windowSeconds({ ...at, now: 0, deadline: 56_000, windowsLeft: 13, first: true })).toBeCloseTo(8, 12);
  });

  it('never gives more than the per-window cap, and never nothing at all', () => {
    expect(windowSeconds({ ...at, deadline: 53_000, windowsLeft: 13, cap: 3 })).toBe(3);
    // Past the deadline: a hundredth of a second (HiGHS reads 0 as no time at all), so the window ends with no-solution.
    expect(windowSeconds({ ...at, now: 60_000, deadline: 53_000, windowsLeft: 2 })).toBe(0.01);
  });
});
