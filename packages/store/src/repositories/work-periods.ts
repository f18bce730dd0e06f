import { WorkPeriodSchema, type WorkPeriod } from '@gmekit/model';
import { sql } from 'kysely';
import { uniqueBy, validateRows, type WriteOptions, type WriteResult } from '../batch';
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

/** The instant as UTC (the bracketed zone names the offset's zone; the offset alone fixes the instant). */
function utc(instant: string): string {
  return new Date(Date.parse(instant.replace(/\[[^\]]*\]$/, ''))).toISOString();
}

/** Builds the work-period repository over a context. */
export function workPeriodRepository(ctx: Context): WorkPeriodRepository {
  return {
    async insert(rows, options = {}) {
      const checked = validateRows(WorkPeriodSchema, rows, (p) => (Date.parse(utc(p.end)) > Date.parse(utc(p.start)) ? undefined : 'a work period must end after it starts'));
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
        for (let i = 0; i < good.length; i += CHUNK) {
          const chunk = good.slice(i, i + CHUNK).map(({ data }) => ({ i: data.id ?? null, t: data.traineeId, s: utc(data.start), e: utc(data.end), d: localDay(data.start), doc: data }));
          await sql`insert into work_periods (id, trainee_id, start_at, end_at, start_day, doc)
            select x.i, x.t, x.s, x.e, x.d, x.doc from jsonb_to_recordset(${JSON.stringify(chunk)}::jsonb) as x(i text, t text, s timestamptz, e timestamptz, d date, doc jsonb)
            on conflict (id) do update set trainee_id = excluded.trainee_id, start_at = excluded.start_at, end_at = excluded.end_at,
              start_day = excluded.start_day, doc = excluded.doc`.execute(tx.db);
        }
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
