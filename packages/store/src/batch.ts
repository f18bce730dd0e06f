import { zodIssuesToFindings, type Finding } from '@gmekit/model';
import type { z } from 'zod';

/**
 * What a write does with a batch that has invalid rows: `'reject'` (the
 * default) writes nothing and reports every bad row; `'keep-valid'` writes
 * the good rows and reports the bad ones. Either way a batch is one
 * transaction and no invalid row ever reaches a table.
 */
export type InvalidRowPolicy = 'reject' | 'keep-valid';

/** Options of a batch write. */
export interface WriteOptions {
  /** What to do with a batch that has invalid rows; default `'reject'`. */
  readonly onInvalid?: InvalidRowPolicy;
}

/** Outcome of a batch write. */
export interface WriteResult {
  /** True when every row was valid and written. */
  readonly ok: boolean;
  /** Rows written (0 when the batch was rejected). */
  readonly written: number;
  /** One or more findings per bad row; `path` starts with the row's index in the batch. */
  readonly findings: readonly Finding[];
}

/** A row that passed validation, with its index in the caller's batch. */
export interface GoodRow<T> {
  readonly index: number;
  readonly data: T;
}

/**
 * Strings PostgreSQL cannot keep in `jsonb`: NUL and unpaired UTF-16
 * surrogates. Reported as findings rather than failing deep in the driver.
 */
function unstorable(value: unknown, path: (string | number)[], out: Finding[]): void {
  if (typeof value === 'string') {
    // eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
    if (/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(value)) {
      out.push({ code: 'store/unstorable-text', severity: 'error', path, message: `${path.join('.')}: text with a NUL character or an unpaired surrogate cannot be stored` });
    }
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => {
      unstorable(v, [...path, i], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) unstorable(v, [...path, k], out);
  }
}

/**
 * Validates one row with the entity's zod schema (and an optional extra
 * check), appending its findings under its index; the parsed row when it
 * is good. `quick`, when given, is a cheaper check for the common shape that
 * returns what the schema would return, or `undefined` to leave the row to
 * zod; the rows it accepts must hold only text that can be stored (its
 * patterns allow no NUL and no surrogate).
 */
export function validateRow<S extends z.ZodType>(
  schema: S,
  row: unknown,
  index: number,
  findings: Finding[],
  extra?: (row: z.output<S>) => string | undefined,
  quick?: (row: unknown) => z.output<S> | undefined,
): z.output<S> | undefined {
  const fast = quick?.(row);
  const before = findings.length;
  let data: z.output<S>;
  if (fast === undefined) {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      findings.push(...zodIssuesToFindings(parsed.error.issues.map((i) => ({ ...i, path: [index, ...i.path] })), 'store/invalid-row'));
      return undefined;
    }
    data = parsed.data;
    unstorable(data, [index], findings);
  } else {
    data = fast;
  }
  const problem = extra?.(data);
  if (problem !== undefined) findings.push({ code: 'store/invalid-row', severity: 'error', path: [index], message: `[${index}]: ${problem}` });
  return findings.length === before ? data : undefined;
}

/**
 * Validates each row with the entity's zod schema (and an optional extra
 * check), naming bad rows by index (see {@link validateRow}).
 */
export function validateRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  extra?: (row: z.output<S>) => string | undefined,
  quick?: (row: unknown) => z.output<S> | undefined,
): { good: GoodRow<z.output<S>>[]; findings: Finding[] } {
  const good: GoodRow<z.output<S>>[] = [];
  const findings: Finding[] = [];
  rows.forEach((row, index) => {
    const data = validateRow(schema, row, index, findings, extra, quick);
    if (data !== undefined) good.push({ index, data });
  });
  return { good, findings };
}

/**
 * Notes that the row at `index` has `key`; when an earlier row of the batch
 * had it, appends a finding and returns false.
 */
export function firstWithKey(seen: Map<string, number>, key: string | undefined, index: number, what: string, findings: Finding[]): boolean {
  if (key === undefined) return true;
  const first = seen.get(key);
  if (first === undefined) {
    seen.set(key, index);
    return true;
  }
  findings.push({ code: 'store/duplicate-id', severity: 'error', path: [index], message: `[${index}]: ${what} ${key} also appears at index ${first} of this batch` });
  return false;
}

/** Drops rows whose key repeats an earlier row of the same batch. */
export function uniqueBy<R extends GoodRow<unknown>>(rows: R[], key: (row: R['data']) => string | undefined, what: string, findings: Finding[]): R[] {
  const seen = new Map<string, number>();
  return rows.filter((r) => firstWithKey(seen, key(r.data), r.index, what, findings));
}
