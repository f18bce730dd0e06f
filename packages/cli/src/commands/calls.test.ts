import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { openStore } from '@gmekit/store';
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

  // A 24 + 4 h in-house call from 07:00 (ends 11:00 the next day), one a night.
  // August: coverage only on the 31st (every other day excepted), r1 alone → r1
  // is on call Aug 31 07:00 → Sept 1 11:00. September 1–3, r1 and r2: Sept 1
  // r1 is still on duty at 07:00 → r2; Sept 2 r2 is post-call → r1; Sept 3 r1
  // is post-call → r2. The averaging window runs Aug 4 – Sept 3 (31 days,
  // 2 calls each): nothing averaged binds.
  const call24 = (id: string, start: string, end: string, ids: readonly string[], except: readonly string[] = []) => ({
    id,
    timeZone: 'America/Los_Angeles',
    start,
    end,
    callTypes: [{ id: 'call24', kind: 'in-house', start: '07:00', hours: 24, transitionHours: 4 }],
    coverage: [{ id: 'ward', callTypeId: 'call24', except }],
    trainees: ids.map((t) => ({ trainee: trainee(t), rotationId: 'wards' })),
  });
  const augustExcept = Array.from({ length: 27 }, (_, i) => `2026-08-${String(i + 4).padStart(2, '0')}`);

  it('carries the previous month over with --previous: whoever was on call its last night is not on call the 1st', async () => {
    const dir = scratch();
    put(dir, 'aug.json', call24('aug', '2026-08-04', '2026-08-31', ['r1'], augustExcept));
    put(dir, 'sep.json', call24('sep', '2026-09-01', '2026-09-03', ['r1', 'r2']));
    const aug = await cli(['calls', 'aug.json', '--json', '--output', 'aug-out.json'], { cwd: dir });
    expect(aug.code).toBe(0);
    const r = await cli(['calls', 'sep.json', '--previous', 'aug-out.json', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { shifts: { date: string; traineeId: string }[]; history?: { start: string } };
    expect(doc.shifts.map((x) => `${x.date} ${x.traineeId}`)).toEqual(['2026-09-01 r2', '2026-09-02 r1', '2026-09-03 r2']);
    expect(doc.history?.start).toBe('2026-08-04');
    const text = await cli(['calls', 'sep.json', '--previous', 'aug-out.json'], { cwd: dir });
    expect(text.stdout).toContain('Carried over the work from 2026-08-04');
    // September re-solved against itself: the same month, its calls kept, August carried over again.
    await cli(['calls', 'sep.json', '--previous', 'aug-out.json', '--json', '--output', 'sep-out.json'], { cwd: dir });
    const again = await cli(['calls', 'sep.json', '--previous', 'sep-out.json', '--json'], { cwd: dir });
    expect(again.code).toBe(0);
    const redo = JSON.parse(again.stdout) as { changes: number; shifts: { date: string; traineeId: string }[]; history?: { start: string } };
    expect(redo.changes).toBe(0);
    expect(redo.history?.start).toBe('2026-08-04');
    expect(redo.shifts.map((x) => `${x.date} ${x.traineeId}`)).toEqual(['2026-09-01 r2', '2026-09-02 r1', '2026-09-03 r2']);
  }, 60_000);

  it('exits 2 for a --previous file that is malformed or of a month neither before nor the same', async () => {
    const dir = scratch();
    put(dir, 'aug.json', call24('aug', '2026-08-04', '2026-08-31', ['r1'], augustExcept));
    const aug = await cli(['calls', 'aug.json', '--json', '--output', 'aug-out.json'], { cwd: dir });
    expect(aug.code).toBe(0);
    const saved = JSON.parse(readFileSync(join(dir, 'aug-out.json'), 'utf8')) as { shifts: { id: string }[] };
    put(dir, 'bad.json', { ...saved, shifts: [{ id: 7 }] });
    put(dir, 'sep.json', call24('sep', '2026-09-01', '2026-09-03', ['r1', 'r2']));
    const bad = await cli(['calls', 'sep.json', '--previous', 'bad.json'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json: shifts[0].id');
    // A schedule for a call the problem does not allow (r2 is not in August's pool).
    put(dir, 'foreign.json', { ...saved, shifts: [{ id: 'ward/2026-08-31/r2' }] });
    const foreign = await cli(['calls', 'sep.json', '--previous', 'foreign.json'], { cwd: dir });
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toContain('foreign.json: shifts[0].id');
    // August 4–31 is followed by a gap before September 2nd.
    put(dir, 'late.json', call24('late', '2026-09-02', '2026-09-03', ['r1', 'r2']));
    const gap = await cli(['calls', 'late.json', '--previous', 'aug-out.json'], { cwd: dir });
    expect(gap.code).toBe(2);
    expect(gap.stderr).toContain('aug-out.json: problem.end: the previous schedule runs 2026-08-04 to 2026-08-31');
  }, 60_000);

  it('saves the calls into the store with --db as a draft, then a published version (exit 2 for a store error)', async () => {
    const dir = scratch();
    put(dir, 'p.json', problem(['a', 'b']));
    const alone = await cli(['calls', 'p.json', '--publish'], { cwd: dir });
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--publish applies with --db only');
    const none = await cli(['calls', 'p.json', '--db', 'store'], { cwd: dir });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--db store: no store there yet');
    // One store, made here; "taken" is a block schedule already.
    const made = await openStore({ dir: join(dir, 'store'), actor: 'test' });
    await made.schedules.saveDraft({ scheduleId: 'taken', kind: 'block', programId: 'im', expectedRevision: 0, content: { assignments: [] } });
    await made.close();
    const draft = await cli(['calls', 'p.json', '--db', 'store', '--json'], { cwd: dir });
    expect(draft.code).toBe(0);
    const doc = JSON.parse(draft.stdout) as { shifts: { coverageId: string; date: string; traineeId: string }[]; stored: unknown };
    // A new schedule: its first draft is version 1 at revision 1.
    expect(doc.stored).toEqual({ db: 'store', scheduleId: 'nights', version: 1, revision: 1, status: 'draft' });
    // Version 2 is a second draft (revision 2), and publishing it is revision 3.
    const published = await cli(['calls', 'p.json', '--db', 'store', '--publish'], { cwd: dir });
    expect(published.code).toBe(0);
    expect(published.stdout).toContain('Saved in store as schedule "nights" version 2 (published; revision 3).');
    put(dir, 'taken.json', { ...problem(['a', 'b']), id: 'taken' });
    const clash = await cli(['calls', 'taken.json', '--db', 'store'], { cwd: dir });
    expect(clash.code).toBe(2);
    expect(clash.stderr).toContain('schedule "taken" is a block schedule there');
    const store = await openStore({ dir: join(dir, 'store'), actor: 'test' });
    try {
      const info = await store.schedules.get('nights');
      expect(info).toMatchObject({ kind: 'call', programId: 'im', revision: 3, publishedVersion: 2 });
      expect(info?.versions.map((v) => v.status)).toEqual(['superseded', 'published']);
      const first = await store.schedules.content('nights', 1);
      expect(first?.calls).toEqual(doc.shifts.map((x) => ({ coverageId: x.coverageId, date: x.date, traineeId: x.traineeId })));
      expect((await store.schedules.content('nights'))?.calls).toHaveLength(7);
    } finally {
      await store.close();
    }
  }, 120_000);
});
