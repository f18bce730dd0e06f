import { catalog } from '@gmekit/programs';
import { auditWorkHours } from '@gmekit/requirements';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Fresh } from '../test/dialects';
import type { Store } from './connection/open';
import { ScheduleConflictError, type StoreError } from './errors';

const IR = 'kp-lamc-interventional-radiology';
const trainee = (id: string) => ({ id, name: `Dr. ${id}`, programId: IR, startDate: '2026-07-01', pgyAtStart: 1 });

describe.each(BACKENDS)('store on $name', (backend) => {
  let fresh: Fresh;
  let store: Store;
  beforeAll(async () => {
    fresh = await backend.fresh();
    store = await fresh.open('coordinator@example.org');
  });
  afterAll(async () => {
    await store.close();
    await fresh.dispose();
  });

  it('imports the reference catalog and exports it unchanged', async () => {
    const result = await store.catalog.import(catalog);
    expect(result).toEqual({ ok: true, written: 1 + catalog.sites.length + catalog.programs.length, findings: [] });
    expect(await store.catalog.export()).toEqual(catalog);
    expect((await store.catalog.program(IR))?.id).toBe(IR);
  });

  it('refuses an invalid catalog whole and keeps the stored one', async () => {
    const bad = { ...catalog, programs: [{ ...catalog.programs[0], id: '' }] };
    const result = await store.catalog.import(bad);
    expect(result.ok).toBe(false);
    expect(result.findings[0]?.path).toEqual(['programs', 0, 'id']);
    expect(await store.catalog.export()).toEqual(catalog);
  });

  it('rejects a batch with bad rows by default: findings name each row, no row reaches the table', async () => {
    await store.trainees.put([trainee('bt-1')]);
    const rows = [
      { id: 'bt-a1', traineeId: 'bt-1', rotationId: 'ir-micu', start: '2026-07-01', end: '2026-07-28' },
      { id: 'bt-a2', traineeId: 'bt-1', rotationId: 'ir-micu', start: '2026-08-01', end: '2026-07-01' },
      { id: 'bt-a3', traineeId: 'nobody', rotationId: 'ir-micu', start: '2026-08-01', end: '2026-08-28' },
      { id: 'bt-a1', traineeId: 'bt-1', rotationId: 'ir-micu', start: '2026-09-01', end: '2026-09-28' },
    ];
    const rejected = await store.assignments.put(rows);
    expect(rejected.ok).toBe(false);
    expect(rejected.written).toBe(0);
    expect(rejected.findings.map((f) => [f.code, f.path])).toEqual([
      ['store/invalid-row', [1, 'end']],
      ['store/unknown-trainee', [2, 'traineeId']],
      ['store/duplicate-id', [3]],
    ]);
    expect(await store.assignments.list({ traineeIds: ['bt-1'] })).toEqual([]);

    const kept = await store.assignments.put(rows, { onInvalid: 'keep-valid' });
    expect(kept.ok).toBe(false);
    expect(kept.written).toBe(1);
    expect(await store.assignments.list({ traineeIds: ['bt-1'] })).toEqual([rows[0]]);
  });

  it('reports text PostgreSQL cannot store instead of failing in the driver', async () => {
    const result = await store.trainees.put([{ ...trainee('nul-1'), name: 'Dr.\u0000Null' }]);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['store/unstorable-text', [0, 'name']]]);
    expect(await store.trainees.get('nul-1')).toBeUndefined();
  });

  it('rejects work periods that end before they start', async () => {
    await store.trainees.put([trainee('wp-bad')]);
    const result = await store.workPeriods.insert([
      { traineeId: 'wp-bad', start: '2026-07-01T07:00:00-07:00', end: '2026-07-01T19:00:00-07:00', kind: 'clinical' },
      { traineeId: 'wp-bad', start: '2026-07-02T07:00:00-07:00', end: '2026-07-02T06:00:00-07:00', kind: 'clinical' },
    ]);
    expect(result.findings.map((f) => f.path)).toEqual([[1]]);
    expect(await store.workPeriods.list({ traineeIds: ['wp-bad'] })).toEqual([]);
  });

  it('rolls a whole transaction back when it throws', async () => {
    const error = await store
      .transaction(async (s) => {
        await s.trainees.put([trainee('tx-1')]);
        throw new Error('changed my mind');
      })
      .catch((e: unknown) => e);
    expect((error as Error).message).toBe('changed my mind');
    expect(await store.trainees.get('tx-1')).toBeUndefined();
  });

  it('keeps SQL injection attempts inert: they are data, never statements', async () => {
    const evil = ["'); drop table trainees; --", "x' or '1'='1", 'Robert"; delete from change_log; --', '$1 $$ \\'];
    const rows = evil.map((name, i) => ({ ...trainee(`inj-${i}`), name }));
    expect((await store.trainees.put(rows)).ok).toBe(true);
    expect((await store.trainees.list({ traineeIds: rows.map((r) => r.id) })).map((t) => t.name)).toEqual(evil);
    expect(await store.trainees.get("inj-0' or '1'='1")).toBeUndefined();
    expect(await store.trainees.list({ traineeIds: ["' or 1=1 --"] })).toEqual([]);
    expect(await store.queries.traineeSubject("x'; drop table trainees; --", '2027-01-01')).toBeUndefined();
    expect(await store.changes.list({ entity: "trainee' or '1'='1" })).toEqual([]);
    const bad = await store.assignments.put([{ id: "a'; drop table assignments; --", traineeId: 'inj-0', rotationId: 'x', start: '2026-07-01', end: '2026-07-02' }]);
    expect(bad.findings[0]?.path).toEqual([0, 'id']);
    const tables = await fresh.raw(`select count(*)::int as n from information_schema.tables where table_schema = 'public'`);
    expect(tables).toEqual([{ n: 13 }]);
    expect((await store.trainees.get('inj-1'))?.name).toBe("x' or '1'='1");
  });

  it('refuses a stale schedule writer with a conflict, never a silent overwrite', async () => {
    const draft = { assignments: [{ id: 's1', traineeId: 'bt-1', rotationId: 'ir-micu', start: '2026-07-01', end: '2026-07-28' }] };
    const first = await store.schedules.saveDraft({ scheduleId: 'ir-2026', kind: 'block', programId: IR, expectedRevision: 0, content: draft });
    expect(first).toEqual({ revision: 1, version: 1 });
    // Two coordinators read revision 1; A publishes first.
    expect(await store.schedules.publish('ir-2026', 1, 1)).toEqual({ revision: 2 });
    const stale = await store.schedules.publish('ir-2026', 1, 1).catch((e: unknown) => e);
    expect(stale).toBeInstanceOf(ScheduleConflictError);
    expect(stale).toMatchObject({ code: 'store/conflict', expectedRevision: 1, actualRevision: 2 });
    const staleDraft = await store.schedules.saveDraft({ scheduleId: 'ir-2026', kind: 'block', programId: IR, expectedRevision: 1, content: { assignments: [] } }).catch((e: unknown) => e);
    expect(staleDraft).toBeInstanceOf(ScheduleConflictError);
    const recreate = await store.schedules.saveDraft({ scheduleId: 'ir-2026', kind: 'block', programId: IR, expectedRevision: 0, content: {} }).catch((e: unknown) => e);
    expect(recreate).toBeInstanceOf(ScheduleConflictError);

    expect(await store.schedules.saveDraft({ scheduleId: 'ir-2026', kind: 'block', programId: IR, expectedRevision: 2, content: { assignments: [], note: 'v2' } })).toEqual({ revision: 3, version: 2 });
    expect(await store.schedules.publish('ir-2026', 2, 3)).toEqual({ revision: 4 });
    const info = await store.schedules.get('ir-2026');
    expect(info?.versions.map((v) => [v.version, v.status, v.createdBy])).toEqual([
      [1, 'superseded', 'coordinator@example.org'],
      [2, 'published', 'coordinator@example.org'],
    ]);
    expect(await store.schedules.content('ir-2026')).toEqual({ assignments: [], leave: [], calls: [], note: 'v2' });
    expect(await store.schedules.content('ir-2026', 1)).toEqual({ ...draft, leave: [], calls: [] });
    const invalid = await store.schedules.saveDraft({ scheduleId: 'ir-2026', kind: 'block', programId: IR, expectedRevision: 4, content: { calls: [{ coverageId: 'c', date: '2026-02-30', traineeId: 'bt-1' }] } }).catch((e: unknown) => e);
    expect((invalid as StoreError).findings[0]?.path).toEqual(['calls', 0, 'date']);
    expect((await store.schedules.get('ir-2026'))?.revision).toBe(4);
  });

  it('lists schedule heads ordered by id, narrowed by program and kind', async () => {
    // Saved out of id order: list() sorts by id, not by when a schedule was made.
    await store.schedules.saveDraft({ scheduleId: 'ls-c', kind: 'call', programId: IR, expectedRevision: 0, content: { calls: [{ coverageId: 'ir-call', date: '2026-07-01', traineeId: 'bt-1' }] } });
    await store.schedules.saveDraft({ scheduleId: 'ls-a', kind: 'block', programId: 'other-program', expectedRevision: 0, content: {} });
    await store.schedules.publish('ls-c', 1, 1);
    const all = await store.schedules.list();
    // ir-2026 comes from the conflict test above: two versions, the second published.
    expect(all.map((s) => [s.id, s.kind, s.programId, s.revision, s.publishedVersion, s.versions.map((v) => v.status)])).toEqual([
      ['ir-2026', 'block', IR, 4, 2, ['superseded', 'published']],
      ['ls-a', 'block', 'other-program', 1, null, ['draft']],
      ['ls-c', 'call', IR, 2, 1, ['published']],
    ]);
    expect(all[0]).toEqual(await store.schedules.get('ir-2026'));
    expect((await store.schedules.list({ programId: IR })).map((s) => s.id)).toEqual(['ir-2026', 'ls-c']);
    expect((await store.schedules.list({ kind: 'block' })).map((s) => s.id)).toEqual(['ir-2026', 'ls-a']);
    expect((await store.schedules.list({ programId: IR, kind: 'call' })).map((s) => s.id)).toEqual(['ls-c']);
    expect(await store.schedules.list({ programId: 'nobody' })).toEqual([]);
  });

  it('keeps an append-only change log of who wrote what, which the database refuses to rewrite', async () => {
    const entries = await store.changes.list({ entity: 'schedule', entityId: 'ir-2026' });
    expect(entries.map((e) => [e.action, e.actor, e.detail])).toEqual([
      ['draft', 'coordinator@example.org', { version: 1, revision: 1 }],
      ['publish', 'coordinator@example.org', { version: 1, revision: 2 }],
      ['draft', 'coordinator@example.org', { version: 2, revision: 3 }],
      ['publish', 'coordinator@example.org', { version: 2, revision: 4 }],
    ]);
    const trainees = await store.changes.list({ entity: 'trainee', entityId: 'bt-1' });
    expect(trainees.map((e) => e.detail)).toEqual([trainee('bt-1')]);
    await expect(fresh.raw(`update change_log set actor = 'someone else'`)).rejects.toThrow(/append-only/);
    await expect(fresh.raw(`delete from change_log`)).rejects.toThrow(/append-only/);
  });

  it('assembles a trainee record as of a date, with the program', async () => {
    await store.trainees.put([trainee('rec-1')]);
    await store.assignments.put([
      { id: 'rec-a1', traineeId: 'rec-1', rotationId: 'ir-micu', start: '2026-07-01', end: '2026-07-31' },
      { id: 'rec-a2', traineeId: 'rec-1', rotationId: 'ir-micu', start: '2026-08-01', end: '2026-08-31' },
    ]);
    await store.procedures.put([
      { id: 'rec-p1', traineeId: 'rec-1', date: '2026-07-15', category: 'aortic-repair', role: 'assistant' },
      { id: 'rec-p2', traineeId: 'rec-1', date: '2026-08-02', category: 'aortic-repair', role: 'primary', count: 2 },
    ]);
    // Local day of the start as written: 23:30 on July 31 in Los Angeles is still July 31.
    await store.workPeriods.insert([
      { traineeId: 'rec-1', start: '2026-07-31T23:30:00-07:00[America/Los_Angeles]', end: '2026-08-01T06:00:00-07:00', kind: 'in-house-call' },
      { traineeId: 'rec-1', start: '2026-08-01T07:00:00-07:00', end: '2026-08-01T17:00:00-07:00', kind: 'clinical' },
    ]);
    const subject = await store.queries.traineeSubject('rec-1', '2026-07-31');
    expect(subject?.program?.id).toBe(IR);
    expect(subject?.record.assignments.map((a) => a.id)).toEqual(['rec-a1']);
    expect(subject?.record.procedures).toEqual([{ id: 'rec-p1', traineeId: 'rec-1', date: '2026-07-15', category: 'aortic-repair', role: 'assistant', count: 1 }]);
    expect(subject?.record.workPeriods.map((p) => p.start)).toEqual(['2026-07-31T23:30:00-07:00[America/Los_Angeles]']);
    expect(subject?.record.leave).toEqual([]);
  });

  it('gives auditWorkHours what it takes for a window', async () => {
    await store.trainees.put([trainee('wh-1'), trainee('wh-2')]);
    await store.assignments.put([{ id: 'wh-a1', traineeId: 'wh-1', rotationId: 'ir-micu', start: '2026-07-01', end: '2026-07-28' }]);
    await store.leave.put([{ id: 'wh-l1', traineeId: 'wh-1', start: '2026-07-20', end: '2026-07-21', kind: 'vacation' }]);
    // Seven 12-hour days, 2026-07-01 … 07-07: 84 hours in one week.
    const days = Array.from({ length: 7 }, (_, i) => `2026-07-0${i + 1}`);
    await store.workPeriods.insert(days.map((d, i) => ({ id: `wh-p${i}`, traineeId: 'wh-1', start: `${d}T07:00:00-07:00`, end: `${d}T19:00:00-07:00`, kind: 'clinical' })));
    await store.workPeriods.insert([{ traineeId: 'wh-2', start: '2026-09-01T07:00:00-07:00', end: '2026-09-01T19:00:00-07:00', kind: 'clinical' }]);
    const input = await store.queries.workHoursInput({ from: '2026-07-01', to: '2026-07-28', traineeIds: ['wh-1', 'wh-2'] });
    expect(input.periods).toHaveLength(7);
    expect(input.trainees.map((t) => t.id)).toEqual(['wh-1', 'wh-2']);
    expect(input.assignments.map((a) => a.id)).toEqual(['wh-a1']);
    expect(input.leave.map((l) => l.id)).toEqual(['wh-l1']);
    expect(input.rotations.some((r) => r.id === 'ir-micu')).toBe(true);
    const report = auditWorkHours(input.periods, { trainees: input.trainees, assignments: input.assignments, leave: input.leave, rotations: input.rotations });
    expect(report.trainees.map((t) => [t.traineeId, t.periods])).toEqual([['wh-1', 7]]);
    // Seven days worked in a row with no day off is allowed averaged over the 4-week rotation, and 84 h over 4 weeks is far below 80 h/week.
    expect(report.findings.filter((f) => f.code === 'work-hours/weekly-80')).toEqual([]);
    await expect(store.queries.workHoursInput({ from: '2026-7-1', to: '2026-07-28' })).rejects.toMatchObject({ code: 'store/invalid-options' });
  });
});
