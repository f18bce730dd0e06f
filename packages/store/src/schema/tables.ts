import type { ColumnType, Generated } from 'kysely';

/**
 * Typed columns are what queries filter and join on (ids, dates, foreign
 * keys); `doc` is the whole entity as the model parsed it, read back through
 * the same zod schema.
 */
type Doc = ColumnType<unknown, string, string>;
type Day = ColumnType<string, string, string>;

interface RecordTable {
  id: string;
  trainee_id: string;
  doc: Doc;
}

/** The database as kysely sees it (internal). */
export interface Tables {
  store_migrations: { version: number; name: string; checksum: string; applied_at: ColumnType<Date, never, never> };
  catalog_meta: { singleton: boolean; format_version: number; doc: Doc };
  sites: { id: string; position: number; doc: Doc };
  programs: { id: string; position: number; doc: Doc };
  trainees: { id: string; program_id: string; start_date: Day; doc: Doc };
  assignments: RecordTable & { rotation_id: string; start_date: Day; end_date: Day };
  leave: RecordTable & { start_date: Day; end_date: Day };
  procedure_log: RecordTable & { day: Day };
  scholarly_activities: RecordTable & { day: Day };
  work_periods: {
    row_id: Generated<string>;
    id: string | null;
    trainee_id: string;
    start_at: ColumnType<Date, string, string>;
    end_at: ColumnType<Date, string, string>;
    start_day: Day;
    /** The start as written (offset, bracketed zone), since migration 3. */
    start_text: string;
    /** The end as written, since migration 3. */
    end_text: string;
    /** The period less id, traineeId, start and end, since migration 3. */
    doc: Doc;
  };
  schedules: { id: string; kind: string; program_id: string; revision: number; published_version: number | null };
  schedule_versions: { schedule_id: string; version: number; created_by: string; created_at: ColumnType<Date, never, never>; doc: Doc };
  change_log: {
    seq: Generated<string>;
    at: ColumnType<Date, never, never>;
    actor: string;
    action: string;
    entity: string;
    entity_id: string | null;
    detail: Doc;
  };
}
