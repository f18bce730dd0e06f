import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, put, scratch } from '../__fixtures__/cli';

// A week of night float (an illustrative input, not a program's): 7 nights
// of 19:00–07:00 in Los Angeles; one resident cannot work all 7 (one day in seven free).
const trainee = (id: string) => ({ id, name: `Resident ${id}`, programId: 'im', startDate: '2026-07-01', pgyAtStart: 2 });
const problem = (ids: readonly string[]) => ({
  id: 'nights',
  timeZone: 'America/Los_Angeles',
  start: '2026-08-03',
  end: '2026-08-09',
  callTypes: [{ id: 'nf', kind: 'night-float' }],
  coverage: [{ id: 'nights', callTypeId: 'nf' }],
  trainees: ids.map((id) => ({ trainee: trainee(id), rotationId: 'night-float' })),
  rules: { nightFloatMaxConsecutive: 6 },
});

describe('gmekit calls', () => {
  it('prints a schedule, its JSON, a CSV and one .ics per trainee (exit 0)', async () => {
    const dir = scratch();
    put(dir, 'p.json', problem(['a', 'b']));
    const text = await cli(['calls', 'p.json'], { cwd: dir });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('p.json: 7 calls, 2026-08-03 to 2026-08-09');
    const json = await cli(['calls', 'p.json', '--json', '--output', 'out.json'], { cwd: dir });
    expect(json.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { status: string; shifts: { date: string }[] };
    expect(doc.status).toBe('scheduled');
    expect(doc.shifts).toHaveLength(7);
    const csv = await cli(['calls', 'p.json', '--csv'], { cwd: dir });
    const lines = csv.stdout.split('\r\n');
    expect(lines[0]).toBe('date,shift,trainee');
    expect(lines).toHaveLength(9); // header, 7 nights, and the empty string after the last CRLF
    mkdirSync(join(dir, 'ics'));
    const ics = await cli(['calls', 'p.json', '--ics', 'ics'], { cwd: dir });
    expect(ics.code).toBe(0);
    expect(readdirSync(join(dir, 'ics')).filter((f) => f.endsWith('.ics')).sort()).toEqual(['a.ics', 'b.ics']);
    expect(readFileSync(join(dir, 'ics', 'a.ics'), 'utf8')).toContain('TZID:America/Los_Angeles');
  }, 60_000);

  it('keeps a --previous schedule and lists swaps from a saved schedule', async () => {
    const dir = scratch();
    put(dir, 'p.json', problem(['a', 'b']));
    await cli(['calls', 'p.json', '--json', '--output', 's.json'], { cwd: dir });
    const again = await cli(['calls', 'p.json', '--previous', 's.json', '--json'], { cwd: dir });
    expect((JSON.parse(again.stdout) as { changes: number }).changes).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, 's.json'), 'utf8')) as { shifts: { id: string }[] };
    const id = saved.shifts[0]?.id ?? '';
    const swap = await cli(['calls', 'swap', 's.json', '--shift', id, '--json'], { cwd: dir });
    expect(swap.code).toBe(0);
    const list = JSON.parse(swap.stdout) as { candidates: { traineeId: string }[]; refused: { traineeId: string }[] };
    expect(list.candidates.length + list.refused.length).toBe(1);
    const missing = await cli(['calls', 'swap', 's.json', '--shift', 'nights/2026-08-03/zz'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no call "nights/2026-08-03/zz"');
  }, 60_000);

  it('exits 1 with the explanation when one resident cannot cover the nights, writing nothing', async () => {
    const dir = scratch();
    put(dir, 'p.json', problem(['a']));
    const r = await cli(['calls', 'p.json', '--csv'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('No schedule covers every shift');
    mkdirSync(join(dir, 'ics'));
    const ics = await cli(['calls', 'p.json', '--ics', 'ics'], { cwd: dir });
    expect(ics.code).toBe(1);
    expect(readdirSync(join(dir, 'ics'))).toEqual([]);
  }, 60_000);

  it('exits 2 naming the JSON path of bad input, and leaves no output file', async () => {
    const dir = scratch();
    put(dir, 'bad.json', { ...problem(['a', 'b']), coverage: [{ id: 'nights', callTypeId: 'nf', count: 0 }] });
    const r = await cli(['calls', 'bad.json', '--json', '--output', 'out.json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('bad.json: coverage[0].count');
    expect(existsSync(join(dir, 'out.json'))).toBe(false);
    put(dir, 'ref.json', { ...problem(['a', 'b']), coverage: [{ id: 'nights', callTypeId: 'nope' }] });
    const ref = await cli(['calls', 'ref.json'], { cwd: dir });
    expect(ref.code).toBe(2);
    expect(ref.stderr).toContain('ref.json: coverage[0].callTypeId: unknown call type "nope"');
  });
});
