import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratch } from '../__fixtures__/cli';
import { writeFileAtomic } from './atomic';

describe('writeFileAtomic', () => {
  it('replaces the target and leaves no temporary file', () => {
    const dir = scratch();
    const target = join(dir, 'out.json');
    writeFileSync(target, 'old');
    writeFileAtomic(target, 'new', 'out.json');
    expect(readFileSync(target, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('fails with a one-line message and writes nothing when the directory is missing', () => {
    const dir = scratch();
    const target = join(dir, 'missing', 'out.json');
    expect(() => { writeFileAtomic(target, 'x', 'missing/out.json'); }).toThrow('missing/out.json: directory does not exist');
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the old target intact when the rename fails', () => {
    const dir = scratch();
    const target = join(dir, 'taken');
    // a directory where the file should go makes the rename fail
    writeFileSync(join(dir, 'keep.txt'), 'keep');
    const sub = join(dir, 'taken');
    mkdirSync(sub);
    writeFileSync(join(sub, 'inner'), 'x');
    expect(() => { writeFileAtomic(target, 'x', 'taken'); }).toThrow(/^taken: /);
    expect(readdirSync(dir).sort()).toEqual(['keep.txt', 'taken']);
  });
});
