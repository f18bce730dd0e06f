import { sql, type Kysely } from 'kysely';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { StoreError } from '../errors';
import type { Tables } from '../schema/tables';

/**
 * Runs `statement` (a `COPY … FROM STDIN` in text format) with `lines` as
 * its data, on the same server session as `db` (so inside its transaction).
 */
export type CopyIn = (db: Kysely<Tables>, statement: string, lines: Iterable<string>) => Promise<void>;

const SPECIAL = /[\\\t\n\r]/;

/**
 * Escapes one value for COPY's text format: `\N` is null, and backslash, tab,
 * newline and carriage return are backslash-escaped, so no value can end a
 * field, a row, or the data (`\.`) early.
 */
export function copyField(value: string | null): string {
  if (value === null) return '\\N';
  // Most values have nothing to escape: a test is cheaper than a replace that finds nothing.
  if (!SPECIAL.test(value)) return value;
  return value.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

/**
 * Follows the pool's clients by backend process id, so the client a Kysely
 * transaction holds can be found from inside it (`pg_backend_pid()`): COPY
 * needs the raw client, and it must be that one to join the transaction.
 */
export function copyInOver(pool: pg.Pool): CopyIn {
  const byPid = new Map<number, pg.PoolClient>();
  pool.on('connect', (client) => {
    const pid = (client as unknown as { processID: number | null }).processID;
    if (pid !== null) byPid.set(pid, client);
  });
  pool.on('remove', (client) => {
    const pid = (client as unknown as { processID: number | null }).processID;
    if (pid !== null) byPid.delete(pid);
  });
  return async (db, statement, lines) => {
    const r = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(db);
    const pid = r.rows[0]?.pid;
    const client = pid === undefined ? undefined : byPid.get(pid);
    if (client === undefined) throw new StoreError('store/internal', [], `no pooled connection has backend ${String(pid)}: cannot run COPY on it`);
    await pipeline(Readable.from(lines), client.query(copyFrom(statement)));
  };
}
