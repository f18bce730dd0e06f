/**
 * Every ```ts block in docs/guides/*.md and in every package README is written to a temporary module
 * inside this workspace (so `@gmekit/*` imports resolve to the packages'
 * TypeScript source through the `@gmekit/source` condition) and run by tsx.
 * Blocks check their own output with `node:assert`, so a guide that no
 * longer matches the code fails here. All blocks run in one tsx process, each
 * imported as its own module; ```sh blocks are not run.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBlocks } from './block-sources';

const docs = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const guidesDir = join(docs, 'guides');
const work = join(docs, 'test', `.blocks-${process.pid}`);

interface Entry {
  readonly guide: string;
  readonly line: number;
  readonly file: string;
  readonly code: string;
}

const guides = readdirSync(guidesDir).filter((f) => f.endsWith('.md')).sort();
const entries: Entry[] = allBlocks().map((b) => ({ guide: b.source.split(':')[0] ?? b.source, line: Number(b.source.split(':')[1]), file: b.file, code: b.code }));

let results = new Map<string, string | null>();

beforeAll(() => {
  mkdirSync(work, { recursive: true });
  for (const e of entries) writeFileSync(join(work, e.file), `${e.code}\nexport {};\n`);
  // Runs each block in order, isolating failures; console output of the
  // blocks goes to stderr so stdout carries only the results.
  writeFileSync(
    join(work, 'run.mts'),
    `const files = ${JSON.stringify(entries.map((e) => e.file))};
const log = console.log;
console.log = (...a) => console.error(...a);
const results = {};
for (const f of files) {
  try { await import('./' + f); results[f] = null; }
  catch (e) { results[f] = (e && e.stack) ? String(e.stack).split('\\n').slice(0, 6).join('\\n') : String(e); }
}
log('@@RESULTS@@' + JSON.stringify(results));
`,
  );
  const tsx = join(docs, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs');
  const r = spawnSync(process.execPath, [tsx, '--conditions=@gmekit/source', join(work, 'run.mts')], { cwd: work, encoding: 'utf8', timeout: 120_000 });
  const line = r.stdout.split('\n').find((l) => l.startsWith('@@RESULTS@@'));
  if (line === undefined) throw new Error(`the guide runner did not finish (exit ${String(r.status)}):\n${r.stderr.slice(-3000)}`);
  results = new Map(Object.entries(JSON.parse(line.slice('@@RESULTS@@'.length)) as Record<string, string | null>));
}, 150_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('guides', () => {
  it('every guide has a title in its front matter, and the guides have runnable blocks', () => {
    for (const guide of guides) {
      const text = readFileSync(join(guidesDir, guide), 'utf8');
      expect(text, guide).toMatch(/^---\r?\ntitle: .+\r?\n(?:[\s\S]*?\r?\n)?---\r?\n/);
    }
    expect(entries.length).toBeGreaterThan(10);
  });

  it.each(entries.map((e) => [`${e.guide}:${e.line}`, e.file] as const))('%s runs and its assertions hold', (_, file) => {
    expect(results.has(file), `${file} was not run`).toBe(true);
    expect(results.get(file) ?? null).toBeNull();
  });
});
