#!/usr/bin/env node
// `npm test`: the whole gate. Lint, then typecheck, build, unit tests (under
// every time zone in REFERENCE.md), package checks (publint --strict, attw),
// docs (TypeDoc, warnings as errors) and the consumer test, all through turbo
// so an unchanged tree is served from cache. Ends with "N passed, N failed",
// summed from every package's vitest JSON reports.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const started = Date.now();
const steps = [
  ['lint', 'npx', ['eslint', '--cache', '--cache-location', 'node_modules/.cache/eslint/', '--max-warnings=0', '.']],
  ['turbo', 'npx', ['turbo', 'run', 'typecheck', 'build', 'test', 'check:package', 'docs', 'test:consumer', '--output-logs=new-only']],
];

let failedStep = null;
for (const [name, cmd, args] of steps) {
  console.log(`\n━━ ${name}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  if (r.status !== 0) {
    failedStep = name;
    break;
  }
}

let passed = 0;
let failed = 0;
const roots = ['packages', 'examples'].flatMap((d) => (existsSync(d) ? readdirSync(d).map((n) => join(d, n)) : []));
roots.push('docs');
for (const root of roots) {
  const dir = join(root, 'test-results');
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    try {
      const report = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      passed += report.numPassedTests ?? 0;
      failed += report.numFailedTests ?? 0;
    } catch {
      failed += 1;
    }
  }
}
if (failedStep && failed === 0) failed = 1;
const seconds = ((Date.now() - started) / 1000).toFixed(0);
console.log(`\ngate ${failedStep ? `FAILED at ${failedStep}` : 'ok'} in ${seconds}s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failedStep ? 1 : 0);
