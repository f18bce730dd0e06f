import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { StoreError } from '../errors';
import { copyInOver, type CopyIn } from './copy';
import { storeQueries, type StoreQueries } from '../queries';
import { catalogRepository, type CatalogRepository } from '../repositories/catalog';
import { changeLog, type ChangeLog } from '../repositories/changes';
import type { Context } from '../repositories/context';
import { recordRepositories, type RecordRepositories } from '../repositories/records';
import { scheduleRepository, type ScheduleRepository } from '../repositories/schedules';
import { workPeriodRepository, type WorkPeriodRepository } from '../repositories/work-periods';
import { migrate, type MigrationStatus } from '../schema/migrations';
import type { Tables } from '../schema/tables';
import { PgliteDialect, type PGliteInstance } from './pglite-dialect';

/** Where the data lives: an embedded PGlite directory (or memory), or a PostgreSQL server. */
export type StoreLocation =
  /** Embedded PGlite in this directory (created if missing). */
  | {
      /** The PGlite data directory. */
      readonly dir: string;
    }
  /** Embedded PGlite in memory: gone when closed (tests, examples). */
  | {
      /** Keep the database in memory. */
      readonly memory: true;
    }
  /** A PostgreSQL server, e.g. `postgres://user@host:5432/gme`. */
  | {
      /** Connection URL of the PostgreSQL database. */
      readonly url: string;
    }
  /** A PGlite instance the caller already has (and keeps: closing the store leaves it open). */
  | {
      /** The PGlite instance to use. */
      readonly pglite: PGliteInstance;
    };

/** Options of {@link openStore}. */
export type OpenStoreOptions = StoreLocation & {
  /** Who writes through this store, recorded in the change log; default `gmekit`. */
  readonly actor?: string;
};

/** Repositories and queries over one database (or one open transaction). */
export interface StoreSession extends RecordRepositories {
  /** The catalog (institution, sites, programs). */
  readonly catalog: CatalogRepository;
  /** Logged work periods. */
  readonly workPeriods: WorkPeriodRepository;
  /** Versioned block and call schedules. */
  readonly schedules: ScheduleRepository;
  /** The append-only change log. */
  readonly changes: ChangeLog;
  /** Inputs for `evaluate` and `auditWorkHours`. */
  readonly queries: StoreQueries;
}

/** An open store. Close it when done. */
export interface Store extends StoreSession {
  /** `pglite` (embedded) or `postgres` (server). */
  readonly dialect: 'pglite' | 'postgres';
  /** Schema versions found and applied when the store was opened. */
  readonly migrations: MigrationStatus;
  /**
   * Runs `fn` in one transaction: everything it writes is committed together,
   * or nothing is if it throws.
   */
  transaction<T>(fn: (session: StoreSession) => Promise<T>): Promise<T>;
  /** Closes the connection(s). */
  close(): Promise<void>;
}

function session(ctx: Context): StoreSession {
  return {
    ...recordRepositories(ctx),
    catalog: catalogRepository(ctx),
    workPeriods: workPeriodRepository(ctx),
    schedules: scheduleRepository(ctx),
    changes: changeLog(ctx),
    queries: storeQueries(ctx),
  };
}

/**
 * Opens (and creates or migrates) a store: embedded PGlite in a directory by
 * default, or a PostgreSQL server by URL. Migrations run on open under an
 * advisory lock, so two processes opening the same database never migrate at
 * once.
 *
 * @param options - `{ dir }`, `{ memory: true }` or `{ url }`, and the `actor` recorded in the change log
 * @returns the open store
 * @throws StoreError `store/connect` when the database cannot be reached, or a migration error
 * @example
 * const store = await openStore({ dir: './gme-data', actor: 'coordinator@example.org' });
 * await store.trainees.put([{ id: 'lee', name: 'Dr. Lee', programId: 'kp-lamc-interventional-radiology', startDate: '2026-07-01', pgyAtStart: 1 }]);
 * await store.close();
 */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const actor = options.actor ?? 'gmekit';
  if (actor.trim() === '') throw new StoreError('store/invalid-options', ['options', 'actor'], 'options.actor must not be empty: the change log records who wrote');
  let db: Kysely<Tables>;
  let dialect: Store['dialect'];
  let copyIn: CopyIn | undefined;
  try {
    if ('url' in options) {
      const pool = new pg.Pool({ connectionString: options.url, max: 4 });
      copyIn = copyInOver(pool);
      db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
      dialect = 'postgres';
    } else if ('pglite' in options) {
      db = new Kysely<Tables>({ dialect: new PgliteDialect(options.pglite, false) });
      dialect = 'pglite';
    } else {
      const pglite = 'dir' in options ? await PGlite.create(options.dir) : await PGlite.create();
      db = new Kysely<Tables>({ dialect: new PgliteDialect(pglite, true) });
      dialect = 'pglite';
    }
  } catch (error) {
    throw new StoreError('store/connect', [], `could not open the store: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let migrations: MigrationStatus;
  try {
    migrations = await migrate(db);
  } catch (error) {
    await db.destroy();
    if (error instanceof StoreError) throw error;
    throw new StoreError('store/connect', [], `could not open the store: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const ctx: Context = copyIn === undefined ? { db, actor } : { db, actor, copyIn };
  return {
    ...session(ctx),
    dialect,
    migrations,
    transaction: (fn) => db.transaction().execute((trx) => fn(session({ ...ctx, db: trx }))),
    close: () => db.destroy(),
  };
}
