import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '@gmekit/programs';
import { describe, expect, it } from 'vitest';
import { cli, put, scratch } from '../__fixtures__/cli';
import { dbLocation } from '../store/open-db';

const IR = 'kp-lamc-interventional-radiology';
const lee = { id: 'lee', name: 'Dr. Lee', programId: IR, startDate: '2026-07-01', pgyAtStart: 1 };
const shift = (day: string) => ({ traineeId: 'lee', start: `2026-07-${day}T07:00:00-07:00`, end: `2026-07-${day}T19:00:00-07:00`, kind: 'clinical' });
const NO_ENV = {};

describe('gmekit db', () => {
  it('init, import, status and export round-trip through the default .gmekit/db directory', async () => {
    const cwd = scratch();
    const init = await cli(['db', 'init', '--json'], { cwd, env: NO_ENV });
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ db: join('.gmekit', 'db'), dialect: 'pglite', migrated: [1, 2, 3], catalogImported: true });
    expect(existsSync(join(cwd, '.gmekit', 'db', 'PG_VERSION'))).toBe(true);

    // The work-hours JSON input: one trainee, one assignment, three shifts.
    const shifts = [shift('06'), shift('07'), shift('08')];
    put(cwd, 'july.json', { trainees: [lee], assignments: [{ id: 'a1', traineeId: 'lee', rotationId: 'ir-micu', start: '2026-07-01', end: '2026-07-31' }], periods: shifts });
    const imported = await cli(['db', 'import', 'july.json'], { cwd, env: NO_ENV });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe(`july.json: imported 1 trainees, 1 assignments, 3 workPeriods into ${join('.gmekit', 'db')}.\n`);

    // A bad row (an assignment that ends before it starts) refuses the whole file: the new trainee is not written either.
    put(cwd, 'bad.json', { trainees: [{ ...lee, id: 'kim' }], assignments: [{ id: 'a2', traineeId: 'kim', rotationId: 'ir-micu', start: '2026-08-01', end: '2026-07-01' }] });
    const bad = await cli(['db', 'import', 'bad.json', '--json'], { cwd, env: NO_ENV });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('gmekit: bad.json: 1 bad row refused the import (--keep-valid keeps the good rows)\n');
    const badDoc = JSON.parse(bad.stdout) as { committed: boolean; findings: { path: unknown[] }[] };
    expect(badDoc.committed).toBe(false);
    expect(badDoc.findings.map((f) => f.path)).toEqual([['assignments', 0, 'end']]);

    const status = await cli(['db', 'status', '--json'], { cwd, env: NO_ENV });
    expect(status.code).toBe(0);
    // Change log: the catalog import, the trainee, the assignment, the work-period batch.
    expect(JSON.parse(status.stdout)).toMatchObject({
      dialect: 'pglite',
      migrated: [],
      counts: { programs: catalog.programs.length, trainees: 1, assignments: 1, leave: 0, procedures: 0, scholarly: 0, workPeriods: 3, changes: 4 },
    });

    const exported = await cli(['db', 'export', '--output', 'out.json'], { cwd, env: NO_ENV });
    expect(exported.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(cwd, 'out.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(doc)).toEqual(['catalog', 'trainees', 'assignments', 'leave', 'procedures', 'scholarly', 'workPeriods', 'schedules']);
    expect(doc.schedules).toEqual([]);
    expect(doc.catalog).toEqual(catalog);
    expect(doc.trainees).toEqual([lee]);
    expect(doc.workPeriods).toEqual(shifts);

    // The window from 7 July holds two of the three 12-hour days (7 and 8 July): inside every limit.
    const audit = await cli(['work-hours', '--db', join(cwd, '.gmekit', 'db'), '--from', '2026-07-07', '--to', '2026-07-31', '--json'], { env: NO_ENV });
    expect(audit.stderr).toBe('');
    expect(audit.code).toBe(0);
    const report = JSON.parse(audit.stdout) as { file: string; format: string; periods: number; report: { trainees: { traineeId: string; periods: number }[] } };
    expect(report).toMatchObject({ file: join(cwd, '.gmekit', 'db'), format: 'db', periods: 2 });
    expect(report.report.trainees.map((t) => [t.traineeId, t.periods])).toEqual([['lee', 2]]);
  });

  it('exports every schedule version with its status and content, and imports them back into another store', async () => {
    const cwd = scratch();
    expect((await cli(['db', 'init', '--db', 'a'], { cwd, env: NO_ENV })).code).toBe(0);
    const julyCalls = [
      { coverageId: 'ir-call', date: '2026-07-01', traineeId: 'lee' },
      { coverageId: 'ir-call', date: '2026-07-02', traineeId: 'kim' },
    ];
    const swapped = [
      { coverageId: 'ir-call', date: '2026-07-01', traineeId: 'kim' },
      { coverageId: 'ir-call', date: '2026-07-02', traineeId: 'lee' },
    ];
    // Version 1 published, version 2 a later draft (a swap not yet published).
    const schedule = {
      id: 'ir-calls-2026-07',
      kind: 'call',
      programId: IR,
      publishedVersion: 1,
      versions: [
        { version: 1, content: { calls: julyCalls } },
        { version: 2, content: { calls: swapped, note: 'swap 1 and 2 July' } },
      ],
    };
    put(cwd, 'schedules.json', { schedules: [schedule] });
    const imported = await cli(['db', 'import', 'schedules.json', '--db', 'a'], { cwd, env: NO_ENV });
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('schedules.json: imported 1 schedules into a.\n');

    const exported = await cli(['db', 'export', '--db', 'a', '--output', 'a.json'], { cwd, env: NO_ENV });
    expect(exported.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(cwd, 'a.json'), 'utf8')) as { schedules: { versions: { createdAt: string }[] }[] };
    // Two drafts and one publication: revision 3. Without GMEKIT_ACTOR or USER the writer is "gmekit".
    expect(doc.schedules).toEqual([
      {
        id: 'ir-calls-2026-07',
        kind: 'call',
        programId: IR,
        revision: 3,
        publishedVersion: 1,
        versions: [
          { version: 1, status: 'published', createdBy: 'gmekit', createdAt: expect.any(String), content: { assignments: [], leave: [], calls: julyCalls } },
          { version: 2, status: 'draft', createdBy: 'gmekit', createdAt: expect.any(String), content: { assignments: [], leave: [], calls: swapped, note: 'swap 1 and 2 July' } },
        ],
      },
    ]);

    // The whole export into a second store: the same schedules come back (new timestamps).
    expect((await cli(['db', 'init', '--db', 'b'], { cwd, env: NO_ENV })).code).toBe(0);
    const again = await cli(['db', 'import', 'a.json', '--db', 'b', '--json'], { cwd, env: NO_ENV });
    expect(again.code).toBe(0);
    expect((JSON.parse(again.stdout) as { written: Record<string, number> }).written.schedules).toBe(1);
    expect((await cli(['db', 'export', '--db', 'b', '--output', 'b.json'], { cwd, env: NO_ENV })).code).toBe(0);
    const back = JSON.parse(readFileSync(join(cwd, 'b.json'), 'utf8')) as typeof doc;
    const withoutTimes = (d: typeof doc) => d.schedules.map((s) => ({ ...s, versions: s.versions.map((v) => ({ ...v, createdAt: '' })) }));
    expect(withoutTimes(back)).toEqual(withoutTimes(doc));

    // Importing it once more: the schedule is already there, versions out of order, a published version that does not exist.
    const broken = { ...schedule, id: 'broken', publishedVersion: 3, versions: [schedule.versions[1], schedule.versions[0]] };
    put(cwd, 'again.json', { schedules: [schedule, broken] });
    const refused = await cli(['db', 'import', 'again.json', '--db', 'b', '--json'], { cwd, env: NO_ENV });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('gmekit: again.json: 2 bad rows refused the import (--keep-valid keeps the good rows)\n');
    const findings = (JSON.parse(refused.stdout) as { findings: { path: unknown[]; message: string }[] }).findings;
    expect(findings.map((f) => f.path)).toEqual([
      ['schedules', 0, 'id'],
      ['schedules', 1, 'versions', 0, 'version'],
      ['schedules', 1, 'versions', 1, 'version'],
      ['schedules', 1, 'publishedVersion'],
    ]);
    expect(findings[0]?.message).toBe('schedules[0].id: schedule "ir-calls-2026-07" is already in the store; db import adds schedules, it does not replace them');
  });

  it('refuses bad input with one line and exit 2, before opening anything', async () => {
    const cwd = scratch();
    const cases: [string[], string][] = [
      [['db', 'migrate'], 'gmekit: unknown db action "migrate"; one of init, import, export, status'],
      [['db', 'status'], `gmekit: --db ${join('.gmekit', 'db')}: no store there yet; create it with gmekit db init (or pass --db <dir|url>)`],
      [['db', 'import', 'none.json', '--db', 'x'], 'gmekit: none.json: no such file'],
      [['db', 'status', '--keep-valid'], 'gmekit: --keep-valid applies to db import only'],
      [['work-hours', '--db', 'x', '--from', '2026-07-01'], 'gmekit: --db needs the window: --from <date> --to <date>'],
      [['work-hours', 'log.json', '--from', '2026-07-01'], 'gmekit: --from applies with --db only'],
    ];
    put(cwd, 'odd.json', { patients: [] });
    cases.push([['db', 'import', 'odd.json'], 'gmekit: odd.json: unknown key "patients"']);
    for (const [argv, message] of cases) {
      const r = await cli(argv, { cwd, env: NO_ENV });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr.startsWith(message), r.stderr).toBe(true);
    }
    expect(existsSync(join(cwd, '.gmekit'))).toBe(false);
  });

  it('takes GMEKIT_DATABASE_URL when --db is not given, and never prints its password', () => {
    const io = { stdout: () => undefined, stderr: () => undefined, cwd: '/office', env: { GMEKIT_DATABASE_URL: 'postgres://gme:s3cret@db.example.org:5432/gme' } };
    expect(dbLocation(io, undefined)).toEqual({ label: 'postgres://gme:***@db.example.org:5432/gme', target: { url: 'postgres://gme:s3cret@db.example.org:5432/gme' } });
    expect(dbLocation(io, 'data/gme')).toEqual({ label: 'data/gme', target: { dir: join('/office', 'data', 'gme') } });
    expect(dbLocation({ ...io, env: {} }, undefined).target).toEqual({ dir: join('/office', '.gmekit', 'db') });
  });
});
