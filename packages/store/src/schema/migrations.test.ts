import { describe, expect, it } from 'vitest';
import { BACKENDS } from '../../test/dialects';
import { StoreError } from '../errors';
import { MIGRATIONS, migrationChecksum } from './migrations';

describe.each(BACKENDS)('migrations on $name', (backend) => {
  it('creates the schema in an empty database, then finds nothing to do', async () => {
    const fresh = await backend.fresh();
    try {
      const first = await fresh.open();
      expect(first.migrations).toEqual({ applied: [], ran: [1, 2, 3], version: 3 });
      await first.close();
      const second = await fresh.open();
      expect(second.migrations).toEqual({ applied: [1, 2, 3], ran: [], version: 3 });
      await second.close();
      const tables = await fresh.raw(`select table_name from information_schema.tables where table_schema = 'public' order by table_name`);
      expect(tables.map((t) => t.table_name)).toEqual([
        'assignments',
        'catalog_meta',
        'change_log',
        'leave',
        'procedure_log',
        'programs',
        'schedule_versions',
        'schedules',
        'scholarly_activities',
        'sites',
        'store_migrations',
        'trainees',
        'work_periods',
      ]);
    } finally {
      await fresh.dispose();
    }
  });

  it('refuses a database whose applied migration differs from the shipped one, or that is newer', async () => {
    const fresh = await backend.fresh();
    try {
      const [first] = MIGRATIONS;
      if (first === undefined) throw new Error('no migrations');
      await (await fresh.open()).close();
      await fresh.raw(`update store_migrations set checksum = 'tampered' where version = 1`);
      const tampered = await fresh.open().catch((e: unknown) => e);
      expect(tampered).toBeInstanceOf(StoreError);
      expect((tampered as StoreError).code).toBe('store/migration-checksum');
      await fresh.raw(`update store_migrations set checksum = '${migrationChecksum(first)}' where version = 1`);
      await (await fresh.open()).close();
      await fresh.raw(`insert into store_migrations (version, name, checksum) values (${MIGRATIONS.length + 1}, 'from the future', 'x')`);
      const newer = await fresh.open().catch((e: unknown) => e);
      expect((newer as StoreError).code).toBe('store/schema-newer');
    } finally {
      await fresh.dispose();
    }
  });
});

describe('two openers at once (PostgreSQL)', () => {
  it('migrates exactly once: the advisory lock makes the second wait and find nothing to do', async () => {
    const postgres = BACKENDS.find((b) => b.name === 'postgres');
    if (postgres === undefined) throw new Error('no postgres backend');
    const fresh = await postgres.fresh();
    try {
      const stores = await Promise.all([fresh.open(), fresh.open(), fresh.open()]);
      expect(stores.map((s) => s.migrations.ran.length).sort()).toEqual([0, 0, 3]);
      await Promise.all(stores.map((s) => s.close()));
      const rows = await fresh.raw('select version from store_migrations order by version');
      expect(rows).toEqual([{ version: 1 }, { version: 2 }, { version: 3 }]);
    } finally {
      await fresh.dispose();
    }
  });
});
