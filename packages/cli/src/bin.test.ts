import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { put, scratch } from './__fixtures__/cli';

const pkg = dirname(dirname(fileURLToPath(import.meta.url)));
const bin = join(pkg, 'src', 'bin.ts');

function spawnGmekit(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--conditions=@gmekit/source', '--import', 'tsx', bin, ...args],
      { cwd: pkg, env: { ...process.env, NODE_OPTIONS: '' }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

describe('the gmekit binary (end to end)', () => {
  it('runs commands, sets exit codes, writes --output atomically and never prints a stack trace', async () => {
    const dir = scratch();
    const broken = put(dir, 'broken.json', '{\n  "formatVersion": 1,\n  oops\n}');
    const out = join(dir, 'programs.json');
    const failedOut = join(dir, 'show.json');
    const [ok, unknown, bad] = await Promise.all([
      spawnGmekit(['programs', '--json', '--output', out]),
      spawnGmekit(['show', 'cardiology', '--json', '--output', failedOut]),
      spawnGmekit(['validate', broken]),
    ]);
    expect(ok).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(JSON.parse(readFileSync(out, 'utf8')).programs).toHaveLength(3);

    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(/^gmekit: unknown program "cardiology"; valid ids: [^\n]+\n$/);

    expect(bad.code).toBe(2);
    // line 3, column 3: the "o" of oops where a property name should be
    expect(bad.stderr).toMatch(/^gmekit: .*broken\.json:3:3: [^\n]+\n$/);

    // the failed run wrote nothing, not even a temporary file
    expect(readdirSync(dir).sort()).toEqual(['broken.json', 'programs.json']);
  });
});
