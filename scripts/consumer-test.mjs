#!/usr/bin/env node
// What a user of the published packages gets, not what the workspace links:
// `npm pack` every library, install the tarballs into a temporary project
// outside the workspace, then prove `import` (ESM), `require` (CJS) and the
// type declarations (tsc under node16 and bundler resolution) all work.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const libs = readdirSync(join(root, 'packages')).filter((name) => {
  const pkg = JSON.parse(readFileSync(join(root, 'packages', name, 'package.json'), 'utf8'));
  return !pkg.private;
});
const work = mkdtempSync(join(tmpdir(), 'gmekit-consumer-'));
const run = (cmd, args, cwd = work) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
let checks = 0;
try {
  const tarballs = libs.map((name) => {
    const out = run('npm', ['pack', '--silent', '--pack-destination', work], join(root, 'packages', name)).trim().split('\n').at(-1);
    return join(work, out);
  });
  const zodVersion = JSON.parse(readFileSync(join(root, 'node_modules/zod/package.json'), 'utf8')).version;
  const tsVersion = JSON.parse(readFileSync(join(root, 'node_modules/typescript/package.json'), 'utf8')).version;
  const nodeTypes = JSON.parse(readFileSync(join(root, 'node_modules/@types/node/package.json'), 'utf8')).version;
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', ...tarballs, `zod@${zodVersion}`, `typescript@${tsVersion}`, `@types/node@${nodeTypes}`]);

  const names = libs.map((n) => `@gmekit/${n}`);
  const lines = [];
  for (const name of names) {
    const esm = run('node', ['--input-type=module', '-e', `const m = await import(${JSON.stringify(name)}); console.log(Object.keys(m).length)`]);
    const cjs = run('node', ['-e', `const m = require(${JSON.stringify(name)}); console.log(Object.keys(m).length)`]);
    if (Number(esm) === 0 || Number(esm) !== Number(cjs)) throw new Error(`${name}: ESM exports ${esm.trim()} vs CJS ${cjs.trim()}`);
    lines.push(`${name}: ${esm.trim()} exports through import and require`);
    checks += 2;
  }
  // Types: a consumer file that touches every package must compile in both
  // the ESM (node16 + "type": "module") and the CJS (node16, .cts) worlds.
  const body = names.map((n, i) => `import * as m${i} from ${JSON.stringify(n)};\nexport const k${i}: string[] = Object.keys(m${i});`).join('\n');
  writeFileSync(join(work, 'esm.mts'), body + '\n' + readFileSync(join(root, 'scripts/consumer/usage.ts'), 'utf8'));
  writeFileSync(join(work, 'cjs.cts'), body + '\n');
  for (const moduleResolution of ['node16', 'bundler']) {
    const module = moduleResolution === 'node16' ? 'node16' : 'esnext';
    const files = moduleResolution === 'node16' ? ['esm.mts', 'cjs.cts'] : ['esm.mts'];
    run(join(work, 'node_modules/.bin/tsc'), ['--noEmit', '--strict', '--exactOptionalPropertyTypes', '--skipLibCheck', 'false', '--types', 'node', '--module', module, '--moduleResolution', moduleResolution, '--target', 'es2022', ...files]);
    lines.push(`types compile with moduleResolution ${moduleResolution}`);
    checks += 1;
  }
  console.log(lines.join('\n'));
  console.log(`consumer test: ${checks} checks passed in ${work}`);
} finally {
  if (!process.env.GMEKIT_KEEP_CONSUMER) rmSync(work, { recursive: true, force: true });
}
