import { sql, type Kysely } from 'kysely';
import type { CopyIn } from '../connection/copy';
import { StoreError } from '../errors';
import type { Tables } from '../schema/tables';
import type { z } from 'zod';

/** What every repository works through: the database (or the open transaction) and who is writing. */
export interface Context {
  readonly db: Kysely<Tables>;
  readonly actor: string;
  /** COPY into a table on `db`'s connection: PostgreSQL servers only (PGlite has no raw client to stream to). */
  readonly copyIn?: CopyIn;
}

/** Runs `fn` in the caller's transaction, or in a new one. */
export async function inTransaction<T>(ctx: Context, fn: (ctx: Context) => Promise<T>): Promise<T> {
  if (ctx.db.isTransaction) return fn(ctx);
  return ctx.db.transaction().execute((trx) => fn({ ...ctx, db: trx }));
}

/** Reads a stored document back through its schema: what comes out is what the model says. */
export function readDoc<S extends z.ZodType>(schema: S, doc: unknown, where: string): z.output<S> {
  const parsed = schema.safeParse(doc);
  if (!parsed.success) throw new StoreError('store/corrupt-row', [], `${where} no longer matches the model: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** Appends one change-log entry per row of a JSON array of `{ id, doc }` (one statement). */
export async function logRows(ctx: Context, action: string, entity: string, rows: readonly { id: string; doc: unknown }[]): Promise<void> {
  if (rows.length === 0) return;
  await sql`insert into change_log (actor, action, entity, entity_id, detail)
    select ${ctx.actor}, ${action}, ${entity}, x.id, x.doc from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(id text, doc jsonb)`.execute(ctx.db);
}

/** Appends one change-log entry. */
export async function logChange(ctx: Context, action: string, entity: string, entityId: string | null, detail: unknown): Promise<void> {
  await ctx.db.insertInto('change_log').values({ actor: ctx.actor, action, entity, entity_id: entityId, detail: JSON.stringify(detail) }).execute();
}

/** Ids of `ids` that are not trainees in the store. */
export async function missingTrainees(ctx: Context, ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Set();
  const found = await sql<{ id: string }>`select t.id from trainees t join jsonb_array_elements_text(${JSON.stringify(unique)}::jsonb) as e(v) on t.id = e.v`.execute(ctx.db);
  const known = new Set(found.rows.map((r) => r.id));
  return new Set(unique.filter((id) => !known.has(id)));
}
