import { describe, expect, it } from 'vitest';
import { secondsLeft, waitAtMost } from './counted';

describe('waitAtMost', () => {
  it('returns when the promise settles, long before the time is up', async () => {
    const began = performance.now();
    await waitAtMost(Promise.resolve(), 60);
    // A minute's limit: had the timer been waited for, this would take 60 s.
    expect(performance.now() - began).toBeLessThan(5_000);
  });

  it('gives up on a promise that never settles once the time is up', async () => {
    const began = performance.now();
    await waitAtMost(new Promise<void>(() => undefined), 0.05);
    // setTimeout never fires early (it may fire late on a busy machine).
    expect(performance.now() - began).toBeGreaterThanOrEqual(49);
  });

  it('waits for the promise itself without a limit', async () => {
    let settled = false;
    const later = new Promise<void>((resolve) => setTimeout(() => { settled = true; resolve(); }, 20));
    await waitAtMost(later, undefined);
    expect(settled).toBe(true);
  });
});

describe('secondsLeft', () => {
  it('has nothing to say without a deadline, and never hands a solver zero seconds', () => {
    expect(secondsLeft({ solves: 0, ms: 0 })).toBeUndefined();
    // A deadline already past still leaves a hundredth: HiGHS reads 0 as no time at all.
    expect(secondsLeft({ solves: 0, ms: 0, deadline: performance.now() - 1_000 })).toBe(0.01);
  });
});
