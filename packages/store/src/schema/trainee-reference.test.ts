import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, freshPostgres, type Fresh } from '../../test/dialects';
import type { Store } from '../connection/open';
import { MIGRATIONS } from './migrations';

// Since migration 2, work_periods.trainee_id is checked by statement-level
// triggers instead of a foreign key. These tests hold the triggers to what
// the foreign key guaranteed: no period without its trainee, whichever
// statement (INSERT, COPY, UPDATE, upsert; DELETE, re-key, TRUNCATE) tries.

const IR = 'kp-lamc-interventional-radiology';
const trainee = (id: string) => ({ id, name: `Dr. ${id}`, programId: IR, startDate: '2026-07-01', pgyAtStart: 1 });
const period = (id: string, traineeId: string, day: string) => ({
  id,
  traineeId,
  start: `2026-07-${day}T07:00:00-07:00`,
  end: `2026-07-${day}T19:00:00-07:00`,
  kind: 'clinical',
});
type Period = ReturnType<typeof period>;

// Rows as the current schema (migration 3) holds them: start and end as written in columns, the rest in the document.
const COLUMNS = 'id, trainee_id, start_at, end_at, start_day, start_text, end_text, doc';
const rest = (p: Period) => JSON.stringify({ kind: p.kind });

/** One COPY text-format line of `work_periods (COLUMNS)`: the test's periods need no escaping. */
const copyLine = (p: Period) => `${p.id}\t${p.traineeId}\t${p.start}\t${p.end}\t2026-07-${p.start.slice(8, 10)}\t${p.start}\t${p.end}\t${rest(p)}\n`;
const COPY_PG = `copy work_periods (${COLUMNS}) from stdin`;
const COPY_PGLITE = `copy work_periods (${COLUMNS}) from '/dev/blob'`;

const insertSql = (p: Period) =>
  `insert into work_periods (${COLUMNS})
   values ('${p.id}', '${p.traineeId}', '${p.start}', '${p.end}', '2026-07-${p.start.slice(8, 10)}', '${p.start}', '${p.end}', '${rest(p)}')`;

/** The same row as schema version 1 held it: the whole period in the document. */
const insertSqlV1 = (p: Period) =>
  `insert into work_periods (id, trainee_id, start_at, end_at, start_day, doc)
   values ('${p.id}', '${p.traineeId}', '${p.start}', '${p.end}', '2026-07-${p.start.slice(8, 10)}', '${JSON.stringify(p)}')`;

interface Refusal {
  readonly code: unknown;
  readonly message: string;
}

/** The error a statement was refused with (fails the test when it was not refused). */
async function refusal(pending: Promise<unknown>): Promise<Refusal> {
  const error = await pending.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof Error)) throw new Error(`expected the statement to be refused, got ${String(error)}`);
  return { code: (error as { code?: unknown }).code, message: error.message };
}

const count = async (fresh: Fresh, where: string): Promise<unknown> => (await fresh.raw(`select count(*)::int as n from ${where}`))[0]?.n;

describe.each(BACKENDS)('trainee reference of work periods on $name', (backend) => {
  let fresh: Fresh;
  let store: Store;
  const copyStatement = backend.name === 'postgres' ? COPY_PG : COPY_PGLITE;
  beforeAll(async () => {
    fresh = await backend.fresh();
    store = await fresh.open();
    const put = await store.trainees.put(['ann', 'ben', 'cal', 'dan', 'eli'].map(trainee));
    expect(put.findings).toEqual([]);
    const periods = await store.workPeriods.insert([period('ann-1', 'ann', '06'), period('ann-2', 'ann', '07'), period('ben-1', 'ben', '06')]);
    expect(periods).toEqual({ ok: true, written: 3, findings: [] });
  });
  afterAll(async () => {
    await store.close();
    await fresh.dispose();
  });

  it('has no foreign key on work_periods any more, and keeps those of the other tables', async () => {
    const keys = await fresh.raw(`select conrelid::regclass::text as t from pg_constraint where contype = 'f' order by 1`);
    expect(keys.map((k) => k.t)).toEqual(['assignments', 'leave', 'procedure_log', 'schedule_versions', 'scholarly_activities']);
  });

  it('refuses an INSERT naming a trainee the store does not have (23503, naming the trainee), and writes none of its rows', async () => {
    const before = await count(fresh, 'work_periods');
    const refused = await refusal(fresh.raw(insertSql(period('ghost-1', 'ghost', '08'))));
    expect(refused.code).toBe('23503');
    expect(refused.message).toContain('trainee ghost');
    // A multi-row statement with one bad row: the statement is all or nothing.
    const mixed = `${insertSql(period('ann-3', 'ann', '08'))}, ('ghost-2', 'ghost', '2026-07-09T07:00:00-07:00', '2026-07-09T19:00:00-07:00', '2026-07-09', '2026-07-09T07:00:00-07:00', '2026-07-09T19:00:00-07:00', '{}')`;
    expect((await refusal(fresh.raw(mixed))).code).toBe('23503');
    expect(await count(fresh, 'work_periods')).toBe(before);
  });

  it('still reports an unknown trainee through the store as a store/unknown-trainee finding', async () => {
    const result = await store.workPeriods.insert([period('ann-4', 'ann', '10'), period('ghost-3', 'ghost', '10')]);
    expect(result.ok).toBe(false);
    expect(result.written).toBe(0);
    expect(result.findings.map((f) => [f.code, f.path])).toEqual([['store/unknown-trainee', [1, 'traineeId']]]);
  });

  it('refuses an UPDATE or an upsert that moves a period to an unknown trainee', async () => {
    const update = await refusal(fresh.raw(`update work_periods set trainee_id = 'ghost' where id = 'ann-1'`));
    expect(update.code).toBe('23503');
    expect(update.message).toContain('trainee ghost');
    const upsert = await refusal(fresh.raw(`${insertSql(period('ann-1', 'ghost', '06'))} on conflict (id) where id is not null do update set trainee_id = excluded.trainee_id`));
    expect(upsert.code).toBe('23503');
    expect(await fresh.raw(`select trainee_id from work_periods where id = 'ann-1'`)).toEqual([{ trainee_id: 'ann' }]);
  });

  it('refuses a COPY batch with one unknown trainee among good rows, writing none of them; a good batch goes in', async () => {
    const before = await count(fresh, 'work_periods');
    const bad = [period('ann-11', 'ann', '11'), period('nobody-11', 'nobody', '11'), period('ben-11', 'ben', '11')];
    const refused = await refusal(fresh.copy(copyStatement, bad.map(copyLine).join('')));
    expect(refused.code).toBe('23503');
    expect(refused.message).toContain('trainee nobody');
    expect(await count(fresh, 'work_periods')).toBe(before);
    const good = [period('ann-12', 'ann', '12'), period('ben-12', 'ben', '12')];
    await fresh.copy(copyStatement, good.map(copyLine).join(''));
    expect(await count(fresh, 'work_periods')).toBe(Number(before) + 2);
  });

  it('refuses to delete a referenced trainee, alone or with others, and deletes an unreferenced one', async () => {
    const alone = await refusal(fresh.raw(`delete from trainees where id = 'ann'`));
    expect(alone.code).toBe('23503');
    expect(alone.message).toContain('trainee ann');
    // cal has no periods, ben has: the statement is refused as a whole, so cal stays.
    const both = await refusal(fresh.raw(`delete from trainees where id in ('cal', 'ben')`));
    expect(both.code).toBe('23503');
    expect(both.message).toContain('trainee ben');
    expect(await fresh.raw(`select id from trainees where id in ('ann', 'ben', 'cal') order by id`)).toEqual([{ id: 'ann' }, { id: 'ben' }, { id: 'cal' }]);
    await fresh.raw(`delete from trainees where id = 'dan'`);
    expect(await store.trainees.get('dan')).toBeUndefined();
  });

  it('refuses to re-key a referenced trainee, re-keys an unreferenced one, and lets the store update a referenced one', async () => {
    const rekey = await refusal(fresh.raw(`update trainees set id = 'ann-renamed' where id = 'ann'`));
    expect(rekey.code).toBe('23503');
    expect(rekey.message).toContain('trainee ann');
    await fresh.raw(`update trainees set id = 'eli-renamed' where id = 'eli'`);
    expect(await fresh.raw(`select id from trainees where id like 'eli%'`)).toEqual([{ id: 'eli-renamed' }]);
    // The store's upsert of a trainee updates the row in place (same id): the check lets it through.
    const renamed = { ...trainee('ann'), name: 'Dr. Ann Other' };
    expect(await store.trainees.put([renamed])).toEqual({ ok: true, written: 1, findings: [] });
    expect(await store.trainees.get('ann')).toEqual(renamed);
  });

  it('refuses a TRUNCATE of trainees that leaves work periods behind, and allows one that takes work_periods too', async () => {
    // The other record tables keep real foreign keys to trainees, so a TRUNCATE of trainees names them as well.
    const others = 'assignments, leave, procedure_log, scholarly_activities';
    const periods = await count(fresh, 'work_periods');
    const refused = await refusal(fresh.raw(`truncate trainees, ${others}`));
    expect(refused.code).toBe('23503');
    expect(refused.message).toContain('work_periods');
    expect(await count(fresh, 'work_periods')).toBe(periods);
    expect(await count(fresh, 'trainees')).toBe(4);
    await fresh.raw(`truncate trainees, work_periods, ${others}`);
    expect(await count(fresh, 'trainees')).toBe(0);
    expect(await count(fresh, 'work_periods')).toBe(0);
  });
});

describe.each(BACKENDS)('upgrade from schema version 1 on $name', (backend) => {
  it('keeps the stored records and trades the foreign key for the triggers', async () => {
    const fresh = await backend.fresh();
    try {
      const [first] = MIGRATIONS;
      if (first === undefined) throw new Error('no migrations');
      expect(await fresh.migrateTo([first])).toEqual({ applied: [], ran: [1], version: 1 });
      // Rows as version 1 held them, written behind any store's back.
      const ann = trainee('ann');
      const periods = [period('ann-1', 'ann', '06'), period('ann-2', 'ann', '07')];
      await fresh.raw(`insert into trainees (id, program_id, start_date, doc) values ('ann', '${IR}', '2026-07-01', '${JSON.stringify(ann)}')`);
      for (const p of periods) await fresh.raw(insertSqlV1(p));
      const key = `select count(*)::int as n from pg_constraint where contype = 'f' and conrelid = 'work_periods'::regclass`;
      expect(await fresh.raw(key)).toEqual([{ n: 1 }]);

      const store = await fresh.open();
      try {
        expect(store.migrations).toEqual({ applied: [1], ran: [2, 3], version: 3 });
        expect(await store.trainees.list()).toEqual([ann]);
        expect(await store.workPeriods.list()).toEqual(periods);
        expect(await fresh.raw(key)).toEqual([{ n: 0 }]);
        expect((await refusal(fresh.raw(`delete from trainees where id = 'ann'`))).code).toBe('23503');
        expect((await refusal(fresh.raw(insertSql(period('x-1', 'ghost', '08'))))).code).toBe('23503');
      } finally {
        await store.close();
      }
    } finally {
      await fresh.dispose();
    }
  });
});

describe('concurrent writers (PostgreSQL)', () => {
  let fresh: Fresh & { readonly url: string };
  let store: Store;
  const clients: pg.Client[] = [];
  const client = async (): Promise<pg.Client> => {
    const c = new pg.Client({ connectionString: fresh.url });
    await c.connect();
    clients.push(c);
    return c;
  };
  /** Waits until some session of this database waits for a lock: the other side has reached the contended row. */
  const someoneWaits = async (): Promise<void> => {
    for (let tries = 0; tries < 200; tries++) {
      const rows = await fresh.raw(`select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
      if (rows[0]?.n !== 0) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error('no session started waiting for a lock');
  };

  beforeAll(async () => {
    fresh = await freshPostgres();
    store = await fresh.open();
    await store.trainees.put(['fay', 'gus', 'hal'].map(trainee));
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()));
    await store.close();
    await fresh.dispose();
  });

  it('a delete of a trainee waits for an uncommitted import of its periods, then is refused', async () => {
    const importer = await client();
    const deleter = await client();
    await importer.query('begin');
    await importer.query(insertSql(period('fay-1', 'fay', '06')));
    // The delete cannot see the uncommitted period: only the importer's lock on fay keeps it from deleting her.
    const deleting = refusal(deleter.query(`delete from trainees where id = 'fay'`));
    await someoneWaits();
    await importer.query('commit');
    const refused = await deleting;
    expect(refused.code).toBe('23503');
    expect(refused.message).toContain('trainee fay');
    expect(await fresh.raw(`select id from trainees where id = 'fay'`)).toEqual([{ id: 'fay' }]);
  });

  it('an import through the store waits for an uncommitted delete of its trainee: refused if it commits, written if it rolls back', async () => {
    const deleter = await client();
    const before = await store.changes.count();
    await deleter.query('begin');
    await deleter.query(`delete from trainees where id = 'gus'`);
    // The store's own look-up still sees gus (the delete is not committed), so only the trigger stands in the way.
    const importing = refusal(store.workPeriods.insert([period('gus-1', 'gus', '06'), period('gus-2', 'gus', '07')]));
    await someoneWaits();
    await deleter.query('commit');
    const refused = await importing;
    expect(refused.code).toBe('23503');
    expect(refused.message).toContain('trainee gus');
    expect(await count(fresh, `work_periods where trainee_id = 'gus'`)).toBe(0);
    expect(await store.changes.count()).toBe(before);

    await deleter.query('begin');
    await deleter.query(`delete from trainees where id = 'hal'`);
    const written = store.workPeriods.insert([period('hal-1', 'hal', '06')]);
    await someoneWaits();
    await deleter.query('rollback');
    expect(await written).toEqual({ ok: true, written: 1, findings: [] });
    expect(await count(fresh, `work_periods where trainee_id = 'hal'`)).toBe(1);
  });
});
