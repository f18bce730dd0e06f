/**
 * A bulk import killed half-way (SIGKILL, no chance to clean up) leaves
 * nothing of its batch: the batch is one transaction, and the server rolls
 * it back when the connection dies. PostgreSQL only: PGlite runs inside the
 * process that would be killed, so there is no second party left to check.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startChild } from './child-process';
import { freshPostgres, type Fresh } from './dialects';

const APP = 'gmekit-killed-import';
const PERIODS = 120_000;
// The kill waits until this many rows are in (the COPY, or INSERT chunks, under way).
const CHUNK = 5_000;

async function poll(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a bulk import killed half-way (PostgreSQL)', () => {
  let fresh: Fresh & { readonly url: string };
  beforeAll(async () => {
    fresh = await freshPostgres();
    const store = await fresh.open('setup');
    const trainees = Array.from({ length: 10 }, (_, i) => ({ id: `t${i}`, name: `Dr. T${i}`, programId: 'kp-lamc-interventional-radiology', startDate: '2026-07-01', pgyAtStart: 1 }));
    expect((await store.trainees.put(trainees)).findings).toEqual([]);
    await store.close();
  });
  afterAll(async () => {
    await fresh.dispose();
  });

  it('leaves no row of the batch and no change-log entry, and the next import works', async () => {
    const watcher = new pg.Client({ connectionString: fresh.url });
    await watcher.connect();
    try {
      const child = startChild('bulk-import', [`${fresh.url}?application_name=${APP}`, String(PERIODS)]);
      await child.line('inserting');
      // The row-id sequence advances outside transactions, so it shows rows
      // the child has inserted but not committed: kill once two chunks are in.
      await poll('the import to be under way', async () => {
        const r = await watcher.query<{ n: string }>('select last_value as n from work_periods_row_id_seq');
        return Number(r.rows[0]?.n) >= 2 * CHUNK;
      });
      child.process.kill('SIGKILL');
      const exit = await child.exited;
      expect(exit.signal).toBe('SIGKILL');
      const reached = Number((await watcher.query<{ n: string }>('select last_value as n from work_periods_row_id_seq')).rows[0]?.n);
      expect(reached).toBeLessThan(PERIODS);
      // Until the server has dropped the dead connection, an open transaction
      // would hide the rows anyway: wait for it to be gone, then look.
      await poll('the killed connection to end', async () => {
        const r = await watcher.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where application_name = $1', [APP]);
        return r.rows[0]?.n === 0;
      });
      const rows = await watcher.query<{ n: number }>('select count(*)::int as n from work_periods');
      expect(rows.rows[0]?.n).toBe(0);
      const log = await watcher.query<{ actor: string; entity: string }>('select actor, entity from change_log order by seq');
      expect(log.rows.filter((e) => e.actor !== 'setup')).toEqual([]);
      expect(log.rows.filter((e) => e.entity === 'work-period')).toEqual([]);
    } finally {
      await watcher.end();
    }

    // Same ids as the killed batch: nothing of it lingers to collide with.
    const store = await fresh.open('retry');
    try {
      expect(store.migrations.ran).toEqual([]);
      const result = await store.workPeriods.insert([
        { id: 'killed-0', traineeId: 't0', start: '2026-07-01T00:00:00.000Z', end: '2026-07-01T00:30:00.000Z', kind: 'clinical' },
        { id: 'killed-1', traineeId: 't1', start: '2026-07-01T01:00:00.000Z', end: '2026-07-01T01:30:00.000Z', kind: 'clinical' },
      ]);
      expect(result).toEqual({ ok: true, written: 2, findings: [] });
      expect(await store.workPeriods.count()).toBe(2);
      const entries = await store.changes.list({ entity: 'work-period' });
      expect(entries.map((e) => [e.actor, e.detail])).toEqual([['retry', { count: 2, trainees: ['t0', 't1'] }]]);
    } finally {
      await store.close();
    }
  });
});
