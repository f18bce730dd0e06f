import { WorkPeriodSchema, type WorkPeriod } from '@gmekit/model';
import { sql } from 'kysely';
import type { WriteOptions, WriteResult } from '../batch';
import type { CopyIn } from '../connection/copy';
import { inTransaction, logChange, missingTrainees, readDoc, type Context } from './context';
import { quickWorkPeriod } from './work-period-check';
import { COLUMN_KEYS, copyLine, idsWritten, PERIOD_COLUMNS, periodColumns, PeriodRows } from './work-period-rows';

/** Which work periods to read. */
export interface WorkPeriodFilter {
  /** Only these trainees. */
  readonly traineeIds?: readonly string[];
  /** First local day of the period's start (in its bracketed zone, else the date written before the offset), inclusive. */
  readonly from?: string;
  /** Last local day, inclusive. */
  readonly to?: string;
}

/** Logged work periods: bulk append and windowed reads. */
export interface WorkPeriodRepository {
  /**
   * Validates and appends a batch in one transaction (a period with an `id`
   * already stored replaces it). The change log gets one entry per batch
   * (count and trainees), not one per period: an import is hundreds of
   * thousands of rows.
   */
  insert(rows: readonly unknown[], options?: WriteOptions): Promise<WriteResult>;
  /** Periods in trainee, start-instant order. */
  list(filter?: WorkPeriodFilter): Promise<WorkPeriod[]>;
  /** How many periods are stored. */
  count(): Promise<number>;
}

// Rows per INSERT: the batch travels as one jsonb parameter per statement.
const CHUNK = 5_000;
// Rows checked and written per part of the COPY data.
const PART = 500;

type Checked = readonly { readonly data: WorkPeriod }[];

// The predicate names migration 3's partial unique index.
const UPSERT = sql`on conflict (id) where id is not null do update set trainee_id = excluded.trainee_id, start_at = excluded.start_at, end_at = excluded.end_at,
  start_day = excluded.start_day, start_text = excluded.start_text, end_text = excluded.end_text, doc = excluded.doc`;

/** PGlite (and the rare replacements on PostgreSQL): each chunk travels as one jsonb parameter. */
async function insertChunks(tx: Context, good: Checked): Promise<void> {
  for (let i = 0; i < good.length; i += CHUNK) {
    const chunk = good.slice(i, i + CHUNK).map(({ data }) => {
      const [id, trainee, startAt, endAt, day, start, end, doc] = periodColumns(data);
      return { id, trainee, startAt, endAt, day, start, end, doc };
    });
    await sql`insert into work_periods (${sql.raw(PERIOD_COLUMNS)})
      select x.id, x.trainee, x."startAt", x."endAt", x.day, x.start, x."end", x.doc
      from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(id text, trainee text, "startAt" timestamptz, "endAt" timestamptz, day date, start text, "end" text, doc jsonb)
      ${UPSERT}`.execute(tx.db);
  }
}

/** Stored ids among `ids`. */
async function storedIds(tx: Context, ids: readonly string[]): Promise<Set<string>> {
  const stored = new Set<string>();
  if (ids.length === 0) return stored;
  const r = await sql<{ id: string }>`select w.id from work_periods w join jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as e(v) on w.id = e.v`.execute(tx.db);
  for (const row of r.rows) stored.add(row.id);
  return stored;
}

/**
 * The COPY data of the checked rows, checking the batch as it goes: each
 * part checks the next rows, then writes the new good ones, so the server
 * loads one part while this process checks and writes the next. Under the
 * `'reject'` policy the first finding ends the data (the rest is still
 * checked, to report every bad row; the caller rolls the part written back).
 */
function* copyData(batch: PeriodRows, reject: boolean): Generator<string> {
  let written = 0;
  while (!batch.done) {
    batch.checkUpTo(batch.checked + PART);
    if (reject && batch.findings.length > 0) {
      batch.checkAll();
      return;
    }
    let part = '';
    for (const row of batch.fresh.slice(written)) part += copyLine(row.data);
    written = batch.fresh.length;
    if (part !== '') yield part;
  }
}

/**
 * PostgreSQL: one COPY straight into the table for periods whose id is not
 * stored yet (COPY cannot replace a row), checked while it streams; periods
 * that replace a stored one take the upsert. If another transaction stores
 * one of the ids meanwhile, COPY hits the unique index: back to the
 * savepoint, and upsert them all.
 */
async function copyPeriods(tx: Context, copyIn: CopyIn, batch: PeriodRows, reject: boolean): Promise<void> {
  await sql`savepoint work_periods_copy`.execute(tx.db);
  try {
    await copyIn(tx.db, `copy work_periods (${PERIOD_COLUMNS}) from stdin`, copyData(batch, reject));
  } catch (error) {
    if ((error as { code?: unknown }).code !== '23505') throw error;
    await sql`rollback to savepoint work_periods_copy`.execute(tx.db);
    batch.checkAll();
    if (!(reject && batch.findings.length > 0)) await insertChunks(tx, batch.fresh);
  }
  batch.checkAll();
  if (reject && batch.findings.length > 0) await sql`rollback to savepoint work_periods_copy`.execute(tx.db);
  await sql`release savepoint work_periods_copy`.execute(tx.db);
  if (!(reject && batch.findings.length > 0)) await insertChunks(tx, batch.replacing);
}

/** One stored period as `list` reads it: row id, id, start and end as written, and the rest of the document. */
type StoredRow = [rowId: string, id: string | null, start: string, end: string, doc: unknown];

/**
 * The period a row stores: its columns, then the document's other keys (a key
 * the columns hold is theirs, even in a tampered document). A document that
 * is not an object is returned as it is, for the schema to reject.
 */
function storedPeriod(traineeId: string, [, id, start, end, doc]: StoredRow): unknown {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return doc;
  const period: Record<string, unknown> = id === null ? { traineeId, start, end } : { id, traineeId, start, end };
  for (const [key, value] of Object.entries(doc)) if (!COLUMN_KEYS.has(key)) period[key] = value;
  return period;
}

/** Builds the work-period repository over a context. */
export function workPeriodRepository(ctx: Context): WorkPeriodRepository {
  return {
    async insert(rows, options = {}) {
      const reject = (options.onInvalid ?? 'reject') === 'reject';
      const written = idsWritten(rows);
      return inTransaction(ctx, async (tx) => {
        const batch = new PeriodRows(rows, await missingTrainees(tx, written.trainees), await storedIds(tx, written.ids));
        if (tx.copyIn === undefined) {
          batch.checkAll();
          if (!(reject && batch.findings.length > 0)) await insertChunks(tx, [...batch.replacing, ...batch.fresh]);
        } else {
          await copyPeriods(tx, tx.copyIn, batch, reject);
        }
        const findings = batch.findings;
        if (findings.length > 0 && reject) return { ok: false, written: 0, findings };
        const good = batch.fresh.length + batch.replacing.length;
        if (good > 0) {
          const trainees = [...new Set([...batch.fresh, ...batch.replacing].map((r) => r.data.traineeId))].sort();
          await logChange(tx, 'insert', 'work-period', null, { count: good, trainees });
        }
        return { ok: findings.length === 0, written: good, findings };
      });
    },
    async list(filter = {}) {
      const ids = filter.traineeIds === undefined ? null : JSON.stringify(filter.traineeIds);
      // Rows come back as one JSON array per trainee rather than one row per
      // period: the drivers' per-row work (and one JSON.parse per document)
      // cost more than the query. Grouping by trainee follows the order
      // asked for and keeps each text far below a JavaScript string's size
      // limit (a trainee logs a few hundred periods a year).
      const order = sql`order by start_at, end_at, row_id`;
      const r = await sql<{ trainee_id: string; rows: StoredRow[] }>`select trainee_id,
          json_agg(json_build_array(row_id::text, id, start_text, end_text, doc) ${order}) as rows from work_periods
        where (${ids}::jsonb is null or trainee_id in (select jsonb_array_elements_text(${ids}::jsonb)))
          and (${filter.from ?? null}::date is null or start_day >= ${filter.from ?? null}::date)
          and (${filter.to ?? null}::date is null or start_day <= ${filter.to ?? null}::date)
        group by trainee_id order by trainee_id`.execute(ctx.db);
      const out: WorkPeriod[] = [];
      for (const group of r.rows) {
        for (const row of group.rows) {
          const period = storedPeriod(group.trainee_id, row);
          // The quick check stands in for the schema on the common shape (and leaves anything else to zod), so a tampered row is still caught.
          out.push(quickWorkPeriod(period) ?? readDoc(WorkPeriodSchema, period, `work period row ${row[0]}`));
        }
      }
      return out;
    },
    async count() {
      const r = await sql<{ n: number }>`select count(*)::int as n from work_periods`.execute(ctx.db);
      return r.rows[0]?.n ?? 0;
    },
  };
}
