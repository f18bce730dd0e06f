import { describe, expect, it } from 'vitest';
import { cli } from './__fixtures__/cli';
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
      for (const o of ['--catalog <file>', '--json', '--help']) expect(r.stdout).toContain(o);
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
});
