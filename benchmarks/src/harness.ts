// A small side-by-side benchmark harness: every peer runs in the same process
// on the same input, interleaved round by round so machine noise hits all of
// them alike, and results are reported as ratios to a baseline.
import { performance } from 'node:perf_hooks';

/** One contender in a comparison. */
export interface Contender {
  readonly name: string;
  /** Runs the work once and returns how many units (occurrences, events, periods) it produced. */
  readonly run: () => number;
}

/** Timing of one contender. */
export interface Timing {
  readonly name: string;
  /** Median milliseconds per run (wall clock). */
  readonly medianMs: number;
  /**
   * Median CPU milliseconds per run (user + system of this process). On a
   * shared, loaded machine wall time includes time other processes took, CPU
   * time does not, so ratios are reported on both.
   */
  readonly medianCpuMs: number;
  /** Units produced per run. */
  readonly units: number;
  /** Units per second at the median. */
  readonly unitsPerSecond: number;
}

/** Runs contenders interleaved for `rounds` rounds after a warm-up and returns median timings. */
export function compare(contenders: readonly Contender[], options: { rounds?: number; warmup?: number; minMs?: number } = {}): Timing[] {
  const rounds = options.rounds ?? 9;
  const warmup = options.warmup ?? 2;
  const minMs = options.minMs ?? 50;
  const samples = contenders.map(() => [] as number[]);
  const cpuSamples = contenders.map(() => [] as number[]);
  const units = contenders.map(() => 0);
  // Repeat each run enough times that one sample lasts at least minMs.
  const reps = contenders.map((c) => {
    const t0 = performance.now();
    c.run();
    const dt = Math.max(performance.now() - t0, 0.01);
    return Math.max(1, Math.ceil(minMs / dt));
  });
  for (let round = 0; round < warmup + rounds; round++) {
    contenders.forEach((c, i) => {
      const n = reps[i] ?? 1;
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      let produced = 0;
      for (let k = 0; k < n; k++) produced = c.run();
      const dt = (performance.now() - t0) / n;
      const cpu = process.cpuUsage(c0);
      if (round >= warmup) {
        samples[i]?.push(dt);
        cpuSamples[i]?.push((cpu.user + cpu.system) / 1000 / n);
      }
      units[i] = produced;
    });
  }
  const median = (xs: readonly number[] | undefined): number => {
    const sorted = [...(xs ?? [])].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
  };
  return contenders.map((c, i) => {
    const medianMs = median(samples[i]);
    const u = units[i] ?? 0;
    return { name: c.name, medianMs, medianCpuMs: median(cpuSamples[i]), units: u, unitsPerSecond: (u / medianMs) * 1000 };
  });
}

/**
 * Formats timings as a table with each contender's speed relative to
 * `baseline` (baseline time / contender time, so 2.00× means twice as fast),
 * on wall time and on CPU time.
 */
export function table(title: string, timings: readonly Timing[], unit: string, baseline?: string): string {
  const base = timings.find((t) => t.name === baseline) ?? timings[0];
  const lines = [
    `\n${title}`,
    `  ${'contender'.padEnd(32)} ${'ms/run'.padStart(10)} ${'CPU ms/run'.padStart(10)} ${(unit + '/s').padStart(16)}   speed vs ${base?.name ?? ''} (wall, CPU)`,
  ];
  for (const t of timings) {
    const ratio = base ? base.medianMs / t.medianMs : 1;
    const cpuRatio = base ? base.medianCpuMs / t.medianCpuMs : 1;
    lines.push(
      `  ${t.name.padEnd(32)} ${t.medianMs.toFixed(3).padStart(10)} ${t.medianCpuMs.toFixed(3).padStart(10)} ${Math.round(t.unitsPerSecond).toLocaleString('en-US').padStart(16)}   ${ratio.toFixed(2).padStart(7)}× ${cpuRatio.toFixed(2).padStart(7)}×`,
    );
  }
  return lines.join('\n');
}

/** Times a single function once (after one warm-up run) in milliseconds. */
export function timeOnce(fn: () => void): number {
  fn();
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}
