#!/usr/bin/env node
// `npm test`: the whole gate. Lint (ESLint, cached), then one turbo run of
// typecheck, build, unit tests (once per time zone in scripts/vitest-tz.mjs),
// package checks (publint --strict, attw), docs (TypeDoc, warnings as errors)
// and the consumer test, so an unchanged tree is served from turbo's cache.
//
// The last line is "N passed, N failed": every unit test counts once per time
// zone it ran under (summed from the vitest JSON reports each test task
// leaves in test-results/, restored by turbo on a cache hit), and every other
// gate step (lint, each package's typecheck, build, package check and docs,
// the consumer test) counts as one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
process.chdir(root);
const started = Date.now();
const TASKS = ['typecheck', 'build', 'test', 'check:package', 'docs', 'test:consumer'];
const rows = []; // { step, ok, note }
let testsPassed = 0;
let testsFailed = 0;

function section(title) {
  console.log(`\n━━ ${title}`);
}

// 0. Chromium for the browser tests: installed when missing if this runs as
// root with apt-get (scripts/ensure-chromium.mjs, shared with .ci/run);
// otherwise a note says what to do, and the browser tests fail naming it.
section('chromium for the browser tests');
spawnSync(process.execPath, [join(root, 'scripts/ensure-chromium.mjs')], { stdio: 'inherit' });

// 1. Lint. The cache lives in node_modules/.cache so a fresh clone starts cold.
section('lint: eslint --cache --max-warnings=0 .');
const lint = spawnSync(
  process.execPath,
  [join(root, 'node_modules/eslint/bin/eslint.js'), '--cache', '--cache-location', 'node_modules/.cache/eslint/', '--max-warnings=0', '.'],
  { stdio: 'inherit' },
);
rows.push({ step: 'lint', ok: lint.status === 0, note: lint.status === 0 ? '' : `eslint exited ${lint.status}` });

// 2. Everything else through turbo. --continue runs every task whose
// dependencies succeeded, so one failure does not hide the others.
section(`turbo run ${TASKS.join(' ')}`);
const turbo = spawnSync(
  process.execPath,
  // One task per core: vitest, tsc, tsup's declaration build and TypeDoc are
  // each CPU-bound, and more at once only thrash a small machine.
  [join(root, 'node_modules/turbo/bin/turbo'), 'run', ...TASKS, '--continue', '--concurrency=100%', '--output-logs=new-only', '--summarize'],
  { stdio: 'inherit' },
);

// The run summary turbo just wrote says which tasks ran, hit the cache,
// failed, or never started because a dependency failed.
const runsDir = join(root, '.turbo/runs');
const newest = existsSync(runsDir)
  ? readdirSync(runsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => ({ f: join(runsDir, f), t: JSON.parse(readFileSync(join(runsDir, f), 'utf8')) }))
      .filter(({ t }) => (t.execution?.startTime ?? 0) >= started)
      .sort((a, b) => b.t.execution.startTime - a.t.execution.startTime)[0]
  : undefined;
if (!newest) {
  rows.push({ step: 'turbo', ok: false, note: `turbo exited ${turbo.status} without a run summary` });
} else {
  for (const task of newest.t.tasks) {
    if (task.command === '<NONEXISTENT>') continue; // transit nodes and packages without the script
    const exit = task.execution?.exitCode;
    const ok = exit === 0;
    const cached = task.cache?.status === 'HIT';
    const note = exit === undefined ? 'not run (a dependency failed)' : ok ? (cached ? 'cached' : '') : `exited ${exit}`;
    if (task.task === 'test') {
      // Count the tests, not the task, when its reports are there.
      const dir = join(root, task.directory, 'test-results');
      let p = 0;
      let f = 0;
      let zones = 0;
      const counts = [];
      if (exit !== undefined && existsSync(dir)) {
        for (const file of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
          zones += 1;
          try {
            const report = JSON.parse(readFileSync(join(dir, file), 'utf8'));
            p += report.numPassedTests ?? 0;
            counts.push(report.numPassedTests ?? 0);
            f += (report.numFailedTests ?? 0) + (report.numRuntimeErrorTestSuites ?? 0);
          } catch {
            f += 1;
          }
        }
      }
      if (!ok && f === 0) f = 1; // crashed before reporting, or never ran
      testsPassed += p;
      testsFailed += f;
      // A package may run some files under one zone only (oneZoneTests in scripts/vitest-tz.mjs): then the count differs by zone.
      const low = Math.min(...counts);
      const high = Math.max(...counts);
      const perZone = zones === 0 ? 'no tests yet' : low === high ? `${low} tests × ${zones} time zones` : `${low}–${high} tests × ${zones} time zones (some under one zone only)`;
      rows.push({ step: task.taskId, ok: ok && f === 0, note: `${ok ? perZone : `${note}; ${p} passed, ${f} failed`}${cached ? ', cached' : ''}`, counted: true });
    } else {
      rows.push({ step: task.taskId, ok, note });
    }
  }
  rmSync(newest.f, { force: true });
}

// 3. Summary.
section('summary');
const width = Math.max(...rows.map((r) => r.step.length));
for (const r of rows) console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.step.padEnd(width)}  ${r.note}`);
const stepRows = rows.filter((r) => !r.counted);
const passed = testsPassed + stepRows.filter((r) => r.ok).length;
const failed = testsFailed + stepRows.filter((r) => !r.ok).length;
const ok = failed === 0 && lint.status === 0 && turbo.status === 0;
console.log(`\ngate ${ok ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(0)}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(ok ? 0 : 1);
