import { describe, expect, it } from 'vitest';
import { cli, put, scratch } from '../__fixtures__/cli';
import { progress } from './progress';

describe('progress', () => {
  it('draws on a terminal and clears its line when done', () => {
    let err = '';
    const p = progress({ stdout: () => undefined, stderr: (t) => (err += t), isTTY: true }, 'reading', 4);
    p.tick();
    p.tick(3);
    p.done();
    expect(err).toBe('\rreading…\rreading… 25% (1/4)\rreading… 100% (4/4)\r\x1b[2K');
  });

  it('stays silent when stderr is not a terminal', () => {
    let err = '';
    const p = progress({ stdout: () => undefined, stderr: (t) => (err += t), isTTY: false }, 'reading', 4);
    p.tick();
    p.done();
    expect(err).toBe('');
  });

  it('shows work-hours progress on a TTY only, never on stdout', async () => {
    const dir = scratch();
    put(dir, 'w.json', { trainees: [], periods: [] });
    const tty = await cli(['work-hours', 'w.json', '--json'], { cwd: dir, isTTY: true });
    expect(tty.stderr).toContain('auditing 0 work periods…');
    expect(() => JSON.parse(tty.stdout) as unknown).not.toThrow();
    const piped = await cli(['work-hours', 'w.json', '--json'], { cwd: dir, isTTY: false });
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe(tty.stdout);
  });
});
