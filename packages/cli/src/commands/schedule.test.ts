import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseICS } from '@gmekit/calendar';
import { openStore } from '@gmekit/store';
import { interventionalRadiology as ir } from '@gmekit/programs';
import { cli, put, scratch } from '../__fixtures__/cli';

// A one-year, twelve-month problem on the embedded IR program with every
// rotation closed except MICU (one place a block) and interventional
// radiology (unlimited). Capacities and the class of two are test inputs.
// By hand: A wishes MICU in blocks 1–3 (2 points each), B in blocks 2–4
// (1 point each); one place a block, so A takes 1–3 (6) and B block 4 (1):
// 7 points, and no other split earns as much.
const MICU = 'ir-micu';
const IR = 'ir-interventional-radiology';
const closed = ir.rotations.filter((r) => r.id !== MICU && r.id !== IR).map((r) => ({ rotationId: r.id, max: 0 }));
const trainee = (id: string, blocks: number[], weight: number, leave: unknown[] = []) => ({
  trainee: { id, name: `Dr. ${id}`, programId: ir.id, startDate: '2026-07-01', pgyAtStart: 2 },
  preferences: [{ rotationId: MICU, blocks, weight }],
  leave,
});
function problem(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'micu-2026',
    program: 'ir',
    calendar: { kind: 'calendar-months', startYear: 2026 },
    trainees: [trainee('A', [1, 2, 3], 2), trainee('B', [2, 3, 4], 1)],
    capacities: [...closed, { rotationId: MICU, max: 1 }],
    ...extra,
  };
}

interface Row {
  traineeId: string;
  blocks: { block: number; kind: string; rotationId: string | null }[];
  preferencePoints: number;
}
const micuBlocks = (row: Row | undefined) => row?.blocks.filter((b) => b.rotationId === MICU).map((b) => b.block) ?? [];

describe('gmekit schedule', () => {
  it('schedules by preference weight, prints the grid and the verification (exit 0)', async () => {
    const dir = scratch();
    put(dir, 'problem.json', problem());
    const r = await cli(['schedule', 'problem.json', '--json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(['file', 'result']);
    expect(doc.result.status).toBe('scheduled');
    expect(doc.result.objective.preferencePoints).toBe(7);
    const rows = doc.result.trainees as Row[];
    expect(micuBlocks(rows.find((t) => t.traineeId === 'A')).slice(0, 3)).toEqual([1, 2, 3]);
    expect(micuBlocks(rows.find((t) => t.traineeId === 'B'))).toContain(4);
    expect(doc.result.blocks[0]).toEqual({ number: 1, start: '2026-07-01', end: '2026-07-31' });
    const text = await cli(['schedule', 'problem.json'], { cwd: dir });
    expect(text.code).toBe(0);
    const lines = text.stdout.split('\n');
    expect(lines[0]).toMatch(/^problem\.json: "micu-2026", 2 trainees × 12 blocks, optimal \(highs: /);
    expect(lines).toContain('Blocks 1–12 (2026-07-01 – 2027-06-30)');
    expect(lines.find((l) => l.startsWith('TRAINEE'))?.split(/\s+/)).toEqual(['TRAINEE', ...Array.from({ length: 12 }, (_, i) => String(i + 1))]);
    // Every IR rotation id starts with "ir-": the grid leaves it out.
    expect(lines.find((l) => l.startsWith('A '))?.split(/\s+/).slice(1, 4)).toEqual(['micu', 'micu', 'micu']);
    expect(lines).toContain('Rotation ids are shown without "ir-".');
    expect(text.stdout).toContain('Objective: 7 preference points, balance spread 0');
    expect(text.stdout).toContain('Verified independently of the solver:');
  });

  it('writes the grid as CSV, and one .ics per trainee with one all-day event per run of blocks', async () => {
    const dir = scratch();
    put(dir, 'problem.json', problem());
    const csv = await cli(['schedule', 'problem.json', '--csv'], { cwd: dir });
    expect(csv.code).toBe(0);
    const [header, a] = csv.stdout.split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['trainee_id', '1 (2026-07-01)', '2 (2026-08-01)']);
    expect(a?.split(',').slice(0, 5)).toEqual(['A', MICU, MICU, MICU, IR]);

    const ics = await cli(['schedule', 'problem.json', '--ics', 'calendars'], { cwd: dir });
    expect(ics.code).toBe(0);
    expect(ics.stdout).toContain('Wrote 2 calendars to calendars: A.ics, B.ics');
    expect(readdirSync(join(dir, 'calendars')).sort()).toEqual(['A.ics', 'B.ics']);
    const parsed = parseICS(readFileSync(join(dir, 'calendars', 'A.ics'), 'utf8'));
    expect(parsed.findings.filter((f) => f.severity === 'error')).toEqual([]);
    // A: MICU July–September (DTEND the first day after, RFC 5545), then IR for the rest of the year.
    const [micu, rest] = parsed.calendar.events;
    expect([micu?.summary, micu?.series.start, micu?.series.end]).toEqual(['Medical intensive care unit (MICU)', { type: 'date', date: '2026-07-01' }, { type: 'date', date: '2026-10-01' }]);
    expect(rest?.summary).toBe('Interventional radiology');
    expect(parsed.calendar.events.at(-1)?.series.end).toEqual({ type: 'date', date: '2027-07-01' });
  });

  it('re-solves with --previous, changing only what the new leave forces', async () => {
    const dir = scratch();
    put(dir, 'problem.json', problem());
    const first = await cli(['schedule', 'problem.json', '--json', '--output', 'published.json'], { cwd: dir });
    expect(first.code).toBe(0);
    // A is now on leave for all of August (block 2): that block changes, nothing else has to.
    const leave = [{ id: 'l1', traineeId: 'A', start: '2026-08-01', end: '2026-08-31', kind: 'medical' }];
    put(dir, 'changed.json', problem({ trainees: [trainee('A', [1, 2, 3], 2, leave), trainee('B', [2, 3, 4], 1)] }));
    const r = await cli(['schedule', 'changed.json', '--previous', 'published.json', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    const { result } = JSON.parse(r.stdout);
    expect(result.objective.changes).toBe(1);
    expect(result.diff).toEqual([{ traineeId: 'A', block: 2, from: MICU, to: null }]);
    // A keeps blocks 1 and 3 (4 points), B keeps block 4 (1 point).
    expect(result.objective.preferencePoints).toBe(5);
    const text = await cli(['schedule', 'changed.json', '--previous', 'published.json'], { cwd: dir });
    expect(text.stdout).toContain(`  A block 2: ${MICU} → (none)`);
  });

  it('explains an infeasible problem and exits 1', async () => {
    const dir = scratch();
    // Two trainees cannot staff a MICU that needs three in block 5.
    put(dir, 'problem.json', problem({ capacities: [...closed, { rotationId: MICU, blocks: [5], min: 3 }] }));
    const r = await cli(['schedule', 'problem.json', '--json'], { cwd: dir });
    expect(r.code).toBe(1);
    const { result } = JSON.parse(r.stdout);
    expect(result.status).toBe('infeasible');
    expect(result.explanation.method).toBe('supply-demand');
    expect(result.explanation.rules[0]).toMatchObject({ relaxBy: 1 });
    expect(r.stderr).toContain(result.explanation.summary);
    const text = await cli(['schedule', 'problem.json'], { cwd: dir });
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/^problem\.json: "micu-2026": no schedule meets every rule \(found by supply against demand\)/);
    expect(text.stdout).toContain(result.explanation.summary);
  });

  it('refuses bad problems and bad options with exit 2, one line, the JSON path, and no file written', async () => {
    const dir = scratch();
    put(dir, 'date.json', problem({ trainees: [{ ...trainee('A', [1], 1), trainee: { id: 'A', name: 'A', programId: ir.id, startDate: 'July', pgyAtStart: 2 } }] }));
    put(dir, 'rotation.json', problem({ capacities: [{ rotationId: 'cardiology', max: 1 }] }));
    put(dir, 'program.json', problem({ program: 'dermatology' }));
    put(dir, 'ok.json', problem());
    put(dir, 'prev.json', { assignments: [{ id: 'x' }] });
    const cases: [string[], RegExp][] = [
      [['schedule', 'date.json'], /^gmekit: date\.json: trainees\[0\]\.trainee\.startDate: /],
      [['schedule', 'rotation.json'], /^gmekit: rotation\.json: capacities\[0\]\.rotationId: .*cardiology/],
      [['schedule', 'program.json'], /^gmekit: program\.json: program: unknown program "dermatology"/],
      [['schedule', 'ok.json', '--previous', 'prev.json'], /^gmekit: prev\.json: assignments\[0\]\.traineeId: /],
      [['schedule', 'ok.json', '--gap', 'one'], /^gmekit: --gap: "one" is not a number above 0/],
      [['schedule', 'ok.json', '--json', '--csv'], /^gmekit: --json, --csv and --ics are alternatives; give one/],
      [['schedule', 'ok.json', '--json', '--output', 'out.json', '--time-limit', '-1'], /^gmekit: --time-limit: /],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(argv, { cwd: dir });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(readdirSync(dir).sort()).toEqual(['date.json', 'ok.json', 'prev.json', 'program.json', 'rotation.json']);
  });

  it('saves the schedule into the store with --db --publish: version 1, published at revision 2', async () => {
    const dir = scratch();
    put(dir, 'problem.json', problem());
    const made = await openStore({ dir: join(dir, 'store'), actor: 'test' });
    await made.close();
    const r = await cli(['schedule', 'problem.json', '--db', 'store', '--publish', '--json'], { cwd: dir });
    // With --json the line that says where it went goes to standard error.
    expect(r.stderr).toBe('Saved in store as schedule "micu-2026" version 1 (published; revision 2).\n');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as { result: { assignments: unknown[]; vacations: unknown[] }; stored: unknown };
    // The first draft of a new schedule is version 1 at revision 1; publishing it bumps the revision to 2.
    expect(doc.stored).toEqual({ db: 'store', scheduleId: 'micu-2026', version: 1, revision: 2, status: 'published' });
    const store = await openStore({ dir: join(dir, 'store'), actor: 'test' });
    try {
      expect(await store.schedules.get('micu-2026')).toMatchObject({ kind: 'block', programId: ir.id, revision: 2, publishedVersion: 1 });
      const content = await store.schedules.content('micu-2026');
      expect(content?.assignments).toEqual(doc.result.assignments);
      expect(content?.leave).toEqual(doc.result.vacations);
    } finally {
      await store.close();
    }
  }, 120_000);
});
