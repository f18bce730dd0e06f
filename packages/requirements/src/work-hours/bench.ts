import { performance } from 'node:perf_hooks';
import { auditWorkHours } from './audit';
import { generateSyntheticPeriods } from './synthetic';

/** Timing of one input size. */
export interface WorkHourBenchRun {
  /** Trainees in the input. */
  readonly trainees: number;
  /** Periods in the input. */
  readonly periods: number;
  /** Median wall-clock milliseconds of one `auditWorkHours` call. */
  readonly medianMs: number;
  /** Median CPU milliseconds (user + system) of one call; steadier than wall time on a shared machine. */
  readonly medianCpuMs: number;
  /** Periods per second at the median wall time. */
  readonly periodsPerSecond: number;
  /** Periods per second at the median CPU time. */
  readonly periodsPerCpuSecond: number;
}

/** What {@link benchWorkHours} measures. */
export interface WorkHourBenchResult {
  /** 1,000 trainees × 365 days (about 300,000 periods). */
  readonly base: WorkHourBenchRun;
  /** Ten times the trainees. */
  readonly tenfold: WorkHourBenchRun;
  /** Tenfold median time over base median time; 10 means linear growth. */
  readonly growth: number;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

function run(trainees: number, rounds: number): WorkHourBenchRun {
  const data = generateSyntheticPeriods({ trainees, days: 365, seed: 1 });
  // Warm the JIT and the zone's day table before timing.
  auditWorkHours(data.periods, data);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    auditWorkHours(data.periods, data);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const medianMs = median(wall);
  const medianCpuMs = median(cpu);
  const periods = data.periods.length;
  return { trainees, periods, medianMs, medianCpuMs, periodsPerSecond: (periods / medianMs) * 1000, periodsPerCpuSecond: (periods / medianCpuMs) * 1000 };
}

/**
 * Benchmarks {@link auditWorkHours} on synthetic data from
 * `generateSyntheticPeriods`: 1,000 trainees × one year (about 300,000
 * periods, target ≥ 2 million periods per second) and ten times that
 * (target: linear growth).
 *
 * @param options - `rounds` timed per size (default 5), `scale` of the large run (default 10)
 * @returns the two timings and the growth ratio
 * @example
 * const { base, tenfold, growth } = benchWorkHours();
 * console.log(`${(base.periodsPerSecond / 1e6).toFixed(2)} M periods/s, ×10 input → ×${growth.toFixed(1)} time`);
 */
export function benchWorkHours(options: { readonly rounds?: number; readonly scale?: number } = {}): WorkHourBenchResult {
  const rounds = options.rounds ?? 5;
  const base = run(1000, rounds);
  const tenfold = run(1000 * (options.scale ?? 10), Math.max(1, Math.ceil(rounds / 2)));
  return { base, tenfold, growth: tenfold.medianMs / base.medianMs };
}
