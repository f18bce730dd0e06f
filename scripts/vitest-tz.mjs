#!/usr/bin/env node
// Runs one package's vitest suite once per time zone listed in
// ../shared/REFERENCE.md §4. Host time zone must never change a result, so the
// same assertions have to pass under every one of them. Each run writes a JSON
// report to test-results/ (a turbo output, restored on cache hits) that
// scripts/gate.mjs sums into the final "N passed, N failed" line.
//
// GMEKIT_TEST_TZ=UTC,Pacific/Auckland narrows the zones for a quick local run;
// extra arguments go to vitest (e.g. a file filter). A package whose results
// cannot depend on the host zone and whose suite is costly (the MILP solver
// runs of @gmekit/scheduler) may list its zones in its package.json as
// `"gmekit": { "testTimeZones": ["Pacific/Auckland"] }`; the environment
// variable still wins. A package whose suite is mostly zone-bound but has a
// few costly files that are not (a store, a solver behind a CLI command) may
// name them: `"gmekit": { "oneZoneTests": { "zone": "Pacific/Auckland",
// "files": ["src/commands/db.test.ts"] } }` runs those files under that zone
// only (under every zone when the zones asked for do not include it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const TIME_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Europe/London',
  'Pacific/Auckland',
];

// Mirrors `test.include` in vitest.shared.ts: a package with no test files yet
// passes at once instead of paying seven vitest start-ups for nothing.
function hasTests(dir) {
  if (!existsSync(dir)) return false;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && hasTests(join(dir, entry.name))) return true;
    } else if (entry.name.endsWith('.test.ts')) {
      return true;
    }
  }
  return false;
}

const isMain = import.meta.filename === process.argv[1];
if (isMain) {
  const pkgFile = join(process.cwd(), 'package.json');
  const settings = existsSync(pkgFile) ? (JSON.parse(readFileSync(pkgFile, 'utf8')).gmekit ?? {}) : {};
  const own = settings.testTimeZones;
  const oneZone = settings.oneZoneTests;
  const zones = process.env.GMEKIT_TEST_TZ ? process.env.GMEKIT_TEST_TZ.split(',') : Array.isArray(own) && own.length > 0 ? own : TIME_ZONES;
  const outDir = join(process.cwd(), 'test-results');
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });

  if (!['src', 'test'].some((d) => hasTests(join(process.cwd(), d)))) {
    console.log('no *.test.ts files under src/ or test/ yet: nothing to run');
    process.exit(0);
  }

  // Run vitest's own entry with this node: no npx lookup per zone.
  const vitestPkg = createRequire(join(process.cwd(), 'package.json')).resolve('vitest/package.json');
  const vitest = join(dirname(vitestPkg), 'vitest.mjs');
  const failedZones = [];
  for (const tz of zones) {
    const file = join(outDir, `${tz.replaceAll('/', '_')}.json`);
    const skip = oneZone !== undefined && zones.includes(oneZone.zone) && tz !== oneZone.zone ? oneZone.files.flatMap((f) => ['--exclude', f]) : [];
    console.log(`\n── vitest under TZ=${tz}`);
    const result = spawnSync(
      process.execPath,
      [vitest, 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${file}`, ...skip, ...process.argv.slice(2)],
      {
        stdio: 'inherit',
        // The shared config is imported extension-less from each package's
        // vitest.config.ts (tsc forbids `.ts` specifiers); Vite's bundled
        // config loader handles that, so its notice about the native loader
        // is noise here.
        env: { ...process.env, TZ: tz, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      },
    );
    if (result.status !== 0) failedZones.push(tz);
  }
  if (failedZones.length > 0) {
    console.error(`\nvitest failed under ${failedZones.join(', ')}`);
    process.exit(1);
  }
}
