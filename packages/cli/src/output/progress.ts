import type { CliIo } from '../io';

/** A progress indicator for long runs. */
export interface Progress {
  /**
   * Advances the indicator.
   *
   * @param steps - steps done since the last call (default 1)
   */
  tick(steps?: number): void;
  /** Clears the indicator line. */
  done(): void;
}

const QUIET: Progress = { tick: () => undefined, done: () => undefined };

/**
 * A one-line progress indicator on standard error. It draws only when stderr
 * is a terminal, so piped output and logs stay clean; the line is cleared
 * when the work is done, before any result is printed.
 *
 * @param io - where to draw
 * @param label - what is being done, e.g. `auditing 1200 periods`
 * @param total - how many steps, or 0 when the work is one step (shows the label only)
 * @returns the indicator (a no-op when not on a terminal)
 */
export function progress(io: CliIo, label: string, total: number): Progress {
  if (io.isTTY !== true) return QUIET;
  let done = 0;
  let shown = -1;
  io.stderr(`\r${label}…`);
  return {
    tick(steps = 1) {
      if (total <= 0) return;
      done += steps;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shown) return;
      shown = percent;
      io.stderr(`\r${label}… ${percent}% (${Math.min(done, total)}/${total})`);
    },
    done() {
      io.stderr('\r\x1b[2K');
    },
  };
}
