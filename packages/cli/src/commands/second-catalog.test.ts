import { describe, expect, it } from 'vitest';
import { cli, put, withSecondCatalog } from '../__fixtures__/cli';
import { COMMANDS } from './registry';

describe('every command with --catalog', () => {
  it('runs on a second catalog file instead of the embedded one', async () => {
    const { dir } = withSecondCatalog();
    put(dir, 'w.json', { trainees: [{ id: 'r1', name: 'Dr. R', programId: 'fm', startDate: '2026-07-01', pgyAtStart: 2 }], periods: [] });
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
    };
    expect(Object.keys(argv).sort()).toEqual(COMMANDS.map((c) => c.name).sort());
    for (const c of COMMANDS) {
      const r = await cli([...(argv[c.name] ?? []), '--catalog', 'riverside.json', '--json'], { cwd: dir });
      expect(r.stderr, c.name).toBe('');
      expect(r.code, c.name).toBe(0);
      expect(() => JSON.parse(r.stdout) as unknown, c.name).not.toThrow();
    }
  });
});
