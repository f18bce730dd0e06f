import { AssignmentSchema, LeaveSchema, ProcedureLogEntrySchema, ScholarlyActivitySchema, TraineeSchema, WorkPeriodSchema } from '@gmekit/model';
import fc from 'fast-check';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Fresh } from '../test/dialects';
import { openStore, type Store } from './connection/open';

// Any text but NUL (which PostgreSQL cannot hold; store.test.ts checks it is refused with a finding).
const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((s) => !s.includes('\u0000'));
const day = fc.integer({ min: Date.UTC(1990, 0, 1) / 86_400_000, max: Date.UTC(2060, 11, 31) / 86_400_000 }).map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const span = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
const offsetMinutes = fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15));
function withOffset(ms: number, offset: number): string {
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${sign}${hhmm}`;
}

/** `{ [key]: value }`, or nothing when the value is absent (the model's optional fields are exact). */
function opt(key: string, value: unknown): Record<string, unknown> {
  return value === undefined ? {} : { [key]: value };
}

/** A trainee and a few of each record, ids made unique per run by `n`. */
const documents = (n: number) =>
  fc
    .record({
      name: text,
      startDate: day,
      pgyAtStart: fc.integer({ min: 1, max: 10 }),
      assignments: fc.array(fc.record({ span, siteId: fc.option(fc.constantFrom('lamc', 'site.2'), { nil: undefined }) }), { maxLength: 3 }),
      leave: fc.array(fc.record({ span, kind: fc.constantFrom('vacation', 'medical', 'parental'), note: fc.option(text, { nil: undefined }) }), { maxLength: 2 }),
      periods: fc.array(
        fc.record({
          startMs: fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2050, 0, 1) }),
          minutes: fc.integer({ min: 1, max: 36 * 60 }),
          offset: offsetMinutes,
          kind: fc.constantFrom('clinical', 'at-home-call', 'moonlighting-external'),
          activeMinutes: fc.option(fc.nat(600), { nil: undefined }),
          zone: fc.option(fc.constantFrom('[America/Los_Angeles]', '[UTC]'), { nil: undefined }),
        }),
        { maxLength: 3 },
      ),
      procedures: fc.array(fc.record({ date: day, category: text, count: fc.option(fc.integer({ min: 1, max: 9 }), { nil: undefined }) }), { maxLength: 2 }),
      scholarly: fc.array(fc.record({ date: day, title: text, venue: fc.option(text, { nil: undefined }) }), { maxLength: 2 }),
    })
    .map((d) => {
      const t = `rt-${n}`;
      return {
        trainee: { id: t, name: d.name, programId: 'p-1', startDate: d.startDate, pgyAtStart: d.pgyAtStart },
        assignments: d.assignments.map((a, i) => ({ id: `${t}-a${i}`, traineeId: t, rotationId: 'rot-1', ...a.span, ...opt('siteId', a.siteId) })),
        leave: d.leave.map((l, i) => ({ id: `${t}-l${i}`, traineeId: t, ...l.span, kind: l.kind, ...opt('note', l.note) })),
        periods: d.periods.map((p, i) => ({
          id: `${t}-w${i}`,
          traineeId: t,
          start: `${withOffset(p.startMs, p.offset)}${p.zone ?? ''}`,
          end: withOffset(p.startMs + p.minutes * 60_000, p.offset),
          kind: p.kind,
          ...opt('activeMinutes', p.activeMinutes),
        })),
        procedures: d.procedures.map((p, i) => ({ id: `${t}-p${i}`, traineeId: t, date: p.date, category: p.category, role: 'primary', ...opt('count', p.count) })),
        scholarly: d.scholarly.map((s, i) => ({ id: `${t}-s${i}`, traineeId: t, kind: 'publication', title: s.title, status: 'published', date: s.date, ...opt('venue', s.venue) })),
      };
    });

describe.each(BACKENDS)('round trip on $name', (backend) => {
  let fresh: Fresh;
  let store: Store;
  beforeAll(async () => {
    fresh = await backend.fresh();
    store = await fresh.open();
  });
  afterAll(async () => {
    await store.close();
    await fresh.dispose();
  });

  it('reads back every valid model document deep-equal to what the model parsed', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.integer().chain(() => documents(++n)),
        async (doc) => {
          expect((await store.trainees.put([doc.trainee])).findings).toEqual([]);
          for (const [repo, rows] of [
            [store.assignments, doc.assignments],
            [store.leave, doc.leave],
            [store.procedures, doc.procedures],
            [store.scholarly, doc.scholarly],
          ] as const) {
            expect((await repo.put(rows)).findings).toEqual([]);
          }
          expect((await store.workPeriods.insert(doc.periods)).findings).toEqual([]);
          const ids = [doc.trainee.id];
          expect(await store.trainees.get(doc.trainee.id)).toEqual(TraineeSchema.parse(doc.trainee));
          expect(await store.assignments.list({ traineeIds: ids })).toEqual(doc.assignments.map((r) => AssignmentSchema.parse(r)));
          expect(await store.leave.list({ traineeIds: ids })).toEqual(doc.leave.map((r) => LeaveSchema.parse(r)));
          expect(await store.procedures.list({ traineeIds: ids })).toEqual(doc.procedures.map((r) => ProcedureLogEntrySchema.parse(r)));
          expect(await store.scholarly.list({ traineeIds: ids })).toEqual(doc.scholarly.map((r) => ScholarlyActivitySchema.parse(r)));
          const byId = (a: { id?: string | undefined }, b: { id?: string | undefined }) => String(a.id).localeCompare(String(b.id));
          expect((await store.workPeriods.list({ traineeIds: ids })).sort(byId)).toEqual(doc.periods.map((r) => WorkPeriodSchema.parse(r)).sort(byId));
        },
      ),
      { numRuns: 25, seed: 17 },
    );
  });
});

describe('an embedded store in a directory', () => {
  it('keeps what was written across close and reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gmekit-store-dir-'));
    try {
      const first = await openStore({ dir: join(dir, 'db') });
      await first.trainees.put([{ id: 'kept', name: 'Dr. Kept', programId: 'p-1', startDate: '2026-07-01', pgyAtStart: 2 }]);
      await first.close();
      const second = await openStore({ dir: join(dir, 'db') });
      expect(second.migrations.ran).toEqual([]);
      expect(await second.trainees.get('kept')).toEqual({ id: 'kept', name: 'Dr. Kept', programId: 'p-1', startDate: '2026-07-01', pgyAtStart: 2 });
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
