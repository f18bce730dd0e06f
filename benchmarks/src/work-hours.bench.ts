// @gmekit/requirements work-hour audit (issue 6): auditWorkHours on 1,000
// trainees × one academic year of logged periods (about 300,000) in one call,
// then at ten times the input to see whether time grows linearly. Wall and
// CPU time are both reported: CPU time is steadier on a shared machine.
import { auditWorkHours } from '@gmekit/requirements';
import { generateSyntheticPeriods } from '@gmekit/requirements/testing';
import { performance } from 'node:perf_hooks';
import type { SuiteResult } from './suite';

interface Run {
  readonly trainees: number;
  readonly periods: number;
  readonly findings: number;
  readonly medianMs: number;
  readonly medianCpuMs: number;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

function run(trainees: number, rounds: number): Run {
  const data = generateSyntheticPeriods({ trainees, days: 365, seed: 1 });
  const options = { trainees: data.trainees, assignments: data.assignments, leave: data.leave };
  // One untimed call warms the JIT and the zone's day tables.
  const report = auditWorkHours(data.periods, options);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    auditWorkHours(data.periods, options);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { trainees, periods: data.periods.length, findings: report.findings.length, medianMs: median(wall), medianCpuMs: median(cpu) };
}

export function benchWorkHours(): SuiteResult {
  const base = run(1000, 7);
  const tenfold = run(10_000, 3);
  const rate = (r: Run, ms: number): number => (r.periods / ms) * 1000;
  const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');
  const perPeriod = (r: Run, ms: number): number => ms / r.periods;
  const growthWall = perPeriod(tenfold, tenfold.medianMs) / perPeriod(base, base.medianMs);
  const growthCpu = perPeriod(tenfold, tenfold.medianCpuMs) / perPeriod(base, base.medianCpuMs);
  const target = 2_000_000;
  const wallRate = rate(base, base.medianMs);
  const cpuRate = rate(base, base.medianCpuMs);
  const lines = [
    `\nwork hours: auditWorkHours in one call (generateSyntheticPeriods, seed 1, America/Los_Angeles, rotation averaging)`,
    `  ${'input'.padEnd(48)} ${'wall ms'.padStart(9)} ${'CPU ms'.padStart(9)} ${'periods/s (wall)'.padStart(18)} ${'periods/s (CPU)'.padStart(17)}`,
  ];
  for (const r of [base, tenfold]) {
    lines.push(`  ${`${fmt(r.trainees)} trainees × 365 days, ${fmt(r.periods)} periods`.padEnd(48)} ${r.medianMs.toFixed(1).padStart(9)} ${r.medianCpuMs.toFixed(1).padStart(9)} ${fmt(rate(r, r.medianMs)).padStart(18)} ${fmt(rate(r, r.medianCpuMs)).padStart(17)}`);
  }
  lines.push(`  findings at 1×: ${fmt(base.findings)} (a mostly compliant synthetic year)`);
  lines.push(`  1× rate: ${(wallRate / 1e6).toFixed(2)} M periods/s wall, ${(cpuRate / 1e6).toFixed(2)} M/s CPU (target ≥ 2 M/s: ${wallRate >= target ? 'met' : `MISSED by ${(target / wallRate).toFixed(2)}× on wall time`}${wallRate < target && cpuRate >= target ? ', met on CPU time' : ''})`);
  lines.push(`  10× input: time per period ×${growthWall.toFixed(2)} wall, ×${growthCpu.toFixed(2)} CPU of the 1× figure (1.00 = linear growth)`);
  return { text: lines.join('\n'), figures: { base, tenfold, periodsPerSecond: wallRate, periodsPerCpuSecond: cpuRate, perPeriodGrowthWall: growthWall, perPeriodGrowthCpu: growthCpu } };
}
