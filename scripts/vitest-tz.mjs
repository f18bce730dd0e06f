#!/usr/bin/env node
// Runs one package's vitest suite once per time zone listed in
// ../shared/REFERENCE.md §4. Host time zone must never change a result, so the
// same assertions have to pass under every one of them. Each run writes a JSON
// report to test-results/ (a turbo output, restored on cache hits) that
// scripts/gate.mjs sums into the final "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const TIME_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Europe/London',
  'Pacific/Auckland',
];

const zones = process.env.GMEKIT_TEST_TZ ? process.env.GMEKIT_TEST_TZ.split(',') : TIME_ZONES;
const outDir = join(process.cwd(), 'test-results');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let failed = false;
for (const tz of zones) {
  const file = join(outDir, `${tz.replaceAll('/', '_')}.json`);
  console.log(`\n── vitest under TZ=${tz}`);
  const result = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`, ...process.argv.slice(2)],
    { stdio: 'inherit', env: { ...process.env, TZ: tz } },
  );
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
