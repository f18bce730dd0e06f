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
 * Validates each row with the entity's zod schema (and an optional extra
 * check), naming bad rows by index.
 */
export function validateRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  extra?: (row: z.output<S>) => string | undefined,
): { good: GoodRow<z.output<S>>[]; findings: Finding[] } {
  const good: GoodRow<z.output<S>>[] = [];
  const findings: Finding[] = [];
  rows.forEach((row, index) => {
    const parsed = schema.safeParse(row);
    if (!parsed.success) {
      findings.push(...zodIssuesToFindings(parsed.error.issues.map((i) => ({ ...i, path: [index, ...i.path] })), 'store/invalid-row'));
      return;
    }
    const before = findings.length;
    unstorable(parsed.data, [index], findings);
    const problem = extra?.(parsed.data);
    if (problem !== undefined) findings.push({ code: 'store/invalid-row', severity: 'error', path: [index], message: `[${index}]: ${problem}` });
    if (findings.length === before) good.push({ index, data: parsed.data });
  });
  return { good, findings };
}

/** Drops rows whose key repeats an earlier row of the same batch. */
export function uniqueBy<T>(rows: GoodRow<T>[], key: (row: T) => string | undefined, what: string, findings: Finding[]): GoodRow<T>[] {
  const seen = new Map<string, number>();
  return rows.filter((r) => {
    const k = key(r.data);
    if (k === undefined) return true;
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, r.index);
      return true;
    }
    findings.push({ code: 'store/duplicate-id', severity: 'error', path: [r.index], message: `[${r.index}]: ${what} ${k} also appears at index ${first} of this batch` });
    return false;
  });
}
