/**
 * The two back ends every suite runs against. Each `fresh()` is an empty
 * database: a new in-memory PGlite instance, or a new database on the test
 * server. (A PGlite instance costs seconds to create on a busy machine, so
 * suites share one per file and keep their rows apart by id.)
 */
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { inject } from 'vitest';
import { PgliteDialect } from '../src/connection/pglite-dialect';
import { openStore, type Migration, type MigrationStatus, type Store } from '../src/index';
import { migrate } from '../src/schema/migrations';
import type { Tables } from '../src/schema/tables';

export interface Fresh {
  /** Opens a store on the empty database. */
  readonly open: (actor?: string) => Promise<Store>;
  /** Runs SQL directly, bypassing the store (to tamper, or to look). */
  readonly raw: (text: string) => Promise<Record<string, unknown>[]>;
  /** Runs `statement` (`COPY … FROM STDIN` on PostgreSQL, `COPY … FROM '/dev/blob'` on PGlite) with `data` in COPY text format. */
  readonly copy: (statement: string, data: string) => Promise<void>;
  /** Applies only these migrations, as an older @gmekit/store would have. */
  readonly migrateTo: (migrations: readonly Migration[]) => Promise<MigrationStatus>;
  readonly dispose: () => Promise<void>;
}

export interface Backend {
  readonly name: 'pglite' | 'postgres';
  readonly fresh: () => Promise<Fresh>;
}

let counter = 0;

const pglite: Backend = {
  name: 'pglite',
  fresh: async () => {
    const instance = await PGlite.create();
    return {
      open: (actor) => openStore(actor === undefined ? { pglite: instance } : { pglite: instance, actor }),
      raw: async (text) => (await instance.query<Record<string, unknown>>(text)).rows,
      copy: async (statement, data) => {
        await instance.query(statement, [], { blob: new Blob([data]) });
      },
      migrateTo: async (migrations) => {
        const db = new Kysely<Tables>({ dialect: new PgliteDialect(instance, false) });
        try {
          return await migrate(db, migrations);
        } finally {
          await db.destroy();
        }
      },
      dispose: () => instance.close(),
    };
  },
};

/**
 * A new, empty database on the test PostgreSQL server, with its URL (for
 * the tests that open it from another process).
 */
export async function freshPostgres(): Promise<Fresh & { readonly url: string }> {
  const admin = inject('gmekitPostgresUrl');
  const name = `gmekit_test_${process.pid}_${++counter}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`create database ${name}`);
  await client.end();
  const url = admin.replace(/\/postgres$/, `/${name}`);
  return {
    url,
    open: (actor) => openStore(actor === undefined ? { url } : { url, actor }),
    raw: async (text) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        return (await c.query<Record<string, unknown>>(text)).rows;
      } finally {
        await c.end();
      }
    },
    copy: async (statement, data) => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      try {
        await pipeline(Readable.from([data]), c.query(copyFrom(statement)));
      } finally {
        await c.end();
      }
    },
    migrateTo: async (migrations) => {
      const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: url, max: 1 }) }) });
      try {
        return await migrate(db, migrations);
      } finally {
        await db.destroy();
      }
    },
    dispose: async () => {
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

const postgres: Backend = { name: 'postgres', fresh: freshPostgres };

export const BACKENDS: readonly Backend[] = [pglite, postgres];
