/**
 * The docs site the browser check loads: `docs/site` when it is newer than
 * every input (the gate's docs task has just built it), else a build of the
 * current sources into a cache folder named by their hash, so the check never
 * passes on a stale site and the seven time-zone runs build once. The build
 * here does not treat warnings as errors: the docs task is what enforces
 * zero warnings; this check is about what a reader's browser gets.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repo = resolve(docs, '..');

function files(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (!['node_modules', '__fixtures__', 'dist'].includes(e.name)) files(p, out);
    } else if (!e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

function inputs(): string[] {
  const packages = ['model', 'calendar', 'requirements', 'scheduler', 'store', 'programs', 'cli'];
  return [
    ...files(join(docs, 'guides')),
    join(docs, 'typedoc.json'),
    join(repo, 'typedoc.base.json'),
    join(repo, 'README.md'),
    ...packages.flatMap((p) => [
      ...files(join(repo, 'packages', p, 'src')),
      join(repo, 'packages', p, 'README.md'),
      join(repo, 'packages', p, 'typedoc.json'),
      join(repo, 'packages', p, 'package.json'),
    ]),
  ]
    .filter((f) => existsSync(f))
    .sort();
}

export function siteRoot(): string {
  const list = inputs();
  const site = join(docs, 'site');
  const index = join(site, 'index.html');
  const newest = Math.max(...list.map((f) => statSync(f).mtimeMs));
  if (existsSync(index) && statSync(index).mtimeMs >= newest) return site;
  const hash = createHash('sha256');
  for (const f of list) hash.update(f).update(readFileSync(f));
  const out = join(repo, 'node_modules', '.cache', 'gmekit-docs-site', hash.digest('hex').slice(0, 16));
  if (existsSync(join(out, 'index.html'))) return out;
  const tmp = `${out}.${process.pid}`;
  const typedoc = join(repo, 'node_modules', 'typedoc', 'bin', 'typedoc');
  const r = spawnSync(process.execPath, [typedoc, '--out', tmp, '--treatWarningsAsErrors', 'false', '--logLevel', 'Error'], { cwd: docs, encoding: 'utf8', timeout: 300_000 });
  if (r.status !== 0 || !existsSync(join(tmp, 'index.html'))) {
    throw new Error(`typedoc did not build the site (exit ${String(r.status)}):\n${(r.stdout + r.stderr).slice(-3000)}`);
  }
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return out;
}
