import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/dialects';
import { MIGRATIONS } from './migrations';

// Migration 3 moves work periods' start and end as written out of the
// document into columns, trades the unique constraint on id for a unique index
// over the rows that have one, and caches the row-id sequence. What must not
// change: every period reads back as written, an id names at most one period,
// any number of periods may have none, and a batch that repeats a stored id
// replaces that period.

const IR = 'kp-lamc-interventional-radiology';
const trainee = { id: 'ann', name: 'Dr. Ann', programId: IR, startDate: '2026-07-01', pgyAtStart: 1 };
const period = (day: string, id?: string, end = '19:00') => ({
  ...(id === undefined ? {} : { id }),
  traineeId: 'ann',
  start: `2026-07-${day}T07:00:00-07:00`,
  end: `2026-07-${day}T${end}:00-07:00`,
  kind: 'clinical',
});

type Period = ReturnType<typeof period>;
const idOf = (p: Period) => (p.id === undefined ? 'null' : `'${p.id}'`);
const day = (p: Period) => `2026-07-${p.start.slice(8, 10)}`;

/** A row as schema version 2 held it: the whole period in the document. */
const insertV2 = (p: Period) =>
  `insert into work_periods (id, trainee_id, start_at, end_at, start_day, doc)
   values (${idOf(p)}, 'ann', '${p.start}', '${p.end}', '${day(p)}', '${JSON.stringify(p)}')`;

/** A row as migration 3 holds it: start and end as written in columns, the rest in the document. */
const insertV3 = (p: Period) =>
  `insert into work_periods (id, trainee_id, start_at, end_at, start_day, start_text, end_text, doc)
   values (${idOf(p)}, 'ann', '${p.start}', '${p.end}', '${day(p)}', '${p.start}', '${p.end}', '{"kind": "${p.kind}"}')`;

describe.each(BACKENDS)('work periods after migration 3 on $name', (backend) => {
  it('upgrades a version-2 database without losing a row or a written offset, and keeps ids unique where they are given', async () => {
    const fresh = await backend.fresh();
    try {
      expect(await fresh.migrateTo(MIGRATIONS.slice(0, 2))).toEqual({ applied: [], ran: [1, 2], version: 2 });
      await fresh.raw(`insert into trainees (id, program_id, start_date, doc) values ('ann', '${IR}', '2026-07-01', '${JSON.stringify(trainee)}')`);
      const before = [period('01', 'a-1'), period('02'), period('03'), period('04', 'a-4')];
      for (const p of before) await fresh.raw(insertV2(p));

      const store = await fresh.open();
      try {
        expect(store.migrations).toEqual({ applied: [1, 2], ran: [3], version: 3 });
        expect(await store.workPeriods.list()).toEqual(before);
        // What the columns hold left the document; the text as written (offset included) is kept.
        expect(await fresh.raw(`select start_text, end_text, doc from work_periods where id = 'a-4'`)).toEqual([
          { start_text: '2026-07-04T07:00:00-07:00', end_text: '2026-07-04T19:00:00-07:00', doc: { kind: 'clinical' } },
        ]);
        const [index] = await fresh.raw(`select indexdef from pg_indexes where indexname = 'work_periods_id'`);
        expect(String(index?.indexdef)).toMatch(/^CREATE UNIQUE INDEX work_periods_id ON public\.work_periods USING btree \(id\) WHERE \(id IS NOT NULL\)$/);
        expect(await fresh.raw(`select seqcache::int as cache from pg_sequence where seqrelid = 'work_periods_row_id_seq'::regclass`)).toEqual([{ cache: 1000 }]);

        // A second period with a stored id is refused by the database itself…
        const duplicate = await fresh.raw(insertV3(period('05', 'a-1'))).then(
          () => undefined,
          (e: unknown) => (e as { code?: unknown }).code,
        );
        expect(duplicate).toBe('23505');
        // …while periods without an id never conflict.
        await fresh.raw(insertV3(period('02')));

        // Through the store, a repeated id replaces the stored period (the upsert names the partial index).
        const replaced = await store.workPeriods.insert([period('01', 'a-1', '17:00'), period('06')]);
        expect(replaced).toEqual({ ok: true, written: 2, findings: [] });
        const after = await store.workPeriods.list();
        expect(after).toHaveLength(6);
        expect(after.filter((p) => p.id === 'a-1')).toEqual([period('01', 'a-1', '17:00')]);
        expect(after.filter((p) => p.id === undefined)).toHaveLength(4);
      } finally {
        await store.close();
      }
    } finally {
      await fresh.dispose();
    }
  });

  it('reads a period from its columns even when its document was given their keys behind the store', async () => {
    const fresh = await backend.fresh();
    try {
      const store = await fresh.open();
      try {
        expect((await store.trainees.put([trainee])).findings).toEqual([]);
        expect((await store.workPeriods.insert([period('01', 'a-1')])).written).toBe(1);
        await fresh.raw(`update work_periods set doc = doc || '{"traineeId": "ghost", "start": "x", "id": "other", "activeMinutes": 30}'`);
        expect(await store.workPeriods.list()).toEqual([{ ...period('01', 'a-1'), activeMinutes: 30 }]);
        // A document that is no longer an object is reported, not read as an empty period.
        await fresh.raw(`update work_periods set doc = '[]'`);
        const error = await store.workPeriods.list().catch((e: unknown) => e);
        expect((error as { code?: unknown }).code).toBe('store/corrupt-row');
      } finally {
        await store.close();
      }
    } finally {
      await fresh.dispose();
    }
  });
});
