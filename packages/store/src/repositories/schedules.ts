import { AssignmentSchema, CallAssignmentSchema, LeaveSchema, zodIssuesToFindings } from '@gmekit/model';
import { sql } from 'kysely';
import { z } from 'zod';
import { validateRows } from '../batch';
import { ScheduleConflictError, StoreError } from '../errors';
import { inTransaction, logChange, readDoc, type Context } from './context';

/** What one version of a schedule holds: rotation assignments and the leave they leave room for (block), or calls taken (call). */
export const ScheduleContentSchema = z.object({
  /** Rotation assignments of a block schedule. */
  assignments: z.array(AssignmentSchema).default([]),
  /** Leave of a block schedule, e.g. its vacation blocks (versions saved before this field read back with none). */
  leave: z.array(LeaveSchema).default([]),
  /** Calls of a call schedule. */
  calls: z.array(CallAssignmentSchema).default([]),
  /** Free-text note (what changed, why). */
  note: z.string().exactOptional(),
});
/** What one version of a schedule holds. */
export type ScheduleContent = z.infer<typeof ScheduleContentSchema>;

/** Block (rotations) or call schedule. */
export type ScheduleKind = 'block' | 'call';

/** Where a version stands: the newest drafts, the published one, or superseded by a later publication. */
export type ScheduleVersionStatus = 'draft' | 'published' | 'superseded';

/** A schedule's head: its revision (bumped by every draft and publication) and versions. */
export interface ScheduleInfo {
  /** Schedule id. */
  readonly id: string;
  /** Block or call. */
  readonly kind: ScheduleKind;
  /** Program the schedule is for. */
  readonly programId: string;
  /** Optimistic-concurrency token: pass it back as `expectedRevision`. */
  readonly revision: number;
  /** The published version, if any. */
  readonly publishedVersion: number | null;
  /** Every version, oldest first. */
  readonly versions: readonly {
    /** Version number, 1, 2, … */
    readonly version: number;
    /** Draft, published or superseded. */
    readonly status: ScheduleVersionStatus;
    /** The actor who saved it. */
    readonly createdBy: string;
    /** When it was saved, as a UTC instant. */
    readonly createdAt: string;
  }[];
}

/** Which schedules {@link ScheduleRepository.list} returns; every field narrows, none is required. */
export interface ScheduleFilter {
  /** Only this program's schedules. */
  readonly programId?: string;
  /** Only block or only call schedules. */
  readonly kind?: ScheduleKind;
}

/** A new draft version. */
export interface DraftInput {
  /** Schedule id (created on the first draft). */
  readonly scheduleId: string;
  /** Block or call. */
  readonly kind: ScheduleKind;
  /** Program the schedule is for. */
  readonly programId: string;
  /** The schedule's revision as the caller read it; 0 for a new schedule. */
  readonly expectedRevision: number;
  /** The draft's content, validated with {@link ScheduleContentSchema}. */
  readonly content: unknown;
}

/** Versioned schedules: drafts, then one published version, guarded by a revision number. */
export interface ScheduleRepository {
  /**
   * Saves a new draft version.
   *
   * @throws StoreError `store/invalid-row` with findings for invalid content
   * @throws ScheduleConflictError when `expectedRevision` is stale
   */
  saveDraft(input: DraftInput): Promise<{
    /** The schedule's new revision. */
    readonly revision: number;
    /** The new version's number. */
    readonly version: number;
  }>;
  /**
   * Publishes one version (the previously published one becomes superseded).
   *
   * @throws ScheduleConflictError when `expectedRevision` is stale
   */
  publish(
    scheduleId: string,
    version: number,
    expectedRevision: number,
  ): Promise<{
    /** The schedule's new revision. */
    readonly revision: number;
  }>;
  /** The schedule's head and versions; `undefined` when there is no such schedule. */
  get(scheduleId: string): Promise<ScheduleInfo | undefined>;
  /** The heads and versions of every schedule that matches `filter`, ordered by id. */
  list(filter?: ScheduleFilter): Promise<ScheduleInfo[]>;
  /** A version's content: the given version, or the published one. */
  content(scheduleId: string, version?: number): Promise<ScheduleContent | undefined>;
}

async function conflict(ctx: Context, scheduleId: string, expected: number): Promise<never> {
  const row = await ctx.db.selectFrom('schedules').select('revision').where('id', '=', scheduleId).executeTakeFirst();
  throw new ScheduleConflictError(scheduleId, expected, row?.revision ?? 0);
}

interface HeadRow {
  readonly id: string;
  readonly kind: string;
  readonly program_id: string;
  readonly revision: number;
  readonly published_version: number | null;
}

interface VersionRow {
  readonly version: number;
  readonly created_by: string;
  readonly created_at: Date | string;
}

// A version's status is not stored: it follows from the published version.
function info(head: HeadRow, versions: readonly VersionRow[]): ScheduleInfo {
  const published = head.published_version;
  return {
    id: head.id,
    kind: head.kind === 'call' ? 'call' : 'block',
    programId: head.program_id,
    revision: head.revision,
    publishedVersion: published,
    versions: versions.map((v) => ({
      version: v.version,
      status: v.version === published ? 'published' : published !== null && v.version < published ? 'superseded' : 'draft',
      createdBy: v.created_by,
      createdAt: new Date(v.created_at).toISOString(),
    })),
  };
}

/** Builds the schedule repository over a context. */
export function scheduleRepository(ctx: Context): ScheduleRepository {
  return {
    async saveDraft(input) {
      const parsed = ScheduleContentSchema.safeParse(input.content);
      if (!parsed.success) throw new StoreError('store/invalid-row', ['content'], `schedule ${input.scheduleId}: the draft does not match the model`, { findings: zodIssuesToFindings(parsed.error) });
      const text = validateRows(ScheduleContentSchema, [parsed.data]).findings;
      if (text.length > 0) throw new StoreError('store/invalid-row', ['content'], `schedule ${input.scheduleId}: the draft has text that cannot be stored`, { findings: text });
      return inTransaction(ctx, async (tx) => {
        let revision: number;
        if (input.expectedRevision === 0) {
          const created = await sql<{ revision: number }>`insert into schedules (id, kind, program_id, revision) values (${input.scheduleId}, ${input.kind}, ${input.programId}, 1)
            on conflict (id) do nothing returning revision`.execute(tx.db);
          if (created.rows.length === 0) return conflict(tx, input.scheduleId, 0);
          revision = 1;
        } else {
          const updated = await tx.db
            .updateTable('schedules')
            .set((eb) => ({ revision: eb('revision', '+', 1) }))
            .where('id', '=', input.scheduleId)
            .where('revision', '=', input.expectedRevision)
            .returning('revision')
            .executeTakeFirst();
          if (updated === undefined) return conflict(tx, input.scheduleId, input.expectedRevision);
          revision = updated.revision;
        }
        const last = await sql<{ v: number }>`select coalesce(max(version), 0)::int as v from schedule_versions where schedule_id = ${input.scheduleId}`.execute(tx.db);
        const version = (last.rows[0]?.v ?? 0) + 1;
        await tx.db.insertInto('schedule_versions').values({ schedule_id: input.scheduleId, version, created_by: tx.actor, doc: JSON.stringify(parsed.data) }).execute();
        await logChange(tx, 'draft', 'schedule', input.scheduleId, { version, revision });
        return { revision, version };
      });
    },
    async publish(scheduleId, version, expectedRevision) {
      return inTransaction(ctx, async (tx) => {
        const exists = await tx.db.selectFrom('schedule_versions').select('version').where('schedule_id', '=', scheduleId).where('version', '=', version).executeTakeFirst();
        if (exists === undefined) throw new StoreError('store/not-found', ['version'], `schedule ${scheduleId} has no version ${version}`);
        const updated = await tx.db
          .updateTable('schedules')
          .set((eb) => ({ revision: eb('revision', '+', 1), published_version: version }))
          .where('id', '=', scheduleId)
          .where('revision', '=', expectedRevision)
          .returning('revision')
          .executeTakeFirst();
        if (updated === undefined) return conflict(tx, scheduleId, expectedRevision);
        await logChange(tx, 'publish', 'schedule', scheduleId, { version, revision: updated.revision });
        return { revision: updated.revision };
      });
    },
    async get(scheduleId) {
      const head = await ctx.db.selectFrom('schedules').selectAll().where('id', '=', scheduleId).executeTakeFirst();
      if (head === undefined) return undefined;
      const versions = await ctx.db.selectFrom('schedule_versions').select(['version', 'created_by', 'created_at']).where('schedule_id', '=', scheduleId).orderBy('version').execute();
      return info(head, versions);
    },
    async list(filter = {}) {
      let heads = ctx.db.selectFrom('schedules').selectAll();
      if (filter.programId !== undefined) heads = heads.where('program_id', '=', filter.programId);
      if (filter.kind !== undefined) heads = heads.where('kind', '=', filter.kind);
      const rows = await heads.orderBy('id').execute();
      if (rows.length === 0) return [];
      // One query for every listed schedule's versions, not one per schedule.
      const versions = await ctx.db
        .selectFrom('schedule_versions')
        .select(['schedule_id', 'version', 'created_by', 'created_at'])
        .where('schedule_id', 'in', rows.map((r) => r.id))
        .orderBy('schedule_id')
        .orderBy('version')
        .execute();
      const byId = new Map<string, VersionRow[]>();
      for (const v of versions) {
        const list = byId.get(v.schedule_id);
        if (list === undefined) byId.set(v.schedule_id, [v]);
        else list.push(v);
      }
      return rows.map((head) => info(head, byId.get(head.id) ?? []));
    },
    async content(scheduleId, version) {
      let wanted = version;
      if (wanted === undefined) {
        const head = await ctx.db.selectFrom('schedules').select('published_version').where('id', '=', scheduleId).executeTakeFirst();
        if (head?.published_version == null) return undefined;
        wanted = head.published_version;
      }
      const row = await ctx.db.selectFrom('schedule_versions').select('doc').where('schedule_id', '=', scheduleId).where('version', '=', wanted).executeTakeFirst();
      return row === undefined ? undefined : readDoc(ScheduleContentSchema, row.doc, `schedule ${scheduleId} version ${wanted}`);
    },
  };
}
