#!/usr/bin/env node
// What a user of the published packages gets, not what the workspace links:
// `npm pack` every library, install the tarballs into a temporary project
// outside the workspace, then prove `import` (ESM), `require` (CJS), the
// `gmekit` binary, the JSON Schema files and the type declarations (tsc with
// node16 resolution for .mts and .cts, and with bundler resolution) all work.
//
// Only the npm registry is reached (for zod, typescript, @types/node and the
// libraries' third-party dependencies, at the versions the workspace already
// uses, so npm's cache usually serves them). GMEKIT_KEEP_CONSUMER=1 keeps the
// temporary project for inspection.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const started = Date.now();
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const libs = readdirSync(join(root, 'packages'))
  .filter((dir) => existsSync(join(root, 'packages', dir, 'package.json')))
  .map((dir) => ({ dir: join(root, 'packages', dir), pkg: readJson(join(root, 'packages', dir, 'package.json')) }))
  .filter(({ pkg }) => !pkg.private);

const work = mkdtempSync(join(tmpdir(), 'gmekit-consumer-'));
const results = [];

/** Runs a command; on failure prints its output and throws naming `what`. */
function run(what, cmd, args, cwd = work) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) {
    process.stderr.write(r.stdout ?? '');
    process.stderr.write(r.stderr ?? '');
    throw new Error(`${what}: \`${cmd} ${args.join(' ')}\` exited ${r.status ?? r.signal}`);
  }
  return r.stdout;
}
/** Records one named check; a failure is reported, not thrown. */
function check(what, fn) {
  const t0 = Date.now();
  try {
    const detail = fn();
    results.push({ what, ok: true, detail: detail ?? '', ms: Date.now() - t0 });
  } catch (error) {
    results.push({ what, ok: false, detail: error instanceof Error ? error.message : String(error), ms: Date.now() - t0 });
  }
}
/** Runs a command asynchronously and resolves to a check result. */
function checkAsync(what, cmd, args) {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (out += c));
    child.on('close', (code) =>
      done({ what, ok: code === 0, detail: code === 0 ? '' : `exited ${code}\n${out}`, ms: Date.now() - t0 }),
    );
  });
}

let fatal = null;
try {
  for (const { dir, pkg } of libs) {
    if (!existsSync(join(dir, 'dist'))) throw new Error(`${pkg.name} has no dist/: build first (turbo runs this after every library's build)`);
  }
  let t = Date.now();
  const lap = (what) => {
    results.push({ what, ok: true, detail: '', ms: Date.now() - t });
    t = Date.now();
  };

  // One npm process packs every library (each npm start-up costs about 1 s).
  const packed = run('npm pack', 'npm', ['pack', '--silent', '--pack-destination', work, ...libs.flatMap(({ dir }) => ['-w', dir])], root);
  const tarballs = packed
    .trim()
    .split('\n')
    .map((f) => join(work, f.trim()));
  if (tarballs.length !== libs.length) throw new Error(`npm pack made ${tarballs.length} tarballs for ${libs.length} libraries`);
  lap(`npm pack ${libs.length} libraries`);

  const version = (name) => readJson(join(root, 'node_modules', name, 'package.json')).version;
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'gmekit-consumer', private: true, version: '0.0.0' }, null, 2));
  run('install', 'npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--no-package-lock',
    '--prefer-offline',
    '--loglevel=error',
    ...tarballs,
    `zod@${version('zod')}`,
    `typescript@${version('typescript')}`,
    `@types/node@${version('@types/node')}`,
  ]);
  lap('npm install the tarballs, zod, typescript and @types/node');

  // Types first, in the background: the two compilations are independent and
  // each is mostly declaration checking of zod and @types/node. node20 is
  // node16 resolution plus Node 20's require() of ES modules; .mts is checked
  // as ESM and .cts as CJS in one program. CJS needs node20 rather than node16
  // because temporal-polyfill is ESM-only, so the .d.cts files of the
  // Temporal-based libraries import an ES module (see README).
  const names = libs.map(({ pkg }) => pkg.name);
  // Every entry point: the package root and each code subpath in `exports`
  // (`./testing`, `./recurrence`, …), not patterns or package.json.
  const entries = libs.flatMap(({ pkg }) =>
    Object.keys(pkg.exports ?? { '.': null })
      .filter((key) => !key.includes('*') && !key.endsWith('.json'))
      .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`)),
  );
  const touchAll = entries.map((n, i) => `import * as m${i} from ${JSON.stringify(n)};\nexport const k${i}: string[] = Object.keys(m${i});`).join('\n');
  const usage = readFileSync(join(root, 'scripts/consumer/usage.ts'), 'utf8');
  writeFileSync(join(work, 'esm.mts'), `${touchAll}\n${usage}`);
  writeFileSync(join(work, 'cjs.cts'), `${touchAll}\n`);
  writeFileSync(join(work, 'bundler.ts'), `${touchAll}\n${usage}`);
  const tsc = join(work, 'node_modules/typescript/bin/tsc');
  const strict = ['--noEmit', '--strict', '--exactOptionalPropertyTypes', '--noUncheckedIndexedAccess', '--skipLibCheck', 'false', '--types', 'node', '--target', 'es2022', '--lib', 'es2023'];
  const typeChecks = Promise.all([
    checkAsync('types: node16 resolution, .mts as ESM and .cts as CJS', 'node', [tsc, ...strict, '--module', 'node20', '--moduleResolution', 'node16', 'esm.mts', 'cjs.cts']),
    checkAsync('types: bundler resolution', 'node', [tsc, ...strict, '--module', 'esnext', '--moduleResolution', 'bundler', 'bundler.ts']),
  ]);

  // Runtime: the same export names through import() and require().
  for (const name of entries) {
    check(`${name}: import and require`, () => {
      const esm = run(`${name} ESM`, 'node', ['--input-type=module', '-e', `const m = await import(${JSON.stringify(name)}); console.log(Object.keys(m).filter((k) => k !== 'default').sort().join(','))`]).trim();
      const cjs = run(`${name} CJS`, 'node', ['-e', `console.log(Object.keys(require(${JSON.stringify(name)})).sort().join(','))`]).trim();
      if (esm === '') throw new Error('the ESM entry exports nothing');
      if (esm !== cjs) throw new Error(`ESM and CJS export different names:\n  ESM ${esm}\n  CJS ${cjs}`);
      return `${esm.split(',').length} exports`;
    });
  }
  // One zod and one copy of each library: a nested copy would split
  // instanceof checks and schema identity between packages.
  check('one copy of zod and of each @gmekit library', () => {
    const nested = [];
    for (const name of names) {
      const nm = join(work, 'node_modules', name, 'node_modules');
      if (!existsSync(nm)) continue;
      for (const d of readdirSync(nm)) if (d === 'zod' || d === '@gmekit') nested.push(`${name}/node_modules/${d}`);
    }
    if (nested.length > 0) throw new Error(`nested copies: ${nested.join(', ')}`);
  });

  const model = libs.find(({ pkg }) => pkg.name === '@gmekit/model');
  if (model?.pkg.exports?.['./schemas/*.json']) {
    check('@gmekit/model/schemas/*.json', () => {
      const files = readdirSync(join(work, 'node_modules/@gmekit/model/schemas')).filter((f) => f.endsWith('.json'));
      if (files.length === 0) throw new Error('no schema files in the package');
      const spec = JSON.stringify(`@gmekit/model/schemas/${files[0]}`);
      run('schema import', 'node', ['--input-type=module', '-e', `const { default: s } = await import(${spec}, { with: { type: 'json' } }); if (typeof s !== 'object') process.exit(1);`]);
      run('schema require', 'node', ['-e', `if (typeof require(${spec}) !== 'object') process.exit(1);`]);
      return `${files.length} files through import and require`;
    });
  }

  for (const { pkg } of libs) {
    const bins = typeof pkg.bin === 'string' ? { [pkg.name.split('/').at(-1)]: pkg.bin } : (pkg.bin ?? {});
    for (const bin of Object.keys(bins)) {
      check(`${bin} binary`, () => {
        const out = run(`${bin} --version`, join(work, 'node_modules/.bin', bin), ['--version']).trim();
        return `\`${bin} --version\` prints ${out.split('\n')[0]}`;
      });
      // The embedded catalog is read from a snapshot the build writes into
      // dist/ (packages/cli/src/catalog/embedded.ts): it must be in the tarball.
      if (bin === 'gmekit') {
        check('gmekit binary reads the packed embedded catalog', () => {
          if (!existsSync(join(work, 'node_modules/@gmekit/cli/dist/embedded-catalog.json'))) throw new Error('dist/embedded-catalog.json is not in the tarball');
          const doc = JSON.parse(run('gmekit programs --json', join(work, 'node_modules/.bin', bin), ['programs', '--json']));
          if (!Array.isArray(doc.programs) || doc.programs.length === 0) throw new Error('`gmekit programs --json` lists no programs');
          const show = JSON.parse(run('gmekit show --json', join(work, 'node_modules/.bin', bin), ['show', doc.programs[0].id, '--json']));
          if (!Array.isArray(show.gaps)) throw new Error('`gmekit show --json` has no gaps');
          return `\`gmekit programs\` lists ${doc.programs.length} programs; \`gmekit show\` reports ${show.gaps.length} gaps`;
        });
      }
    }
  }

  results.push(...(await typeChecks));
} catch (error) {
  fatal = error instanceof Error ? error.message : String(error);
} finally {
  if (!process.env.GMEKIT_KEEP_CONSUMER) rmSync(work, { recursive: true, force: true });
}

console.log(`\nconsumer test: ${libs.length} packed libraries installed in a temporary project outside the workspace`);
for (const r of results) {
  console.log(`  ${r.ok ? 'ok  ' : 'FAIL'} ${r.what}${r.detail ? ` — ${r.detail}` : ''} (${(r.ms / 1000).toFixed(1)}s)`);
}
if (fatal) console.log(`  FAIL setup — ${fatal}`);
const failed = results.filter((r) => !r.ok).length + (fatal ? 1 : 0);
const passed = results.length - results.filter((r) => !r.ok).length;
const kept = process.env.GMEKIT_KEEP_CONSUMER ? ` (kept ${work})` : '';
console.log(`consumer test: ${passed} checks passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)}s${kept}`);
process.exit(failed > 0 ? 1 : 0);
