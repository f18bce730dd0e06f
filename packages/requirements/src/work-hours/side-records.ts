import { AssignmentSchema, LeaveSchema, TraineeSchema, type Assignment, type Leave, type Trainee } from '@gmekit/model';
import type { z } from 'zod';
import { isIsoDateText } from '../shared/text-checks';
import { isId, issueFindings } from './row-checks';
import { WORK_HOUR_CODES, type WorkHourFinding } from './types';

/** Validated side records. */
export interface SideRecords {
  /** Trainees by id. */
  readonly trainees: Map<string, Trainee>;
  /** Assignments by trainee, each with its input index. */
  readonly assignments: Map<string, { readonly row: Assignment; readonly index: number }[]>;
  /** Leave by trainee. */
  readonly leave: Map<string, Leave[]>;
}

const isIsoDate = isIsoDateText;
const LEAVE_KINDS = new Set(['vacation', 'medical', 'parental', 'caregiver', 'bereavement', 'educational', 'other']);
const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

// Hand checks that may only be stricter than the model schemas (rows they
// refuse go through safeParse), so thousands of assignments cost microseconds.
function fastAssignment(v: unknown): boolean {
  const r = asRecord(v);
  return (
    r !== undefined &&
    isId(r.id) &&
    isId(r.traineeId) &&
    isId(r.rotationId) &&
    (!('siteId' in r) || isId(r.siteId)) &&
    isIsoDate(r.start) &&
    isIsoDate(r.end) &&
    r.start <= r.end
  );
}

function fastLeave(v: unknown): boolean {
  const r = asRecord(v);
  return (
    r !== undefined &&
    isId(r.id) &&
    isId(r.traineeId) &&
    typeof r.kind === 'string' &&
    LEAVE_KINDS.has(r.kind) &&
    (!('note' in r) || typeof r.note === 'string') &&
    isIsoDate(r.start) &&
    isIsoDate(r.end) &&
    r.start <= r.end
  );
}

function fastTrainee(v: unknown): boolean {
  const r = asRecord(v);
  return (
    r !== undefined &&
    isId(r.id) &&
    isId(r.programId) &&
    typeof r.name === 'string' &&
    r.name.length > 0 &&
    isIsoDate(r.startDate) &&
    typeof r.pgyAtStart === 'number' &&
    Number.isInteger(r.pgyAtStart) &&
    r.pgyAtStart >= 1 &&
    r.pgyAtStart <= 10
  );
}

function readAll<T>(
  rows: readonly unknown[] | undefined,
  schema: z.ZodType<T>,
  fast: (row: unknown) => boolean,
  name: string,
  findings: WorkHourFinding[],
  keep: (row: T, index: number) => void,
): void {
  (rows ?? []).forEach((row, index) => {
    if (fast(row)) {
      keep(row as T, index);
      return;
    }
    const parsed = schema.safeParse(row);
    if (parsed.success) keep(parsed.data, index);
    else issueFindings(WORK_HOUR_CODES.invalidRecord, parsed.error.issues, [name, index], findings, `this ${name === 'leave' ? 'leave' : name.slice(0, -1)}`);
  });
}

/**
 * Validates trainees, assignments and leave with their model schemas.
 *
 * @param options - the raw lists
 * @param findings - where findings are appended
 * @returns the valid records, grouped by trainee
 */
export function readSideRecords(
  options: { readonly trainees: readonly unknown[]; readonly assignments?: readonly unknown[]; readonly leave?: readonly unknown[] },
  findings: WorkHourFinding[],
): SideRecords {
  const trainees = new Map<string, Trainee>();
  const assignments = new Map<string, { row: Assignment; index: number }[]>();
  const leave = new Map<string, Leave[]>();
  readAll(options.trainees, TraineeSchema, fastTrainee, 'trainees', findings, (t) => trainees.set(t.id, t));
  readAll(options.assignments, AssignmentSchema, fastAssignment, 'assignments', findings, (a, index) => {
    const list = assignments.get(a.traineeId) ?? [];
    list.push({ row: a, index });
    assignments.set(a.traineeId, list);
  });
  readAll(options.leave, LeaveSchema, fastLeave, 'leave', findings, (l) => {
    const list = leave.get(l.traineeId) ?? [];
    list.push(l);
    leave.set(l.traineeId, list);
  });
  return { trainees, assignments, leave };
}
