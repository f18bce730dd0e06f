/**
 * Two apps starting at once on a new database: each process runs the
 * migrations on open, and the advisory lock must make exactly one of them
 * migrate while the other waits and finds nothing to do. PostgreSQL only:
 * an embedded PGlite directory is opened by one process at a time.
 */
import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrationChecksum } from '../src/schema/migrations';
import { startChild } from './child-process';
import { freshPostgres } from './dialects';

describe('two processes opening the same new database at once (PostgreSQL)', () => {
  it('both open without error and the migrations run exactly once', async () => {
    const fresh = await freshPostgres();
    try {
      const children = ['alice', 'bob'].map((id) => startChild('open', [fresh.url, id]));
      // Both have loaded the store before either is told to open.
      await Promise.all(children.map((c) => c.line('ready')));
      for (const c of children) c.process.stdin?.write('go\n');
      const reports = await Promise.all(children.map(async (c) => JSON.parse((await c.line('opened ')).slice('opened '.length)) as unknown));
      const exits = await Promise.all(children.map((c) => c.exited));
      expect(exits.map((e) => [e.code, e.stderr])).toEqual([
        [0, ''],
        [0, ''],
      ]);
      const latest = MIGRATIONS.map((m) => m.version);
      const migrated = { migrations: { applied: [], ran: latest, version: latest.length }, written: 1 };
      const waited = { migrations: { applied: latest, ran: [], version: latest.length }, written: 1 };
      expect(reports).toHaveLength(2);
      expect(reports).toContainEqual(migrated);
      expect(reports).toContainEqual(waited);
      const rows = await fresh.raw('select version, name, checksum from store_migrations order by version');
      expect(rows).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name, checksum: migrationChecksum(m) })));
      const trainees = await fresh.raw('select id from trainees order by id');
      expect(trainees).toEqual([{ id: 'alice' }, { id: 'bob' }]);
    } finally {
      await fresh.dispose();
    }
  });
});
