import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './__fixtures__/cli';
import { COMMANDS } from './commands/registry';

describe('gmekit dispatcher', () => {
  it('lists every command in the main help', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`gmekit ${c.usage}`);
  });

  it('prints the help and exits 2 when no command is given', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Usage:');
  });

  it('prints the version', async () => {
    const r = await cli(['--version']);
    expect(r).toEqual({ code: 0, stdout: '0.0.0\n', stderr: '' });
  });

  it('has --help on every command, with the common options', async () => {
    for (const c of COMMANDS) {
      const r = await cli([c.name, '--help']);
      expect(r.code, c.name).toBe(0);
      expect(r.stdout).toContain(`Usage: gmekit ${c.usage}`);
      for (const o of ['--json', '--help']) expect(r.stdout).toContain(o);
      // --catalog is offered only where a catalog is read
      expect(r.stdout.includes('--catalog <file>'), c.name).toBe(c.usesCatalog !== false);
      const viaHelp = await cli(['help', c.name]);
      expect(viaHelp.stdout).toBe(r.stdout);
    }
  });

  it('rejects an unknown command with one line and exit 2', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^gmekit: unknown command "frobnicate"; commands: programs, show, /);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('rejects unknown flags on every command with one line, no stack trace, exit 2', async () => {
    for (const c of COMMANDS) {
      const r = await cli([c.name, '--no-such-flag']);
      expect(r.code, c.name).toBe(2);
      expect(r.stderr).toBe(`gmekit: unknown option "--no-such-flag" (usage: gmekit ${c.usage})\n`);
    }
  });

  it('writes the JSON document with --output, quietly when not on a terminal', async () => {
    const dir = scratch();
    const r = await cli(['programs', '--output', 'p.json'], { cwd: dir });
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readdirSync(dir)).toEqual(['p.json']);
    expect(JSON.parse(readFileSync(join(dir, 'p.json'), 'utf8')).programs).toHaveLength(3);
    const tty = await cli(['programs', '--output', 'q.json'], { cwd: dir, isTTY: true });
    expect(tty.stderr).toBe('wrote q.json\n');
  });

  it('reports an unwritable --output with exit 2 and leaves no file', async () => {
    const dir = scratch();
    const r = await cli(['programs', '--output', 'no/such/dir/p.json'], { cwd: dir });
    expect(r).toEqual({ code: 2, stdout: '', stderr: 'gmekit: no/such/dir/p.json: directory does not exist\n' });
    expect(readdirSync(dir)).toEqual([]);
  });
});
