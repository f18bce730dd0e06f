/**
 * Published schedules as the explorer shows them: a block schedule as a grid
 * of trainees × blocks, a call schedule as a grid of dates × coverage shifts.
 * Pure functions of the schedule (as `api/schedules.json` gives it) and the
 * program, so the page only draws.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { AssignmentSchema, CallAssignmentSchema, LeaveSchema, type Program } from '@gmekit/model';
import { z } from 'zod';

/** One published schedule as the start server's `api/schedules.json` lists it. */
export const PublishedScheduleSchema = z.object({
  id: z.string(),
  kind: z.enum(['block', 'call']),
  programId: z.string(),
  version: z.number().int(),
  content: z.object({
    assignments: z.array(AssignmentSchema).default([]),
    leave: z.array(LeaveSchema).default([]),
    calls: z.array(CallAssignmentSchema).default([]),
    note: z.string().exactOptional(),
  }),
});
/** One published schedule. */
export type PublishedSchedule = z.infer<typeof PublishedScheduleSchema>;

/** The body of `api/schedules.json`. */
export const PublishedSchedulesSchema = z.object({ schedules: z.array(PublishedScheduleSchema) });

/** A cell of the block grid: a rotation, leave, or nothing scheduled. */
export type BlockCell =
  | {
      /** On a rotation. */
      readonly kind: 'rotation';
      /** The rotation. */
      readonly rotationId: string;
      /** Its name in the catalog (the id when the catalog has no such rotation). */
      readonly name: string;
      /** Its first category, for the colour; `null` when it has none or is unknown. */
      readonly category: string | null;
    }
  | {
      /** On leave. */
      readonly kind: 'leave';
      /** Vacation, medical, … */
      readonly leaveKind: string;
    }
  | {
      /** Nothing scheduled. */
      readonly kind: 'none';
    };

/** A block schedule as a grid. */
export interface BlockGrid {
  /** Column headers: the dates blocks start on, ascending. */
  readonly blockStarts: readonly string[];
  /** One row per trainee, in the order the schedule first names them. */
  readonly rows: readonly { readonly traineeId: string; readonly cells: readonly BlockCell[] }[];
}

const covers = (x: { start: string; end: string }, day: string) => x.start <= day && day <= x.end;

/**
 * The trainees × blocks grid of a block schedule. Blocks are not stored as
 * such: a column starts on every date some assignment or leave starts on,
 * and a cell holds what covers that date for that trainee.
 *
 * @param schedule - the schedule
 * @param program - its program (rotation names and categories), when the catalog has it
 * @returns the grid
 */
export function blockGrid(schedule: PublishedSchedule, program: Program | undefined): BlockGrid {
  const { assignments, leave } = schedule.content;
  const blockStarts = [...new Set([...assignments, ...leave].map((x) => x.start))].sort();
  const trainees = [...new Set([...assignments, ...leave].map((x) => String(x.traineeId)))];
  const rotations = new Map((program?.rotations ?? []).map((r) => [String(r.id), r]));
  const rows = trainees.map((traineeId) => {
    const own = assignments.filter((a) => a.traineeId === traineeId);
    const away = leave.filter((l) => l.traineeId === traineeId);
    const cells = blockStarts.map((day): BlockCell => {
      const off = away.find((l) => covers(l, day));
      if (off !== undefined) return { kind: 'leave', leaveKind: off.kind };
      const on = own.find((a) => covers(a, day));
      if (on === undefined) return { kind: 'none' };
      const rotation = rotations.get(String(on.rotationId));
      return { kind: 'rotation', rotationId: String(on.rotationId), name: rotation?.name ?? String(on.rotationId), category: rotation?.categories[0] ?? null };
    });
    return { traineeId, cells };
  });
  return { blockStarts, rows };
}

/** A call schedule as a grid. */
export interface CallGrid {
  /** Column headers: the coverage shifts, in the order the schedule first names them. */
  readonly coverageIds: readonly string[];
  /** One row per date from the first call's date to the last, gaps included. */
  readonly rows: readonly {
    /** The date. */
    readonly date: string;
    /** Mon … Sun. */
    readonly weekday: string;
    /** Saturday or Sunday. */
    readonly weekend: boolean;
    /** Per coverage shift, who takes it (none, one or more trainees). */
    readonly cells: readonly (readonly string[])[];
  }[];
}

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * The date × coverage-shift grid of a call schedule.
 *
 * @param schedule - the schedule
 * @returns the grid (no rows when it has no calls)
 */
export function callGrid(schedule: PublishedSchedule): CallGrid {
  const { calls } = schedule.content;
  const coverageIds = [...new Set(calls.map((c) => c.coverageId))];
  const dates = calls.map((c) => c.date).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (first === undefined || last === undefined) return { coverageIds, rows: [] };
  const rows = [];
  for (let d = Temporal.PlainDate.from(first); Temporal.PlainDate.compare(d, Temporal.PlainDate.from(last)) <= 0; d = d.add({ days: 1 })) {
    const date = d.toString();
    const cells = coverageIds.map((id) => calls.filter((c) => c.date === date && c.coverageId === id).map((c) => String(c.traineeId)));
    rows.push({ date, weekday: WEEKDAYS[d.dayOfWeek - 1] ?? '', weekend: d.dayOfWeek >= 6, cells });
  }
  return { coverageIds, rows };
}
