import { WorkPeriodSchema, instantEpochMs, type Finding, type WorkPeriod } from '@gmekit/model';
import { firstWithKey, validateRow, type GoodRow } from '../batch';
import { copyField } from '../connection/copy';
import { localDay } from './local-day';
import { isId, quickWorkPeriod } from './work-period-check';

// Years 1000–9999, seconds with at most milliseconds, Z or an offset within PostgreSQL's ±15:59: text the server reads as the very instant `Date` does.
const PLAIN = /^[1-9]\d{3}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?(?:Z|[+-](?:0\d|1[0-5]):\d{2})$/;

/**
 * The instant as text for the timestamptz columns: as written (less the
 * bracketed zone) when that is plain ISO 8601 with at most milliseconds,
 * else through `Date`, which keeps milliseconds as the column always did
 * (formatting a `Date` per row cost more than the rest of the row).
 */
export function utc(instant: string): string {
  const text = instant.endsWith(']') ? instant.slice(0, instant.lastIndexOf('[')) : instant;
  return PLAIN.test(text) ? text : new Date(Date.parse(text)).toISOString();
}

/** The keys of a work period that `work_periods` keeps in columns, not in its document. */
export const COLUMN_KEYS: ReadonlySet<string> = new Set(['id', 'traineeId', 'start', 'end']);

/** The period less what its columns hold (id, trainee, start and end): the stored document. */
export function restOf(p: WorkPeriod): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(p)) if (!COLUMN_KEYS.has(key)) rest[key] = value;
  return rest;
}

/** The columns of `work_periods` a write fills, in the order of {@link periodColumns}. */
export const PERIOD_COLUMNS = 'id, trainee_id, start_at, end_at, start_day, start_text, end_text, doc';

/** A period's values for `PERIOD_COLUMNS`, in order: the instants as the timestamptz columns take them, the document as an object. What both ways of writing send. */
export function periodColumns(p: WorkPeriod): readonly [string | null, string, string, string, string, string, string, Record<string, unknown>] {
  return [p.id ?? null, p.traineeId, utc(p.start), utc(p.end), localDay(p.start), p.start, p.end, restOf(p)];
}

/** One COPY text-format line of a period, with the fields of `PERIOD_COLUMNS`. */
export function copyLine(p: WorkPeriod): string {
  const [id, trainee, startAt, endAt, day, start, end, doc] = periodColumns(p);
  return `${copyField(id)}\t${copyField(trainee)}\t${copyField(startAt)}\t${copyField(endAt)}\t${copyField(day)}\t${copyField(start)}\t${copyField(end)}\t${copyField(JSON.stringify(doc))}\n`;
}

/**
 * Trainee ids and period ids as the rows write them, before validation: what
 * the import asks the database about up front. Only values of the id pattern
 * are asked about (a row with any other value fails validation anyway, and
 * text such as a NUL could not even travel in the query).
 */
export function idsWritten(rows: readonly unknown[]): { trainees: string[]; ids: string[] } {
  const trainees = new Set<string>();
  const ids: string[] = [];
  for (const row of rows) {
    if (typeof row !== 'object' || row === null) continue;
    const { traineeId, id } = row as { traineeId?: unknown; id?: unknown };
    if (isId(traineeId)) trainees.add(traineeId);
    if (isId(id)) ids.push(id);
  }
  return { trainees: [...trainees], ids };
}

/**
 * Checks the rows of one insert in order, one at a time, so that an import
 * can check the rows ahead while the database loads those behind. Each row
 * gets exactly the findings the batch rules give it: invalid against the
 * model (or ending before it starts), the same `id` as an earlier good row,
 * or a trainee the store does not have. Good rows land in `fresh`, or in
 * `replacing` when their `id` is already stored.
 */
export class PeriodRows {
  /** Findings so far, in row order. */
  readonly findings: Finding[] = [];
  /** Good rows whose id is not stored (or who have none). */
  readonly fresh: GoodRow<WorkPeriod>[] = [];
  /** Good rows that replace a stored period. */
  readonly replacing: GoodRow<WorkPeriod>[] = [];
  /** Rows checked so far. */
  checked = 0;
  readonly #seen = new Map<string, number>();
  readonly #rows: readonly unknown[];
  readonly #missing: ReadonlySet<string>;
  readonly #stored: ReadonlySet<string>;

  /**
   * @param rows - the batch as given
   * @param missing - trainee ids the store does not have
   * @param stored - period ids the store already has
   */
  constructor(rows: readonly unknown[], missing: ReadonlySet<string>, stored: ReadonlySet<string>) {
    this.#rows = rows;
    this.#missing = missing;
    this.#stored = stored;
  }

  /** Whether every row has been checked. */
  get done(): boolean {
    return this.checked >= this.#rows.length;
  }

  /** Checks rows up to (not including) index `end`. */
  checkUpTo(end: number): void {
    const last = Math.min(end, this.#rows.length);
    for (; this.checked < last; this.checked++) {
      const index = this.checked;
      const p = validateRow(WorkPeriodSchema, this.#rows[index], index, this.findings, endsAfterStart, quickWorkPeriod);
      if (p === undefined || !firstWithKey(this.#seen, p.id, index, 'work period id', this.findings)) continue;
      if (this.#missing.has(p.traineeId)) {
        this.findings.push({ code: 'store/unknown-trainee', severity: 'error', path: [index, 'traineeId'], message: `[${index}].traineeId: no trainee ${p.traineeId} in the store; add the trainee first` });
        continue;
      }
      (p.id !== undefined && this.#stored.has(p.id) ? this.replacing : this.fresh).push({ index, data: p });
    }
  }

  /** Checks every remaining row. */
  checkAll(): void {
    this.checkUpTo(this.#rows.length);
  }
}

function endsAfterStart(p: WorkPeriod): string | undefined {
  return instantEpochMs(p.end) > instantEpochMs(p.start) ? undefined : 'a work period must end after it starts';
}
