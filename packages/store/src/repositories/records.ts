import {
  AssignmentSchema,
  LeaveSchema,
  ProcedureLogEntrySchema,
  ScholarlyActivitySchema,
  TraineeSchema,
  type Assignment,
  type Leave,
  type ProcedureLogEntry,
  type ScholarlyActivity,
  type Trainee,
} from '@gmekit/model';
import { sql } from 'kysely';
import type { z } from 'zod';
import { uniqueBy, validateRows, type WriteOptions, type WriteResult } from '../batch';
import { inTransaction, logRows, missingTrainees, readDoc, type Context } from './context';

/** Filter for listing records. */
export interface RecordFilter {
  /** Only these trainees' records. */
  readonly traineeIds?: readonly string[];
}

/** Read and write one kind of record (trainees, assignments, leave, procedures, scholarly activity). */
export interface RecordRepository<T> {
  /**
   * Validates and upserts a batch by id, in one transaction, logging each row
   * in the change log. Rows for trainees the store does not have are invalid.
   */
  put(rows: readonly unknown[], options?: WriteOptions): Promise<WriteResult>;
  /** One record by id. */
  get(id: string): Promise<T | undefined>;
  /** Records in id order. */
  list(filter?: RecordFilter): Promise<T[]>;
  /** How many records are stored. */
  count(): Promise<number>;
}

interface Spec<S extends z.ZodType> {
  readonly entity: string;
  readonly table: 'trainees' | 'assignments' | 'leave' | 'procedure_log' | 'scholarly_activities';
  readonly schema: S;
  /** Typed columns besides `id` and `doc`: name, SQL type, value. */
  readonly columns: readonly (readonly [string, string, (row: z.output<S>) => string])[];
  readonly traineeOf?: (row: z.output<S>) => string;
}

const CHUNK = 2_000;

function repository<S extends z.ZodType<{ id: string }>>(ctx: Context, spec: Spec<S>): RecordRepository<z.output<S>> {
  const names = ['id', ...spec.columns.map(([n]) => n), 'doc'];
  const defs = ['id text', ...spec.columns.map(([n, t]) => `${n} ${t}`), 'doc jsonb'].join(', ');
  const updates = names.filter((n) => n !== 'id').map((n) => `${n} = excluded.${n}`).join(', ');
  const table = sql.table(spec.table);
  return {
    async put(rows, options = {}) {
      const { good: valid, findings } = validateRows(spec.schema, rows);
      let good = uniqueBy(valid, (r) => r.id, `${spec.entity} id`, findings);
      const traineeOf = spec.traineeOf;
      return inTransaction(ctx, async (tx) => {
        if (traineeOf !== undefined) {
          const missing = await missingTrainees(tx, good.map((r) => traineeOf(r.data)));
          good = good.filter((r) => {
            const id = traineeOf(r.data);
            if (!missing.has(id)) return true;
            findings.push({ code: 'store/unknown-trainee', severity: 'error', path: [r.index, 'traineeId'], message: `[${r.index}].traineeId: no trainee ${id} in the store; add the trainee first` });
            return false;
          });
        }
        findings.sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
        if (findings.length > 0 && (options.onInvalid ?? 'reject') === 'reject') return { ok: false, written: 0, findings };
        for (let i = 0; i < good.length; i += CHUNK) {
          const chunk = good.slice(i, i + CHUNK).map(({ data }) => {
            const row: Record<string, unknown> = { id: data.id, doc: data };
            for (const [n, , value] of spec.columns) row[n] = value(data);
            return row;
          });
          await sql`insert into ${table} (${sql.raw(names.join(', '))})
            select ${sql.raw(names.map((n) => `x.${n}`).join(', '))} from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(${sql.raw(defs)})
            on conflict (id) do update set ${sql.raw(updates)}`.execute(tx.db);
          await logRows(tx, 'upsert', spec.entity, chunk.map((r) => ({ id: String(r.id), doc: r.doc })));
        }
        return { ok: findings.length === 0, written: good.length, findings };
      });
    },
    async get(id) {
      const r = await sql<{ doc: unknown }>`select doc from ${table} where id = ${id}`.execute(ctx.db);
      const row = r.rows[0];
      return row === undefined ? undefined : readDoc(spec.schema, row.doc, `${spec.entity} ${id}`);
    },
    async list(filter = {}) {
      const ids = filter.traineeIds;
      const column = spec.table === 'trainees' ? 'id' : 'trainee_id';
      const r =
        ids === undefined
          ? await sql<{ id: string; doc: unknown }>`select id, doc from ${table} order by id`.execute(ctx.db)
          : await sql<{ id: string; doc: unknown }>`select id, doc from ${table}
              where ${sql.ref(column)} in (select jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb)) order by id`.execute(ctx.db);
      return r.rows.map((row) => readDoc(spec.schema, row.doc, `${spec.entity} ${row.id}`));
    },
    async count() {
      const r = await sql<{ n: number }>`select count(*)::int as n from ${table}`.execute(ctx.db);
      return r.rows[0]?.n ?? 0;
    },
  };
}

/** The record repositories of one context. */
export interface RecordRepositories {
  /** Residents and fellows. */
  readonly trainees: RecordRepository<Trainee>;
  /** Rotation assignments. */
  readonly assignments: RecordRepository<Assignment>;
  /** Leave. */
  readonly leave: RecordRepository<Leave>;
  /** Procedure log. */
  readonly procedures: RecordRepository<ProcedureLogEntry>;
  /** Scholarly activity. */
  readonly scholarly: RecordRepository<ScholarlyActivity>;
}

/** Builds the record repositories over a context. */
export function recordRepositories(ctx: Context): RecordRepositories {
  const trainee = (r: { traineeId: string }) => r.traineeId;
  return {
    trainees: repository(ctx, {
      entity: 'trainee',
      table: 'trainees',
      schema: TraineeSchema,
      columns: [
        ['program_id', 'text', (r) => r.programId],
        ['start_date', 'date', (r) => r.startDate],
      ],
    }),
    assignments: repository(ctx, {
      entity: 'assignment',
      table: 'assignments',
      schema: AssignmentSchema,
      traineeOf: trainee,
      columns: [
        ['trainee_id', 'text', trainee],
        ['rotation_id', 'text', (r) => r.rotationId],
        ['start_date', 'date', (r) => r.start],
        ['end_date', 'date', (r) => r.end],
      ],
    }),
    leave: repository(ctx, {
      entity: 'leave',
      table: 'leave',
      schema: LeaveSchema,
      traineeOf: trainee,
      columns: [
        ['trainee_id', 'text', trainee],
        ['start_date', 'date', (r) => r.start],
        ['end_date', 'date', (r) => r.end],
      ],
    }),
    procedures: repository(ctx, {
      entity: 'procedure-log-entry',
      table: 'procedure_log',
      schema: ProcedureLogEntrySchema,
      traineeOf: trainee,
      columns: [
        ['trainee_id', 'text', trainee],
        ['day', 'date', (r) => r.date],
      ],
    }),
    scholarly: repository(ctx, {
      entity: 'scholarly-activity',
      table: 'scholarly_activities',
      schema: ScholarlyActivitySchema,
      traineeOf: trainee,
      columns: [
        ['trainee_id', 'text', trainee],
        ['day', 'date', (r) => r.date],
      ],
    }),
  };
}
