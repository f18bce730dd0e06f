import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgres, type Fresh } from '../../test/dialects';
import type { Tables } from '../schema/tables';
import { copyField, copyInOver, type CopyIn } from './copy';

// Strings that would end a field, a row or the data early if written raw, and SQL that must stay text.
const NASTY = ['tab\there', 'line\nbreak', 'carriage\rreturn', 'back\\slash', '\\.', 'end\n\\.\nafter', `quote's "double"`, `'); drop table work_periods; --`, '\\N', ''];

describe('copyField', () => {
  it('escapes backslash, tab, newline and carriage return, and writes null as \\N', () => {
    expect(copyField(null)).toBe('\\N');
    expect(copyField('tab\there')).toBe('tab\\there');
    expect(copyField('line\nbreak')).toBe('line\\nbreak');
    expect(copyField('carriage\rreturn')).toBe('carriage\\rreturn');
    expect(copyField('back\\slash')).toBe('back\\\\slash');
    // The end-of-data marker and a literal "\N" become plain text.
    expect(copyField('\\.')).toBe('\\\\.');
    expect(copyField('\\N')).toBe('\\\\N');
    expect(copyField(`quote's "double"`)).toBe(`quote's "double"`);
  });
});

describe('copyInOver (PostgreSQL)', () => {
  let fresh: Fresh & { readonly url: string };
  let db: Kysely<Tables>;
  let copyIn: CopyIn;
  beforeAll(async () => {
    fresh = await freshPostgres();
    await fresh.raw('create table copy_probe (n int, a text, b text)');
    const pool = new pg.Pool({ connectionString: fresh.url, max: 3 });
    copyIn = copyInOver(pool);
    db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
  });
  afterAll(async () => {
    await db.destroy();
    await fresh.dispose();
  });

  const line = (n: number, a: string | null, b: string | null): string => `${String(n)}\t${copyField(a)}\t${copyField(b)}\n`;

  it('loads every string back exactly, nulls as nulls', async () => {
    await db.transaction().execute(async (trx) => {
      await copyIn(trx, 'copy copy_probe (n, a, b) from stdin', [NASTY.map((s, i) => line(i, s, i % 2 === 0 ? null : s)).join('')]);
    });
    const rows = await fresh.raw('select n, a, b from copy_probe order by n');
    expect(rows).toEqual(NASTY.map((s, i) => ({ n: i, a: s, b: i % 2 === 0 ? null : s })));
    expect(await fresh.raw(`select count(*)::int as n from pg_tables where tablename = 'work_periods'`)).toEqual([{ n: 0 }]);
    await fresh.raw('truncate copy_probe');
  });

  it('runs on the transaction it is given: its rows go when that transaction rolls back, and are visible inside it', async () => {
    const seen = await db
      .transaction()
      .execute(async (trx) => {
        // Hold other pooled connections busy so a wrong pick would be possible.
        const others = Promise.all([sql`select pg_sleep(0.2)`.execute(db), sql`select pg_sleep(0.2)`.execute(db)]);
        await copyIn(trx, 'copy copy_probe (n, a, b) from stdin', [line(1, 'x', 'y'), line(2, 'z', null)]);
        const r = await sql<{ n: number }>`select count(*)::int as n from copy_probe`.execute(trx);
        await others;
        throw new Error(`rolled back after seeing ${String(r.rows[0]?.n)}`);
      })
      .catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
    expect(seen).toBe('rolled back after seeing 2');
    expect(await fresh.raw('select count(*)::int as n from copy_probe')).toEqual([{ n: 0 }]);
  });
});

describe('workPeriods.insert through COPY (PostgreSQL)', () => {
  let fresh: Fresh & { readonly url: string };
  beforeAll(async () => {
    fresh = await freshPostgres();
    const store = await fresh.open('setup');
    await store.trainees.put([{ id: 'ann', name: 'Dr. Ann', programId: 'kp-lamc-interventional-radiology', startDate: '2026-07-01', pgyAtStart: 1 }]);
    await store.close();
  });
  afterAll(async () => {
    await fresh.dispose();
  });

  const period = (id: string, hour: number) => ({ id, traineeId: 'ann', start: `2026-07-01T${String(hour).padStart(2, '0')}:00:00Z`, end: `2026-07-01T${String(hour).padStart(2, '0')}:30:00Z`, kind: 'clinical' });

  it('replaces stored ids and adds new ones in one batch, and a caller rollback undoes it', async () => {
    const store = await fresh.open();
    try {
      expect((await store.workPeriods.insert([period('a.1', 1), period('b:2', 2)])).written).toBe(2);
      expect((await store.workPeriods.insert([period('b:2', 5), period('c-3', 3)])).written).toBe(2);
      expect((await store.workPeriods.list()).map((p) => [p.id, p.start])).toEqual([
        ['a.1', '2026-07-01T01:00:00Z'],
        ['c-3', '2026-07-01T03:00:00Z'],
        ['b:2', '2026-07-01T05:00:00Z'],
      ]);
      const inside = await store
        .transaction(async (s) => {
          await s.workPeriods.insert([period('d', 6), period('a.1', 7)]);
          throw new Error(String(await s.workPeriods.count()));
        })
        .catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
      expect(inside).toBe('4');
      expect(await store.workPeriods.count()).toBe(3);
      expect((await store.changes.list({ entity: 'work-period' })).map((e) => e.detail)).toEqual([
        { count: 2, trainees: ['ann'] },
        { count: 2, trainees: ['ann'] },
      ]);
    } finally {
      await store.close();
    }
  });

  it('upserts instead when another transaction stores one of the ids during the COPY', async () => {
    const first = await fresh.open('first');
    const second = await fresh.open('second');
    try {
      let release = (): void => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let stored = (): void => undefined;
      const inserted = new Promise<void>((resolve) => (stored = resolve));
      const a = first.transaction(async (s) => {
        await s.workPeriods.insert([period('race', 10)]);
        stored();
        await held;
      });
      await inserted;
      // The second import does not see the uncommitted id, so COPY waits on the unique index, then fails once it commits.
      const b = second.workPeriods.insert([period('race', 11), period('calm', 12)]);
      await new Promise((resolve) => setTimeout(resolve, 300));
      release();
      await a;
      expect(await b).toEqual({ ok: true, written: 2, findings: [] });
      const race = (await second.workPeriods.list()).filter((p) => p.id === 'race' || p.id === 'calm').map((p) => [p.id, p.start]);
      expect(race).toEqual([
        ['race', '2026-07-01T11:00:00Z'],
        ['calm', '2026-07-01T12:00:00Z'],
      ]);
    } finally {
      await first.close();
      await second.close();
    }
  });
});
