import { WorkPeriodKindSchema, type WorkPeriod } from '@gmekit/model';

// A work period checked without zod, for the common shape only. An import
// or an audit read carries hundreds of thousands of periods, and zod's
// per-object work was a large part of both. The contract: whatever this
// accepts, `WorkPeriodSchema` accepts too and parses to an equal object with
// the same keys in the same order; everything else (a wrong value, an
// unknown key, an unusual object) returns `undefined` and goes through zod,
// which accepts it or says what is wrong. work-period-check.test.ts compares
// the two on generated valid and invalid rows.

// The model's `idText` and `InstantSchema` patterns (packages/model/src/ids.ts, primitives.ts).
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)(?:\[[A-Za-z0-9_/+-]+\])?$/;
// The kinds come from the model itself, so a kind added there is never refused here.
const KINDS: ReadonlySet<string> = new Set(WorkPeriodKindSchema.options);
const KEYS = new Set(['id', 'traineeId', 'start', 'end', 'kind', 'activeMinutes', 'newPatientCare', 'rotationId']);
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Batches repeat the same trainee id row after row: remember the last good one.
let lastId = '';

/** Whether `value` is an id as the model's `idText` accepts it. */
export function isId(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (value === lastId) return true;
  if (value.length > 128 || !ID.test(value)) return false;
  lastId = value;
  return true;
}

function isInstant(value: unknown): value is string {
  if (typeof value !== 'string' || !INSTANT.test(value)) return false;
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && !leap ? 28 : (MONTH_DAYS[month - 1] ?? 0));
}

/**
 * The row as `WorkPeriodSchema.parse` would return it, when it has the common
 * shape (a plain object with only the schema's keys, every value valid);
 * `undefined` when it does not, and then the caller must ask zod.
 *
 * @param row - anything
 * @returns the parsed period, or `undefined` for "ask zod"
 */
export function quickWorkPeriod(row: unknown): WorkPeriod | undefined {
  if (typeof row !== 'object' || row === null || Object.getPrototypeOf(row) !== Object.prototype) return undefined;
  const r = row as Record<string, unknown>;
  let known = 0;
  for (const key in r) {
    if (!KEYS.has(key)) return undefined;
    known++;
  }
  // A key enumerated above but not own (or a symbol key, which `for in` skips) is unusual: let zod decide.
  if (known !== Object.keys(r).length || Object.getOwnPropertySymbols(r).length > 0) return undefined;
  const { id, traineeId, start, end, kind, activeMinutes, newPatientCare, rotationId } = r;
  if (!isId(traineeId) || !isInstant(start) || !isInstant(end) || typeof kind !== 'string' || !KINDS.has(kind)) return undefined;
  // Built in the schema's key order, with optional keys only when present (zod's output).
  const out: Record<string, unknown> = {};
  if ('id' in r) {
    if (!isId(id)) return undefined;
    out.id = id;
  }
  out.traineeId = traineeId;
  out.start = start;
  out.end = end;
  out.kind = kind;
  if ('activeMinutes' in r) {
    if (typeof activeMinutes !== 'number' || !Number.isSafeInteger(activeMinutes) || activeMinutes < 0) return undefined;
    out.activeMinutes = activeMinutes;
  }
  if ('newPatientCare' in r) {
    if (typeof newPatientCare !== 'boolean') return undefined;
    out.newPatientCare = newPatientCare;
  }
  if ('rotationId' in r) {
    if (!isId(rotationId)) return undefined;
    out.rotationId = rotationId;
  }
  return out as WorkPeriod;
}
