import { describe, expect, it } from 'vitest';
import { cli, put, scratch } from './__fixtures__/cli';

// A small seeded generator (mulberry32), so a failure reproduces exactly.
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMANDS = ['programs', 'show', 'timeline', 'conferences', 'check', 'work-hours', 'ics', 'validate', 'schema', 'nope', '--help', ''];
const TOKENS = [
  'ro', 'ir', 'hpm', 'k', 'zzz', '--json', '--help', '--start', '--from', '--to', '--as-of', '2026-07-01', '2026-07-14', '2026-02-30',
  '13/01/2026', '--catalog', 'broken.json', 'missing.json', 'good.csv', 'bad.csv', 'x.ics', '--record', '--leave', '--averaging',
  'rolling-28', 'weekly', '--zone', 'America/Los_Angeles', 'PST', '--output', 'out/x.json', '--reading', 'a.b=c', '--ics', '--pgy', '0',
  '--kind', 'record', '--', '-x', '=', '--start=', 'program', 'trainee-record',
];

describe('any command line', () => {
  it('ends with exit 0, 1 or 2, and exit 2 is one line without a stack trace', async () => {
    const dir = scratch();
    put(dir, 'broken.json', '{"formatVersion": 1,');
    put(dir, 'good.csv', 'trainee_id,start,end,kind\nr1,2026-07-06T07:00:00Z,2026-07-06T17:00:00Z,clinical\n');
    put(dir, 'bad.csv', 'trainee_id,start\n"unterminated\n');
    put(dir, 'x.ics', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20260701T070000Z\r\nRRULE:FREQ=DAILY;COUNT=3\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n');
    const next = random(20261122);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
    for (let i = 0; i < 400; i++) {
      const argv = [pick(COMMANDS), ...Array.from({ length: Math.floor(next() * 6) }, () => pick(TOKENS))].filter((t) => t !== '');
      const r = await cli(argv, { cwd: dir });
      const line = argv.join(' ');
      expect([0, 1, 2], line).toContain(r.code);
      expect(r.stderr, line).not.toMatch(/\n\s+at /);
      expect(r.stderr, line).not.toContain('unexpected error');
      if (r.code === 2) expect(r.stderr.trimEnd().split('\n'), line).toHaveLength(1);
    }
  });
});
