import { TraineeRecordSchema, type Assignment, type Leave, type Program, type Rotation, type Trainee, type TraineeRecord, type WorkPeriod } from '@gmekit/model';
import { sql } from 'kysely';
import { StoreError } from './errors';
import { catalogRepository } from './repositories/catalog';
import { readDoc, type Context } from './repositories/context';
import { recordRepositories } from './repositories/records';
import { workPeriodRepository } from './repositories/work-periods';
import { AssignmentSchema, LeaveSchema, ProcedureLogEntrySchema, ScholarlyActivitySchema } from '@gmekit/model';

/** What `evaluate` of `@gmekit/requirements` takes in trainee mode: the record and the trainee's program. */
export interface TraineeSubjectFromStore {
  /** Everything dated on or before the as-of date. */
  readonly record: TraineeRecord;
  /** The trainee's program from the stored catalog, when it is there. */
  readonly program?: Program;
}

/** A window of local dates for {@link StoreQueries.workHoursInput}. */
export interface WorkHoursWindow {
  /** First day, inclusive (`YYYY-MM-DD`). */
  readonly from: string;
  /** Last day, inclusive. */
  readonly to: string;
  /** Only these trainees (default: everyone with work logged in the window, or the program's trainees). */
  readonly traineeIds?: readonly string[];
  /** Only this program's trainees. */
  readonly programId?: string;
}

/** What `auditWorkHours` of `@gmekit/requirements` takes: `auditWorkHours(periods, { trainees, assignments, leave, rotations })`. */
export interface WorkHoursInput {
  /** Periods whose start falls on a day of the window (the local day: in the start's bracketed zone, else the date written before its offset). */
  readonly periods: WorkPeriod[];
  /** The trainees audited. */
  readonly trainees: Trainee[];
  /** Assignments overlapping the window. */
  readonly assignments: Assignment[];
  /** Leave overlapping the window. */
  readonly leave: Leave[];
  /** Rotations of the trainees' programs (for Review Committee work-hour exceptions). */
  readonly rotations: Pick<Rotation, 'id' | 'workHourException'>[];
}

/** Queries that assemble the inputs of the requirement checks. */
export interface StoreQueries {
  /** A trainee's record as of a date; `undefined` when the store has no such trainee. */
  traineeSubject(traineeId: string, asOf: string): Promise<TraineeSubjectFromStore | undefined>;
  /** Periods, trainees, assignments and leave of a window. */
  workHoursInput(window: WorkHoursWindow): Promise<WorkHoursInput>;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
function checkDate(path: readonly string[], value: string): void {
  const name = path.join('.');
  if (!DATE.test(value)) throw new StoreError('store/invalid-options', path, `${name} must be a date as YYYY-MM-DD, not ${JSON.stringify(value)}`);
}

async function dated<S extends typeof AssignmentSchema | typeof LeaveSchema | typeof ProcedureLogEntrySchema | typeof ScholarlyActivitySchema>(
  ctx: Context,
  table: 'assignments' | 'leave' | 'procedure_log' | 'scholarly_activities',
  schema: S,
  traineeIds: readonly string[] | null,
  from: string | null,
  to: string,
): Promise<ReturnType<S['parse']>[]> {
  const start = sql.ref(table === 'procedure_log' || table === 'scholarly_activities' ? 'day' : 'start_date');
  const end = sql.ref(table === 'procedure_log' || table === 'scholarly_activities' ? 'day' : 'end_date');
  const ids = traineeIds === null ? null : JSON.stringify(traineeIds);
  const r = await sql<{ id: string; doc: unknown }>`select id, doc from ${sql.table(table)}
    where (${ids}::jsonb is null or trainee_id in (select jsonb_array_elements_text(${ids}::jsonb)))
      and ${start} <= ${to}::date and (${from}::date is null or ${end} >= ${from}::date)
    order by trainee_id, ${start}, id`.execute(ctx.db);
  return r.rows.map((row) => readDoc(schema, row.doc, `${table} ${row.id}`) as ReturnType<S['parse']>);
}

/** Builds the queries over a context. */
export function storeQueries(ctx: Context): StoreQueries {
  const records = recordRepositories(ctx);
  const periods = workPeriodRepository(ctx);
  const catalog = catalogRepository(ctx);
  return {
    async traineeSubject(traineeId, asOf) {
      checkDate(['asOf'], asOf);
      const trainee = await records.trainees.get(traineeId);
      if (trainee === undefined) return undefined;
      const only = [traineeId];
      const record = TraineeRecordSchema.parse({
        trainee,
        assignments: await dated(ctx, 'assignments', AssignmentSchema, only, null, asOf),
        leave: await dated(ctx, 'leave', LeaveSchema, only, null, asOf),
        workPeriods: await periods.list({ traineeIds: only, to: asOf }),
        procedures: await dated(ctx, 'procedure_log', ProcedureLogEntrySchema, only, null, asOf),
        scholarly: await dated(ctx, 'scholarly_activities', ScholarlyActivitySchema, only, null, asOf),
      });
      const program = await catalog.program(trainee.programId);
      return program === undefined ? { record } : { record, program };
    },
    async workHoursInput(window) {
      checkDate(['window', 'from'], window.from);
      checkDate(['window', 'to'], window.to);
      let ids: readonly string[] | null = window.traineeIds ?? null;
      if (window.programId !== undefined) {
        const inProgram = await ctx.db.selectFrom('trainees').select('id').where('program_id', '=', window.programId).execute();
        const set = new Set(inProgram.map((t) => t.id));
        ids = ids === null ? [...set] : ids.filter((id) => set.has(id));
      }
      const list = await periods.list({ ...(ids === null ? {} : { traineeIds: ids }), from: window.from, to: window.to });
      const audited = ids ?? [...new Set(list.map((p) => p.traineeId))];
      const trainees = await records.trainees.list({ traineeIds: audited });
      const rotations: Pick<Rotation, 'id' | 'workHourException'>[] = [];
      for (const programId of [...new Set(trainees.map((t) => t.programId))].sort()) {
        const program = await catalog.program(programId);
        for (const r of program?.rotations ?? []) rotations.push(r.workHourException === undefined ? { id: r.id } : { id: r.id, workHourException: r.workHourException });
      }
      return {
        periods: list,
        trainees,
        assignments: await dated(ctx, 'assignments', AssignmentSchema, audited, window.from, window.to),
        leave: await dated(ctx, 'leave', LeaveSchema, audited, window.from, window.to),
        rotations,
      };
    },
  };
}
