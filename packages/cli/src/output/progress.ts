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
 * is a terminal and the run is long enough to matter, so piped output and
 * logs stay clean.
 *
 * @param io - where to draw
 * @param label - what is being done
 * @param total - how many steps
 * @returns the indicator (a no-op when not on a terminal)
 */
export function progress(io: CliIo, label: string, total: number): Progress {
  if (io.isTTY !== true || total < 2) return QUIET;
  let done = 0;
  let shownPercent = -1;
  let drawn = false;
  return {
    tick(steps = 1) {
      done += steps;
      const percent = Math.min(100, Math.floor((done / total) * 100));
      if (percent === shownPercent) return;
      shownPercent = percent;
      drawn = true;
      io.stderr(`\r${label} ${percent}% (${Math.min(done, total)}/${total})`);
    },
    done() {
      if (drawn) io.stderr('\r\x1b[2K');
    },
  };
}
