import { WorkPeriodSchema } from '@gmekit/model';
import { finding, isId, issueFindings } from './row-checks';
import { instantMs } from './instant';
import { WORK_HOUR_CODES, type WorkHourFinding } from './types';

// Bound once: some loaders compile imported bindings to property getters,
// which would run on every call in the hot loop below.
const parseMs = instantMs;
const checkId = isId;

/** Kind codes, in `WorkPeriodKindSchema` order. */
export const KIND = {
  clinical: 0,
  education: 1,
  'in-house-call': 2,
  'night-float': 3,
  'at-home-call': 4,
  'moonlighting-internal': 5,
  'moonlighting-external': 6,
  'transition-of-care': 7,
} as const;

/** Longest single period accepted (7 days); longer ones are reported as typos. */
const MAX_PERIOD_MS = 7 * 86_400_000;

const KIND_CODES = new Map<string, number>(Object.entries(KIND));

// Rows repeat a few kinds: compare with the last one before the map lookup.
let lastKind = '';
let lastKindCode = -1;
function kindCode(kind: string): number {
  if (kind === lastKind) return lastKindCode;
  const code = KIND_CODES.get(kind) ?? -1;
  if (code >= 0) {
    lastKind = kind;
    lastKindCode = code;
  }
  return code;
}

/**
 * Whether a kind is new patient care unless the period says otherwise
 * (CPR 6.22.a forbids new patient care in the 4 hours after 24).
 * Transitions of care and education are not; at-home call is outside the
 * continuous-hours rule altogether.
 */
const NEW_CARE_BY_KIND = [true, false, true, true, false, true, true, false];

/** Validated periods in columns, indexed by their position in the input. */
export interface PeriodTable {
  /** How many input rows there were (valid or not). */
  readonly count: number;
  /** Whether row i passed validation. */
  readonly valid: Uint8Array;
  /** Start, epoch ms. */
  readonly start: Float64Array;
  /** End, epoch ms. */
  readonly end: Float64Array;
  /** Kind code (see {@link KIND}). */
  readonly kind: Uint8Array;
  /** Counted minutes for at-home call (`activeMinutes`, capped at the span). */
  readonly active: Float64Array;
  /** 1 when the period is new patient care. */
  readonly newCare: Uint8Array;
  /** Trainee slot per valid row (index into `ids`). */
  readonly slot: Int32Array;
  /** Trainee ids, in order of first appearance. */
  readonly ids: string[];
  /** Valid rows grouped by slot (input order within a slot); slot s is `order[offsets[s] .. offsets[s + 1])`. */
  order: Int32Array;
  /** Where each slot's rows start in `order` (one more entry than `ids`). */
  offsets: Int32Array;
  /** Start as written (read back from the input, for messages). */
  readonly startText: (row: number) => string;
  /** End as written. */
  readonly endText: (row: number) => string;
  /** The row's `id`, when it has one. */
  readonly idOf: (row: number) => string | undefined;
}

/**
 * Checks one row the way `WorkPeriodSchema` would, without zod's per-object
 * overhead. It may only be stricter than the schema: rows it refuses are
 * handed to `safeParse`, which either explains what is wrong or accepts them.
 */
function fastRow(row: unknown): boolean {
  if (typeof row !== 'object' || row === null || Array.isArray(row)) return false;
  const r = row as Record<string, unknown>;
  if (!checkId(r.traineeId) || typeof r.start !== 'string' || typeof r.end !== 'string' || typeof r.kind !== 'string') return false;
  if (kindCode(r.kind) < 0) return false;
  if ('id' in r && !checkId(r.id)) return false;
  if ('rotationId' in r && !checkId(r.rotationId)) return false;
  if ('activeMinutes' in r && !(typeof r.activeMinutes === 'number' && Number.isInteger(r.activeMinutes) && r.activeMinutes >= 0)) return false;
  if ('newPatientCare' in r && typeof r.newPatientCare !== 'boolean') return false;
  return true;
}

/** Calls with up to this many rows reuse their column arrays (about 35 bytes a row). */
const POOL_ROWS = 4_000_000;

/**
 * A column of the period table, reused from call to call. Allocating tens of
 * megabytes of typed arrays per call makes V8 run a full garbage collection
 * over the caller's (large) heap for "external memory pressure", which made
 * big audits grow worse than linearly. Only cleared where it is read before
 * being written (`valid`); calls are synchronous, so sharing is safe.
 */
function column<T extends Float64Array | Int32Array | Uint8Array>(make: (n: number) => T, clear: boolean): (n: number) => T {
  let pooled: T | undefined;
  return (n) => {
    if (n > POOL_ROWS) return make(n);
    if (pooled === undefined || pooled.length < n) pooled = make(Math.max(n, 1024));
    const view = pooled.subarray(0, n) as T;
    if (clear) view.fill(0);
    return view;
  };
}

const columns = {
  valid: column((n) => new Uint8Array(n), true),
  start: column((n) => new Float64Array(n), false),
  end: column((n) => new Float64Array(n), false),
  kind: column((n) => new Uint8Array(n), false),
  active: column((n) => new Float64Array(n), false),
  newCare: column((n) => new Uint8Array(n), false),
  slot: column((n) => new Int32Array(n), false),
  order: column((n) => new Int32Array(n), false),
};

/**
 * Validates and decodes work periods into a {@link PeriodTable}; every row
 * that cannot be audited gets a finding and is left out.
 *
 * @param rows - the periods as given (typed or untrusted)
 * @param findings - where findings are appended
 * @returns the decoded table
 */
export function readPeriods(rows: readonly unknown[], findings: WorkHourFinding[]): PeriodTable {
  const count = rows.length;
  // Texts are read back from the input rows when a message needs them, so
  // no per-row string arrays are kept (rows zod had to parse are kept aside).
  const parsedRows = new Map<number, Record<string, unknown>>();
  const text = (row: number, key: 'start' | 'end'): string => {
    const r = (parsedRows.get(row) ?? rows[row]) as Record<string, unknown> | undefined;
    const value = r?.[key];
    return typeof value === 'string' ? value : '';
  };
  const slotOf = new Map<string, number>();
  let lastId = '';
  let lastSlot = 0;
  const counts: number[] = [];
  const table: PeriodTable = {
    count,
    valid: columns.valid(count),
    start: columns.start(count),
    end: columns.end(count),
    kind: columns.kind(count),
    active: columns.active(count),
    newCare: columns.newCare(count),
    slot: columns.slot(count),
    ids: [],
    order: new Int32Array(0),
    offsets: new Int32Array(1),
    startText: (row) => text(row, 'start'),
    endText: (row) => text(row, 'end'),
    idOf: (row) => {
      const r = (parsedRows.get(row) ?? rows[row]) as Record<string, unknown> | undefined;
      return typeof r?.id === 'string' ? r.id : undefined;
    },
  };
  for (let i = 0; i < count; i++) {
    let row = rows[i] as Record<string, unknown>;
    if (!fastRow(row)) {
      const parsed = WorkPeriodSchema.safeParse(row);
      if (!parsed.success) {
        issueFindings(WORK_HOUR_CODES.invalidPeriod, parsed.error.issues, ['periods', i], findings, 'this period');
        continue;
      }
      row = parsed.data;
      parsedRows.set(i, row);
    }
    const traineeId = row.traineeId as string;
    const startText = row.start as string;
    const endText = row.end as string;
    const startMs = parseMs(startText);
    const endMs = parseMs(endText);
    if (Number.isNaN(startMs) || Number.isNaN(endMs)) {
      for (const bad of ['start', 'end'] as const) {
        if (!Number.isNaN(bad === 'start' ? startMs : endMs)) continue;
        finding(findings, WORK_HOUR_CODES.invalidPeriod, 'error', ['periods', i, bad], `periods[${i}].${bad}: expected a date-time with a UTC offset, e.g. 2026-07-01T07:00:00-07:00; the period was left out of the audit.`, { traineeId });
      }
      continue;
    }
    if (endMs <= startMs) {
      finding(
        findings,
        WORK_HOUR_CODES.invalidPeriod,
        'error',
        ['periods', i, 'end'],
        `periods[${i}] (trainee ${traineeId}) ends at ${endText}, ${endMs === startMs ? 'the instant it starts' : 'before it starts'} at ${startText}; the period was left out of the audit.`,
        { traineeId, period: { start: startText, end: endText } },
      );
      continue;
    }
    if (endMs - startMs > MAX_PERIOD_MS) {
      // Nobody works a week without a break; this is a typo, and keeping it
      // would also stretch the trainee's day range over years.
      finding(
        findings,
        WORK_HOUR_CODES.invalidPeriod,
        'error',
        ['periods', i, 'end'],
        `periods[${i}] (trainee ${traineeId}) runs from ${startText} to ${endText}, more than 7 days; check the end date. The period was left out of the audit.`,
        { traineeId, period: { start: startText, end: endText } },
      );
      continue;
    }
    const kind = Math.max(0, kindCode(row.kind as string));
    table.valid[i] = 1;
    table.start[i] = startMs;
    table.end[i] = endMs;
    table.kind[i] = kind;
    const flag = row.newPatientCare;
    table.newCare[i] = (typeof flag === 'boolean' ? flag : (NEW_CARE_BY_KIND[kind] ?? false)) && kind !== KIND['at-home-call'] ? 1 : 0;
    if (kind === KIND['at-home-call']) {
      const spanMinutes = (endMs - startMs) / 60_000;
      const active = typeof row.activeMinutes === 'number' ? row.activeMinutes : 0;
      if (active > spanMinutes) {
        finding(
          findings,
          WORK_HOUR_CODES.invalidPeriod,
          'warning',
          ['periods', i, 'activeMinutes'],
          `periods[${i}] (trainee ${traineeId}): ${active} active minutes of at-home call do not fit in the ${spanMinutes}-minute call; counted as ${spanMinutes}.`,
          { traineeId, period: { start: startText, end: endText } },
        );
      }
      table.active[i] = Math.min(active, spanMinutes);
    }
    // Rows usually come trainee by trainee: reuse the previous row's slot.
    let slot = traineeId === lastId ? lastSlot : slotOf.get(traineeId);
    if (slot === undefined) {
      slot = table.ids.length;
      slotOf.set(traineeId, slot);
      table.ids.push(traineeId);
      counts.push(0);
    }
    table.slot[i] = slot;
    counts[slot] = (counts[slot] ?? 0) + 1;
    lastId = traineeId;
    lastSlot = slot;
  }
  // One counting sort groups the rows by trainee without per-trainee arrays.
  const offsets = new Int32Array(counts.length + 1);
  for (let k = 0; k < counts.length; k++) offsets[k + 1] = (offsets[k] ?? 0) + (counts[k] ?? 0);
  const order = columns.order(offsets[counts.length] ?? 0);
  const fill = offsets.slice(0, counts.length);
  for (let i = 0; i < count; i++) {
    if (table.valid[i] !== 1) continue;
    const slot = table.slot[i] ?? 0;
    const at = fill[slot] ?? 0;
    order[at] = i;
    fill[slot] = at + 1;
  }
  table.order = order;
  table.offsets = offsets;
  return table;
}
