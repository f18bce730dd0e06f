import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { StoreError } from '../errors';
import type { Tables } from './tables';

/** One forward-only schema step. Never edit a released one: add the next. */
export interface Migration {
  /** 1, 2, 3, … in order. */
  readonly version: number;
  /** What the step does. */
  readonly name: string;
  /** Statements run in one transaction. */
  readonly statements: readonly string[];
}

const record = (table: string, extra: string) =>
  `create table ${table} (id text primary key, trainee_id text not null references trainees(id), ${extra}, doc jsonb not null)`;

/** The schema, version by version. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'catalog, trainee records, schedules and the change log',
    statements: [
      'create table catalog_meta (singleton boolean primary key default true check (singleton), format_version integer not null, doc jsonb not null)',
      'create table sites (id text primary key, position integer not null, doc jsonb not null)',
      'create table programs (id text primary key, position integer not null, doc jsonb not null)',
      'create table trainees (id text primary key, program_id text not null, start_date date not null, doc jsonb not null)',
      'create index trainees_program on trainees (program_id)',
      record('assignments', 'rotation_id text not null, start_date date not null, end_date date not null'),
      'create index assignments_trainee on assignments (trainee_id, start_date)',
      record('leave', 'start_date date not null, end_date date not null'),
      'create index leave_trainee on leave (trainee_id, start_date)',
      record('procedure_log', 'day date not null'),
      'create index procedure_log_trainee on procedure_log (trainee_id, day)',
      record('scholarly_activities', 'day date not null'),
      'create index scholarly_trainee on scholarly_activities (trainee_id, day)',
      `create table work_periods (row_id bigserial primary key, id text unique, trainee_id text not null references trainees(id),
        start_at timestamptz not null, end_at timestamptz not null, start_day date not null, doc jsonb not null)`,
      'create index work_periods_trainee on work_periods (trainee_id, start_at)',
      `create table schedules (id text primary key, kind text not null check (kind in ('block', 'call')), program_id text not null,
        revision integer not null, published_version integer)`,
      `create table schedule_versions (schedule_id text not null references schedules(id), version integer not null,
        created_by text not null, created_at timestamptz not null default now(), doc jsonb not null, primary key (schedule_id, version))`,
      `create table change_log (seq bigserial primary key, at timestamptz not null default now(), actor text not null,
        action text not null, entity text not null, entity_id text, detail jsonb not null)`,
      // The compliance trail is append-only: the database itself refuses to rewrite history.
      `create function change_log_append_only() returns trigger language plpgsql as $$
        begin raise exception 'change_log is append-only'; end $$`,
      `create trigger change_log_no_rewrite before update or delete on change_log
        for each statement execute function change_log_append_only()`,
    ],
  },
  {
    version: 2,
    name: 'work periods check their trainees once per statement instead of per row',
    statements: [
      // The per-row foreign-key check cost more server CPU than the rest of a
      // bulk import's row: these triggers do the same check once per
      // statement, over the statement's transition table.
      'alter table work_periods drop constraint work_periods_trainee_id_fkey',
      // The transition table is read once (a bulk import's spills to disk):
      // its distinct trainees are few. Locking them FOR KEY SHARE, as a
      // foreign key does, makes a concurrent delete or re-key of one wait for
      // this transaction (and then see its rows); a trainee deleted before
      // the lock is skipped by it, and the check that follows (a new
      // snapshot) finds it missing. Locks are taken in id order so two
      // imports cannot deadlock on them.
      `create function work_periods_trainee_check() returns trigger language plpgsql as $$
        declare ids text[]; missing text;
        begin
          select array_agg(d.trainee_id) into ids from (select distinct n.trainee_id from new_periods n) d;
          perform 1 from trainees t where t.id = any (ids) order by t.id for key share of t;
          select x.id into missing from unnest(ids) as x(id)
            where not exists (select 1 from trainees t where t.id = x.id) order by x.id limit 1;
          if missing is not null then
            raise exception using errcode = 'foreign_key_violation', table = 'work_periods', column = 'trainee_id',
              message = format('insert or update on table "work_periods" refers to trainee %s, which is not in table "trainees"', missing),
              detail = format('Key (trainee_id)=(%s) is not present in table "trainees".', missing);
          end if;
          return null;
        end $$`,
      `create trigger work_periods_trainee_insert after insert on work_periods
        referencing new table as new_periods for each statement execute function work_periods_trainee_check()`,
      `create trigger work_periods_trainee_update after update on work_periods
        referencing new table as new_periods for each statement execute function work_periods_trainee_check()`,
      // A trainee whose id is gone after the statement (deleted, or re-keyed
      // without another row taking the old id) must not be referenced.
      `create function trainees_still_referenced() returns trigger language plpgsql as $$
        declare gone text;
        begin
          select o.id into gone from old_trainees o
            where not exists (select 1 from trainees t where t.id = o.id)
              and exists (select 1 from work_periods w where w.trainee_id = o.id)
            order by o.id limit 1;
          if gone is not null then
            raise exception using errcode = 'foreign_key_violation', table = 'trainees',
              message = format('%s on table "trainees" would leave work periods of trainee %s without their trainee', lower(tg_op), gone),
              detail = format('Key (id)=(%s) is still referenced from table "work_periods".', gone);
          end if;
          return null;
        end $$`,
      `create trigger trainees_work_periods_delete after delete on trainees
        referencing old table as old_trainees for each statement execute function trainees_still_referenced()`,
      `create trigger trainees_work_periods_update after update on trainees
        referencing old table as old_trainees for each statement execute function trainees_still_referenced()`,
      // After, not before: a TRUNCATE naming work_periods as well has emptied it by then.
      `create function trainees_truncate_check() returns trigger language plpgsql as $$
        begin
          if exists (select 1 from work_periods) then
            raise exception using errcode = 'foreign_key_violation', table = 'trainees',
              message = 'truncate on table "trainees" would leave work periods without their trainees: truncate work_periods too',
              detail = 'Table "work_periods" still refers to table "trainees".';
          end if;
          return null;
        end $$`,
      `create trigger trainees_work_periods_truncate after truncate on trainees
        for each statement execute function trainees_truncate_check()`,
    ],
  },
  {
    version: 3,
    name: 'work periods: start and end as written in columns, a partial id index, row ids drawn a thousand at a time',
    statements: [
      // Most logged periods carry no id (a time clock's rows), and a null
      // never conflicts, yet every one took an entry in the unique index:
      // about 0.6 µs of server CPU per row of a bulk import. A partial index
      // keeps uniqueness where it means something; upserts name its predicate.
      'alter table work_periods drop constraint work_periods_id_key',
      'create unique index work_periods_id on work_periods (id) where id is not null',
      // One sequence access per thousand rows instead of per row. row_id only
      // breaks ties of equal start and end in reads (a batch still gets
      // increasing ids); the cost is gaps after a session ends, as after a
      // rolled-back batch already.
      'alter sequence work_periods_row_id_seq cache 1000',
      // The document kept id, trainee, start and end although columns hold
      // them: parsing and storing them twice cost about 0.8 µs of server CPU
      // per row of an import, most of its jsonb work. Start and end keep the text as written (offset and
      // bracketed zone; the timestamptz columns keep only the instant); the
      // document keeps the rest. A row tampered with to lose its start reads
      // back as '' and is reported as corrupt, not dropped.
      'alter table work_periods add column start_text text, add column end_text text',
      `update work_periods set start_text = coalesce(doc->>'start', ''), end_text = coalesce(doc->>'end', ''),
        doc = doc - array['id', 'traineeId', 'start', 'end']`,
      'alter table work_periods alter column start_text set not null, alter column end_text set not null',
    ],
  },
];

/**
 * SHA-256 of a migration's version, name and statements: an applied migration
 * whose text later changed is refused rather than silently diverging.
 *
 * @param m - the migration
 * @returns hex digest
 */
export function migrationChecksum(m: Migration): string {
  return createHash('sha256').update(JSON.stringify([m.version, m.name, m.statements])).digest('hex');
}

// Arbitrary but fixed: every gmekit process contends for the same advisory lock.
const LOCK_KEY = 7_301_920_417;

/** Status of the schema in one database. */
export interface MigrationStatus {
  /** Versions applied before this open. */
  readonly applied: readonly number[];
  /** Versions this open applied. */
  readonly ran: readonly number[];
  /** Newest version the database is at. */
  readonly version: number;
}

/**
 * Brings the schema up to date under a session advisory lock, so two
 * processes opening the same database never migrate at once: the second
 * waits, then finds nothing left to do. Each migration runs in its own
 * transaction.
 */
export async function migrate(db: Kysely<Tables>, migrations: readonly Migration[] = MIGRATIONS): Promise<MigrationStatus> {
  return db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${LOCK_KEY})`.execute(conn);
    try {
      await sql`create table if not exists store_migrations (version integer primary key, name text not null,
        checksum text not null, applied_at timestamptz not null default now())`.execute(conn);
      const rows = await conn.selectFrom('store_migrations').select(['version', 'checksum']).orderBy('version').execute();
      const known = new Map(migrations.map((m) => [m.version, m]));
      for (const row of rows) {
        const m = known.get(row.version);
        if (m === undefined) {
          throw new StoreError('store/schema-newer', [], `the database is at schema version ${row.version}, newer than this @gmekit/store knows (${migrations.length}); upgrade @gmekit/store`);
        }
        if (migrationChecksum(m) !== row.checksum) {
          throw new StoreError('store/migration-checksum', [], `schema migration ${row.version} (${m.name}) applied to this database differs from the one this @gmekit/store ships: refusing to continue`);
        }
      }
      const applied = rows.map((r) => r.version);
      const ran: number[] = [];
      for (const m of migrations) {
        if (applied.includes(m.version)) continue;
        await sql`begin`.execute(conn);
        try {
          for (const statement of m.statements) await sql.raw(statement).execute(conn);
          await conn.insertInto('store_migrations').values({ version: m.version, name: m.name, checksum: migrationChecksum(m) }).execute();
          await sql`commit`.execute(conn);
        } catch (error) {
          await sql`rollback`.execute(conn);
          throw error;
        }
        ran.push(m.version);
      }
      return { applied, ran, version: Math.max(0, ...applied, ...ran) };
    } finally {
      await sql`select pg_advisory_unlock(${LOCK_KEY})`.execute(conn);
    }
  });
}
