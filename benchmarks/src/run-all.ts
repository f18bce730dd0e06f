// `npm run bench`: every benchmark, peers side by side in one process.
// Figures are printed and written to benchmarks/results/latest.txt (the
// report) and latest.json (the numbers); they are measurements for the
// package READMEs, never test assertions. `npm run bench -- <suite> …` runs
// only the named suites.
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { benchCalls } from './calls.bench';
import { benchEvaluate } from './evaluate.bench';
import { benchIcs } from './ics.bench';
import { benchModel } from './model.bench';
import { benchRecurrence } from './recurrence.bench';
import { benchScheduler } from './scheduler.bench';
import { staleBuilds } from './stale';
import { benchStartup } from './startup.bench';
import { benchStore } from './store.bench';
import type { SuiteResult } from './suite';
import { benchWorkHours } from './work-hours.bench';

const suites: [string, () => SuiteResult | Promise<SuiteResult>][] = [
  ['model', () => ({ text: benchModel(), figures: {} })],
  ['recurrence', benchRecurrence],
  ['ics', benchIcs],
  ['work-hours', benchWorkHours],
  ['evaluate', benchEvaluate],
  ['scheduler', benchScheduler],
  ['startup', benchStartup],
  ['calls', benchCalls],
  ['store', benchStore],
];
const only = process.argv.slice(2);
const unknown = only.filter((name) => !suites.some(([s]) => s === name));
if (unknown.length > 0) throw new Error(`unknown suite(s) ${unknown.join(', ')}; known: ${suites.map(([s]) => s).join(', ')}`);

const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ');
const machine = `${cpus()[0]?.model.trim() ?? 'unknown CPU'}, ${availableParallelism()} cores`;
const header = [`node ${process.version}, ${machine}, ${new Date().toISOString()}, load average at start ${load()}`];
const fromSource = process.execArgv.some((a) => a.includes('@gmekit/source')) || (process.env.NODE_OPTIONS ?? '').includes('@gmekit/source');
const stale = fromSource ? [] : staleBuilds();
if (fromSource) header.push('measuring the TypeScript source (@gmekit/source condition), not the built packages; bundle sizes still use dist/');
if (stale.length > 0) header.push(`WARNING: built packages older than their source (run npm run build first): ${stale.join(', ')}`);
console.log(header.join('\n'));
const out: string[] = [...header];
const figures: Record<string, unknown> = { node: process.version, machine, date: new Date().toISOString(), loadAtStart: loadavg() };
for (const [name, run] of suites) {
  if (only.length > 0 && !only.includes(name)) continue;
  const result = await run();
  const text = `${result.text}\n  (load average after ${name}: ${load()})`;
  console.log(text);
  out.push(text);
  figures[name] = result.figures;
}
mkdirSync(new URL('../results/', import.meta.url), { recursive: true });
writeFileSync(new URL('../results/latest.txt', import.meta.url), out.join('\n') + '\n');
writeFileSync(new URL('../results/latest.json', import.meta.url), JSON.stringify(figures, null, 2) + '\n');
