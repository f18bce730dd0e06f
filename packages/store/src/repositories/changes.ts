import type { Context } from './context';

/** One entry of the append-only change log. */
export interface ChangeEntry {
  /** Position in the log (strictly increasing). */
  readonly seq: number;
  /** When, as a UTC instant. */
  readonly at: string;
  /** Who (the store's `actor`). */
  readonly actor: string;
  /** What was done: `upsert`, `insert`, `import`, `draft`, `publish`. */
  readonly action: string;
  /** Entity kind, e.g. `trainee`, `work-period`, `schedule`. */
  readonly entity: string;
  /** The entity's id, when the entry is about one entity. */
  readonly entityId: string | null;
  /** The written document, or a summary for batch entries. */
  readonly detail: unknown;
}

/** Which entries to read. */
export interface ChangeFilter {
  /** Only this entity kind. */
  readonly entity?: string;
  /** Only this entity. */
  readonly entityId?: string;
  /** Only entries after this `seq`. */
  readonly after?: number;
  /** At most this many (default 1,000). */
  readonly limit?: number;
}

/** The compliance trail: read-only here, and the database refuses updates and deletes. */
export interface ChangeLog {
  /** Entries in order. */
  list(filter?: ChangeFilter): Promise<ChangeEntry[]>;
  /** How many entries the log holds. */
  count(): Promise<number>;
}

/** Builds the change-log reader over a context. */
export function changeLog(ctx: Context): ChangeLog {
  return {
    async list(filter = {}) {
      let q = ctx.db.selectFrom('change_log').selectAll();
      if (filter.entity !== undefined) q = q.where('entity', '=', filter.entity);
      if (filter.entityId !== undefined) q = q.where('entity_id', '=', filter.entityId);
      if (filter.after !== undefined) q = q.where('seq', '>', String(filter.after));
      const rows = await q.orderBy('seq').limit(filter.limit ?? 1_000).execute();
      return rows.map((r) => ({
        seq: Number(r.seq),
        at: new Date(r.at).toISOString(),
        actor: r.actor,
        action: r.action,
        entity: r.entity,
        entityId: r.entity_id,
        detail: r.detail,
      }));
    },
    async count() {
      const r = await ctx.db.selectFrom('change_log').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirst();
      return Number(r?.n ?? 0);
    },
  };
}
