/**
 * Every ```ts block of every package README and every guide, type-checked as
 * a user's project would: each block is its own module in a strict consumer
 * tsconfig (strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess,
 * verbatimModuleSyntax) that resolves `@gmekit/*` through the packages'
 * published `exports` — the built `.d.ts` files, not the TypeScript source.
 * (guides.test.ts runs the same blocks.) Turbo builds the packages before
 * this workspace's tests.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBlocks, docsRoot } from './block-sources';

const work = join(docsRoot, 'test', `.typecheck-${process.pid}`);
const blocks = allBlocks();
let errors = new Map<string, string[]>();

beforeAll(() => {
  for (const pkg of ['model', 'calendar', 'requirements', 'programs', 'store', 'cli']) {
    const types = join(docsRoot, '..', 'packages', pkg, 'dist', 'index.d.ts');
    if (!existsSync(types)) throw new Error(`${types} is missing: build the packages first (npx turbo run build --filter=docs^...)`);
  }
  mkdirSync(work, { recursive: true });
  for (const b of blocks) writeFileSync(join(work, b.file), `${b.code}\nexport {};\n`);
  writeFileSync(
    join(work, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        lib: ['ES2023'],
        module: 'ESNext',
        moduleResolution: 'Bundler',
        moduleDetection: 'force',
        strict: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        noImplicitOverride: true,
        noImplicitReturns: true,
        verbatimModuleSyntax: true,
        isolatedModules: true,
        skipLibCheck: true,
        noEmit: true,
        types: ['node'],
      },
      include: ['*.ts'],
    }),
  );
  const tsc = join(docsRoot, '..', 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(process.execPath, [tsc, '-p', work, '--pretty', 'false'], { cwd: work, encoding: 'utf8', timeout: 240_000 });
  errors = new Map();
  for (const line of r.stdout.split('\n')) {
    const m = /^([^(]+\.ts)\(\d+,\d+\): error/.exec(line);
    if (!m?.[1]) continue;
    const list = errors.get(m[1]) ?? [];
    list.push(line);
    errors.set(m[1], list);
  }
  if (r.status !== 0 && errors.size === 0) throw new Error(`tsc failed without per-file errors:\n${r.stdout}${r.stderr}`);
}, 300_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('code blocks type-check against the built declarations', () => {
  it('finds the blocks of every package README and guide', () => {
    expect(new Set(blocks.map((b) => b.source.split(':')[0])).size).toBeGreaterThan(8);
  });

  it.each(blocks.map((b) => [b.source, b.file] as const))('%s', (_, file) => {
    expect(errors.get(file) ?? []).toEqual([]);
  });
});
