/**
 * The ```ts blocks the docs tests check: every guide in docs/guides and every
 * package README, each named by file and line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeBlocks } from './code-blocks';

export const docsRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface SourceBlock {
  /** `guides/cli.md:12` or `packages/calendar/README.md:14`. */
  readonly source: string;
  /** Module file name for the block. */
  readonly file: string;
  readonly code: string;
}

function blocksOf(path: string, label: string, prefix: string): SourceBlock[] {
  return codeBlocks(readFileSync(path, 'utf8'))
    .filter((b) => b.lang === 'ts' || b.lang === 'typescript')
    .map((b) => ({ source: `${label}:${b.line}`, file: `${prefix}-L${b.line}.ts`, code: b.code }));
}

/** Guide blocks, guides in name order. */
export function guideBlocks(): SourceBlock[] {
  const dir = join(docsRoot, 'guides');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .flatMap((f) => blocksOf(join(dir, f), `guides/${f}`, f.replace(/\.md$/, '')));
}

/** README blocks of the published packages. */
export function readmeBlocks(): SourceBlock[] {
  const packages = join(docsRoot, '..', 'packages');
  return readdirSync(packages)
    .sort()
    .flatMap((p) => {
      try {
        return blocksOf(join(packages, p, 'README.md'), `packages/${p}/README.md`, `readme-${p}`);
      } catch {
        return [];
      }
    });
}

/** Every block checked. */
export function allBlocks(): SourceBlock[] {
  return [...guideBlocks(), ...readmeBlocks()];
}
