import { LEAST_SECONDS } from '../schedule/counted';

/** What a long span's next window is given, and what it is measured against. */
export interface SpanBudget {
  /** `performance.now()` by which the whole span must be done; `undefined` without a span limit. */
  readonly deadline: number | undefined;
  /** `performance.now()` at the window's start. */
  readonly now: number;
  /** Windows left, this one included. */
  readonly windowsLeft: number;
  /** Milliseconds a window spends outside its search (preparing, building the model, auditing): the last window's, 0 before the first. */
  readonly overheadMs: number;
  /** The per-window cap in seconds (`timeLimitSeconds`), if any. */
  readonly cap: number | undefined;
  /** Whether this is the span's first window, which counts as {@link FIRST_WINDOW_SHARES} windows. */
  readonly first: boolean;
}

/**
 * Shares of the first window. Its HiGHS runs before V8 has optimised the
 * WebAssembly, in the worker and on the main thread alike: its relaxation
 * took 3.1–6 s for 60 residents where the windows after it took 2.6–3.5 s,
 * and its search found less in the same time.
 */
export const FIRST_WINDOW_SHARES = 2;

/**
 * The search limit of a long span's next window: an even share of the time
 * left (the first window two shares), less the time a window spends around
 * its search, and less one such stretch kept back for the join and audit of
 * the whole span at the end. A window that finishes early so leaves its time
 * to the ones after it.
 *
 * @param budget - the span's deadline, the windows left, the overhead measured
 * @returns seconds for the window's search, or `undefined` when there is no limit at all
 * @example
 * // 40 s left for 10 windows, each spending 0.5 s around its search:
 * // (40 − 0.5) / 10 − 0.5 = 3.45 s, and for the first of them (40 − 0.5) · 2 / 11 − 0.5 ≈ 6.68 s.
 * windowSeconds({ deadline: 40_000, now: 0, windowsLeft: 10, overheadMs: 500, cap: undefined, first: false }); // 3.45
 */
export function windowSeconds(budget: SpanBudget): number | undefined {
  const { deadline, now, windowsLeft, overheadMs, cap, first } = budget;
  if (deadline === undefined) return cap;
  const shares = first ? FIRST_WINDOW_SHARES : 1;
  const share = (((deadline - now - overheadMs) * shares) / Math.max(1, windowsLeft - 1 + shares) - overheadMs) / 1000;
  return Math.max(LEAST_SECONDS, cap === undefined ? share : Math.min(cap, share));
}
