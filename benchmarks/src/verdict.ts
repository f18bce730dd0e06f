// How a gmekit-versus-peer ratio is stated against its target: on wall time
// and on CPU time (steadier while other work loads the machine), with the
// shortfall said plainly when a target is missed.
import type { Timing } from './harness';

/** Peer time over gmekit time (2 means gmekit is twice as fast), on wall and CPU time. */
export interface Speedup {
  readonly wall: number;
  readonly cpu: number;
}

/** The speed-up of `mine` over `peer`, or undefined when either was not timed. */
export function speedup(timings: readonly Timing[], mine: string, peer: string): Speedup | undefined {
  const a = timings.find((t) => t.name === mine);
  const b = timings.find((t) => t.name === peer);
  return a && b ? { wall: b.medianMs / a.medianMs, cpu: b.medianCpuMs / a.medianCpuMs } : undefined;
}

/** `3.10× wall, 3.02× CPU (target ≥ 2×: met)`, or the shortfall. */
export function verdict(s: Speedup | undefined, target: number): string {
  if (s === undefined) return 'not measured (the peer gave different results or was not timed)';
  const judge = (r: number): string => (r >= target ? 'met' : `MISSED by ${(target / r).toFixed(2)}×`);
  const wall = judge(s.wall);
  const cpu = judge(s.cpu);
  const outcome = wall === cpu || (wall === 'met') === (cpu === 'met') ? `${cpu} (CPU), ${wall} (wall)` : `${cpu} on CPU time, ${wall} on wall time`;
  return `${s.wall.toFixed(2)}× wall, ${s.cpu.toFixed(2)}× CPU (target ≥ ${target}×: ${outcome})`;
}
