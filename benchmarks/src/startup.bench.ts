// @gmekit/cli start-up (issue 14, "instant answers"): how long `gmekit`
// takes to answer its quickest questions, next to a bare `node -e 0`. Each
// run is a fresh process, so the in-process harness (harness.ts) does not
// apply; instead each command is paired with a bare start, the two run back
// to back in alternating order, and the ratio is taken pair by pair, so a
// busy moment of the machine slows both halves of a pair alike.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { SuiteResult } from './suite';

// GMEKIT_BENCH_CLI names another build's bin.js (to measure a version before a change).
const BIN = process.env.GMEKIT_BENCH_CLI ?? fileURLToPath(new URL('../../packages/cli/dist/bin.js', import.meta.url));
const PAIRS = Number(process.env.GMEKIT_BENCH_STARTUP_PAIRS ?? 30);
/** The issue's target: each command within 1.5× a bare node start. */
const TARGET = 1.5;

const COMMANDS: readonly (readonly string[])[] = [['programs'], ['show', 'kp-lamc-interventional-radiology'], ['--help']];

function wallMs(args: readonly string[]): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NODE_OPTIONS: '' } });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${String(r.status)}: ${r.stderr.toString()}`);
  return ms;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** One command against `node -e 0`, pair by pair. */
function pairUp(args: readonly string[]): { bare: number; gmekit: number; ratio: number } {
  const bare: number[] = [];
  const gmekit: number[] = [];
  const ratios: number[] = [];
  // Two warm-up pairs fill the file cache.
  for (let i = 0; i < PAIRS + 2; i++) {
    const first = i % 2 === 0;
    const a = first ? wallMs(['-e', '0']) : Number.NaN;
    const g = wallMs([BIN, ...args]);
    const b = first ? a : wallMs(['-e', '0']);
    if (i < 2) continue;
    bare.push(b);
    gmekit.push(g);
    ratios.push(g / b);
  }
  return { bare: median(bare), gmekit: median(gmekit), ratio: median(ratios) };
}

/** `gmekit programs`, `show` and `--help` against a bare node start. */
export function benchStartup(): SuiteResult {
  if (!existsSync(BIN)) throw new Error(`${BIN} is missing: run npm run build first`);
  const lines = [
    `\ngmekit start-up against a bare \`node -e 0\` (${PAIRS} pairs each, alternating order, fresh processes, wall time; ratio = median of per-pair ratios; target ≤ ${TARGET}×)`,
    `  ${'command'.padEnd(48)} ${'node -e 0'.padStart(10)} ${'gmekit'.padStart(10)}   ratio`,
  ];
  const figures: Record<string, unknown> = {};
  for (const args of COMMANDS) {
    const r = pairUp(args);
    const name = `gmekit ${args.join(' ')}`;
    figures[name] = { bareMs: r.bare, gmekitMs: r.gmekit, ratio: r.ratio };
    lines.push(`  ${name.padEnd(48)} ${`${r.bare.toFixed(1)} ms`.padStart(10)} ${`${r.gmekit.toFixed(1)} ms`.padStart(10)}   ${r.ratio.toFixed(2)}×${r.ratio > TARGET ? ' (over target)' : ''}`);
  }
  return { text: lines.join('\n'), figures };
}
