import { WorkPeriodSchema, type WorkPeriod } from '@gmekit/model';
import { sql } from 'kysely';
import { uniqueBy, validateRows, type WriteOptions, type WriteResult } from '../batch';
import type { CopyIn } from '../connection/copy';
import { copyField } from '../connection/copy';
import { inTransaction, logChange, missingTrainees, readDoc, type Context } from './context';
import { localDay } from './local-day';

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

/** The instant in epoch ms (the bracketed zone names the offset's zone; the offset alone fixes the instant). */
function epochMs(instant: string): number {
  return Date.parse(instant.replace(/\[[^\]]*\]$/, ''));
}

/** The instant as UTC text, for the timestamptz columns. */
function utc(instant: string): string {
  return new Date(epochMs(instant)).toISOString();
}

type Checked = readonly { readonly data: WorkPeriod }[];

const UPSERT = sql`on conflict (id) do update set trainee_id = excluded.trainee_id, start_at = excluded.start_at, end_at = excluded.end_at,
  start_day = excluded.start_day, doc = excluded.doc`;

/** PGlite: each chunk travels as one jsonb parameter. */
async function insertChunks(tx: Context, good: Checked): Promise<void> {
  for (let i = 0; i < good.length; i += CHUNK) {
    const chunk = good.slice(i, i + CHUNK).map(({ data }) => ({ i: data.id ?? null, t: data.traineeId, s: utc(data.start), e: utc(data.end), d: localDay(data.start), doc: data }));
    await sql`insert into work_periods (id, trainee_id, start_at, end_at, start_day, doc)
      select x.i, x.t, x.s, x.e, x.d, x.doc from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(i text, t text, s timestamptz, e timestamptz, d date, doc jsonb)
      ${UPSERT}`.execute(tx.db);
  }
}

/** One COPY text-format line of a period. */
function copyLine(p: WorkPeriod): string {
  return [p.id ?? null, p.traineeId, utc(p.start), utc(p.end), localDay(p.start), JSON.stringify(p)].map(copyField).join('\t') + '\n';
}

/** The COPY data of `periods`, built lazily a few hundred rows at a time so the server loads while the rest is written. */
function* copyData(periods: Checked): Generator<string> {
  for (let i = 0; i < periods.length; i += 500) {
    let part = '';
    for (const { data } of periods.slice(i, i + 500)) part += copyLine(data);
    yield part;
  }
}

/**
 * PostgreSQL: one COPY straight into the table for periods whose id is not
 * stored yet (COPY cannot replace a row); periods that replace a stored one
 * take the upsert. If another transaction stores one of the ids meanwhile,
 * COPY hits the unique index: back to the savepoint, and upsert them all.
 */
async function copyPeriods(tx: Context, copyIn: CopyIn, good: Checked): Promise<void> {
  const ids = good.flatMap(({ data }) => (data.id === undefined ? [] : [data.id]));
  const stored = new Set<string>();
  if (ids.length > 0) {
    const r = await sql<{ id: string }>`select w.id from work_periods w join jsonb_array_elements_text(${JSON.stringify(ids)}::jsonb) as e(v) on w.id = e.v`.execute(tx.db);
    for (const row of r.rows) stored.add(row.id);
  }
  const replacing = good.filter(({ data }) => data.id !== undefined && stored.has(data.id));
  const fresh = good.filter(({ data }) => data.id === undefined || !stored.has(data.id));
  await insertChunks(tx, replacing);
  if (fresh.length === 0) return;
  await sql`savepoint work_periods_copy`.execute(tx.db);
  try {
    await copyIn(tx.db, 'copy work_periods (id, trainee_id, start_at, end_at, start_day, doc) from stdin', copyData(fresh));
  } catch (error) {
    if ((error as { code?: unknown }).code !== '23505') throw error;
    await sql`rollback to savepoint work_periods_copy`.execute(tx.db);
    await insertChunks(tx, fresh);
  }
  await sql`release savepoint work_periods_copy`.execute(tx.db);
}

/** Builds the work-period repository over a context. */
export function workPeriodRepository(ctx: Context): WorkPeriodRepository {
  return {
    async insert(rows, options = {}) {
      const checked = validateRows(WorkPeriodSchema, rows, (p) => (epochMs(p.end) > epochMs(p.start) ? undefined : 'a work period must end after it starts'));
      const findings = checked.findings;
      let good = uniqueBy(checked.good, (p) => p.id, 'work period id', findings);
      return inTransaction(ctx, async (tx) => {
        const missing = await missingTrainees(tx, good.map((r) => r.data.traineeId));
        good = good.filter((r) => {
          if (!missing.has(r.data.traineeId)) return true;
          findings.push({ code: 'store/unknown-trainee', severity: 'error', path: [r.index, 'traineeId'], message: `[${r.index}].traineeId: no trainee ${r.data.traineeId} in the store; add the trainee first` });
          return false;
        });
        findings.sort((a, b) => Number(a.path[0]) - Number(b.path[0]));
        if (findings.length > 0 && (options.onInvalid ?? 'reject') === 'reject') return { ok: false, written: 0, findings };
        if (tx.copyIn === undefined) await insertChunks(tx, good);
        else await copyPeriods(tx, tx.copyIn, good);
        if (good.length > 0) {
          const trainees = [...new Set(good.map((r) => r.data.traineeId))].sort();
          await logChange(tx, 'insert', 'work-period', null, { count: good.length, trainees });
        }
        return { ok: findings.length === 0, written: good.length, findings };
      });
    },
    async list(filter = {}) {
      const ids = filter.traineeIds === undefined ? null : JSON.stringify(filter.traineeIds);
      const r = await sql<{ doc: unknown; row_id: string }>`select row_id, doc from work_periods
        where (${ids}::jsonb is null or trainee_id in (select jsonb_array_elements_text(${ids}::jsonb)))
          and (${filter.from ?? null}::date is null or start_day >= ${filter.from ?? null}::date)
          and (${filter.to ?? null}::date is null or start_day <= ${filter.to ?? null}::date)
        order by trainee_id, start_at, end_at, row_id`.execute(ctx.db);
      return r.rows.map((row) => readDoc(WorkPeriodSchema, row.doc, `work period row ${row.row_id}`));
    },
    async count() {
      const r = await sql<{ n: number }>`select count(*)::int as n from work_periods`.execute(ctx.db);
      return r.rows[0]?.n ?? 0;
    },
  };
}
