import { describe, expect, it } from 'vitest';
import { cli, put, withSecondCatalog } from '../__fixtures__/cli';
import { COMMANDS } from './registry';

describe('every command with --catalog', () => {
  it('runs on a second catalog file instead of the embedded one', async () => {
    const { dir } = withSecondCatalog();
    put(dir, 'w.json', { trainees: [{ id: 'r1', name: 'Dr. R', programId: 'fm', startDate: '2026-07-01', pgyAtStart: 2 }], periods: [] });
    put(dir, 'p.json', { id: 'fm-year', program: 'fm', calendar: { kind: 'calendar-months', startYear: 2026 }, trainees: [{ trainee: { id: 'r1', name: 'Dr. R', programId: 'fm', startDate: '2026-07-01', pgyAtStart: 1 } }] });
    put(dir, 'empty.ics', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n');
    const argv: Record<string, string[]> = {
      programs: ['programs'],
      show: ['show', 'fm'],
      timeline: ['timeline', 'fm', '--start', '2026-07-01'],
      conferences: ['conferences', 'fm', '--from', '2026-07-01', '--to', '2026-07-31', '--reading', 'journal.startTime=18:00', '--reading', 'journal.durationMinutes=60'],
      check: ['check', 'fm'],
      'work-hours': ['work-hours', 'w.json'],
      ics: ['ics', 'empty.ics'],
      validate: ['validate', 'riverside.json'],
      schema: ['schema', 'catalog'],
      calls: ['calls', 'p.json'],
      schedule: ['schedule', 'p.json'],
      // A new store takes the given catalog; the second run finds it stored.
      db: ['db', 'init', '--db', 'store'],
    };
    expect(Object.keys(argv).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const c of COMMANDS.filter((command) => command.usesCatalog !== false)) {
      const [name = '', ...rest] = argv[c.name] ?? [];
      for (const line of [[name, ...rest, '--catalog', 'riverside.json', '--json'], ['--catalog', 'riverside.json', name, ...rest, '--json']]) {
        const r = await cli(line, { cwd: dir });
        expect(r.code, line.join(' ')).toBe(0);
        expect(() => JSON.parse(r.stdout) as unknown, c.name).not.toThrow();
      }
    }
  });

  it('is not offered where it means nothing, before or after the command', async () => {
    const { dir } = withSecondCatalog();
    put(dir, 'empty.ics', 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n');
    const before = await cli(['--catalog', 'riverside.json', 'schema', 'catalog'], { cwd: dir });
    expect(before.code).toBe(2);
    expect(before.stderr).toMatch(/^gmekit: schema does not read a catalog, so --catalog does not apply to it/);
    const after = await cli(['ics', 'empty.ics', '--catalog', 'riverside.json'], { cwd: dir });
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/^gmekit: unknown option "--catalog"/);
    expect((await cli(['--catalog'], { cwd: dir })).stderr).toMatch(/^gmekit: --catalog needs a file name/);
  });
});
