/**
 * Builds the explorer from the workspace packages' TypeScript source into a
 * cache folder named by a hash of every input, so the seven time-zone runs of
 * the suite build once and a changed source always rebuilds.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
export const appRoot = resolve(here, '..');
const repo = resolve(appRoot, '../..');

function files(dir: string, out: string[] = []): string[] {
  if (!existsSync(dir)) return out;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== 'node_modules' && e.name !== '__fixtures__') files(p, out);
    } else if (!e.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

export async function buildOnce(): Promise<string> {
  const inputs = [
    join(appRoot, 'index.html'),
    join(appRoot, 'vite.config.ts'),
    ...files(join(appRoot, 'src')),
    ...['model', 'calendar', 'requirements', 'programs'].flatMap((p) => files(join(repo, 'packages', p, 'src'))),
  ].sort();
  const hash = createHash('sha256');
  for (const f of inputs) hash.update(f).update(readFileSync(f));
  const key = hash.digest('hex').slice(0, 16);
  const cache = join(repo, 'node_modules', '.cache', 'gmekit-explorer');
  const out = join(cache, key);
  if (existsSync(join(out, 'index.html'))) return out;
  const tmp = `${out}.${process.pid}`;
  process.env.GMEKIT_SOURCE = '1';
  await build({ root: appRoot, configFile: join(appRoot, 'vite.config.ts'), logLevel: 'warn', build: { outDir: tmp, emptyOutDir: true } });
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return out;
}
