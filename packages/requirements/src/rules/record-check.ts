import { datePrefixOk, isIdText, isIsoDateText } from '../shared/text-checks';
import {
  ConferenceAttendanceSchema,
  LeaveSchema,
  PgyLevelSchema,
  ProcedureRoleSchema,
  ScholarlyKindSchema,
  ScholarlyStatusSchema,
  type TraineeRecord,
  WorkPeriodKindSchema,
} from '@gmekit/model';

// A hand-written stand-in for `TraineeRecordSchema.safeParse` on the common
// case. zod spends a few hundred microseconds on a record of a few hundred
// log entries; these checks take a tenth of that. They may only ever be
// stricter than the schema: anything they do not accept (bad input, but also
// rarer valid shapes such as a procedure without `count`, whose default zod
// fills in) goes to zod, which reports the issues with their paths or
// produces the parsed record. Enumerations are read from the schemas, so they
// cannot drift; record-check.test.ts fails when the schemas gain or lose a
// field, and compares the two on random records.

/** The entry lists of a trainee record, each defaulting to `[]`. */
export const RECORD_LISTS = ['assignments', 'leave', 'workPeriods', 'procedures', 'scholarly', 'activities', 'attendance'] as const;

const ROLES = new Set<string>(ProcedureRoleSchema.options);
const SCHOLARLY_KINDS = new Set<string>(ScholarlyKindSchema.options);
const SCHOLARLY_STATUSES = new Set<string>(ScholarlyStatusSchema.options);
const LEAVE_KINDS = new Set<string>(LeaveSchema.shape.kind.options);
const WORK_KINDS = new Set<string>(WorkPeriodKindSchema.options);
const ATTENDANCE_STATUSES = new Set<string>(ConferenceAttendanceSchema.shape.status.options);
const PGY_MIN = PgyLevelSchema.minValue ?? 1;
const PGY_MAX = PgyLevelSchema.maxValue ?? 10;

type Row = Record<string, unknown>;

function asRow(value: unknown): Row | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Row) : undefined;
}

// `InstantSchema`'s pattern, written out; the calendar date is checked apart.
const INSTANT = /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,9})?)?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)(?:\[[A-Za-z0-9_/+-]+\])?$/;

function isInstantText(value: unknown): boolean {
  return typeof value === 'string' && INSTANT.test(value) && datePrefixOk(value);
}

const isText = (value: unknown): value is string => typeof value === 'string';
const isNonEmpty = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

/** An optional field as `exactOptional` reads it: absent, or present and valid (an explicit `undefined` is refused). */
function optional(row: Row, key: string, check: (value: unknown) => boolean): boolean {
  return !(key in row) || check(row[key]);
}

function fromSet(set: ReadonlySet<string>, value: unknown): boolean {
  return typeof value === 'string' && set.has(value);
}

/** `traineeId` is usually the trainee's own id, already checked: compare first. */
function owner(value: unknown, id: string): boolean {
  return value === id || isIdText(value);
}

function span(r: Row): boolean {
  return isIsoDateText(r.start) && isIsoDateText(r.end) && r.start <= r.end;
}

type Check = (r: Row, id: string) => boolean;

const CHECKS: Record<(typeof RECORD_LISTS)[number], Check> = {
  assignments: (r, id) => isIdText(r.id) && owner(r.traineeId, id) && isIdText(r.rotationId) && optional(r, 'siteId', isIdText) && span(r),
  leave: (r, id) => isIdText(r.id) && owner(r.traineeId, id) && fromSet(LEAVE_KINDS, r.kind) && optional(r, 'note', isText) && span(r),
  workPeriods: (r, id) =>
    optional(r, 'id', isIdText) &&
    owner(r.traineeId, id) &&
    isInstantText(r.start) &&
    isInstantText(r.end) &&
    fromSet(WORK_KINDS, r.kind) &&
    optional(r, 'activeMinutes', (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0) &&
    optional(r, 'newPatientCare', (v) => typeof v === 'boolean') &&
    optional(r, 'rotationId', isIdText),
  // `count` must be present here: when it is missing zod fills in 1, so such rows take the zod path.
  procedures: (r, id) => isIdText(r.id) && owner(r.traineeId, id) && isIsoDateText(r.date) && isNonEmpty(r.category) && fromSet(ROLES, r.role) && isCount(r.count),
  scholarly: (r, id) =>
    isIdText(r.id) && owner(r.traineeId, id) && fromSet(SCHOLARLY_KINDS, r.kind) && isNonEmpty(r.title) && fromSet(SCHOLARLY_STATUSES, r.status) && isIsoDateText(r.date) && optional(r, 'venue', isText),
  activities: (r, id) => isIdText(r.id) && owner(r.traineeId, id) && isNonEmpty(r.activity) && isIsoDateText(r.date) && isFiniteNumber(r.hours) && r.hours > 0 && r.hours <= 24,
  attendance: (r, id) => owner(r.traineeId, id) && isIdText(r.seriesId) && isIsoDateText(r.date) && fromSet(ATTENDANCE_STATUSES, r.status),
};

function traineeOk(value: unknown): value is { id: string } {
  const t = asRow(value);
  return (
    t !== undefined &&
    isIdText(t.id) &&
    isNonEmpty(t.name) &&
    isIdText(t.programId) &&
    isIsoDateText(t.startDate) &&
    typeof t.pgyAtStart === 'number' &&
    Number.isSafeInteger(t.pgyAtStart) &&
    t.pgyAtStart >= PGY_MIN &&
    t.pgyAtStart <= PGY_MAX
  );
}

/**
 * Checks a trainee record the way `TraineeRecordSchema` would, for the common
 * case, without building a parsed copy.
 *
 * @param input - an untrusted record
 * @returns the record to evaluate (the input itself, or a shallow copy with
 *   missing lists as `[]`, as zod's defaults give), or `undefined` when the
 *   input must go through `TraineeRecordSchema.safeParse` (it is invalid, or
 *   valid in a way these checks leave to zod)
 */
export function quickRecord(input: unknown): TraineeRecord | undefined {
  const record = asRow(input);
  if (record === undefined || !traineeOk(record.trainee)) return undefined;
  const id = record.trainee.id;
  let missing = false;
  for (const list of RECORD_LISTS) {
    const entries = record[list];
    if (entries === undefined) {
      missing = true;
      continue;
    }
    if (!Array.isArray(entries)) return undefined;
    const check = CHECKS[list];
    for (const entry of entries as unknown[]) {
      const row = asRow(entry);
      if (row === undefined || !check(row, id)) return undefined;
    }
  }
  if (!missing) return input as TraineeRecord;
  const copy: Row = { ...record };
  for (const list of RECORD_LISTS) copy[list] ??= [];
  return copy as TraineeRecord;
}
