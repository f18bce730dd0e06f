import { z } from 'zod';
import { AssignmentSchema, LeaveSchema, TraineeSchema, WorkPeriodSchema } from '@gmekit/model';

const sideRecords = {
  /** Trainees the periods belong to (their PGY level decides the PGY-1 moonlighting rule). */
  trainees: z.array(TraineeSchema).default([]),
  /** Rotation assignments, for averaging by rotation. */
  assignments: z.array(AssignmentSchema).default([]),
  /** Leave, left out of averages. */
  leave: z.array(LeaveSchema).default([]),
};

/**
 * The JSON form `gmekit work-hours` reads: logged work periods, plus the
 * trainees (for PGY-1 moonlighting), rotation assignments (to average by
 * rotation) and leave (left out of the averages) they belong with. A bare
 * array is read as `{ periods: [...] }`.
 */
export const WorkHoursInputSchema = z.preprocess(
  (value) => (Array.isArray(value) ? { periods: value } : value),
  z.object({
    ...sideRecords,
    /** The logged periods. */
    periods: z.array(WorkPeriodSchema),
  }),
);
/** The JSON input of `gmekit work-hours`. */
export type WorkHoursInput = z.output<typeof WorkHoursInputSchema>;

/** `--records` of `gmekit work-hours`: trainees, assignments and leave to go with a CSV of periods. */
export const SideRecordsSchema = z.object(sideRecords);
/** Trainees, assignments and leave. */
export type SideRecords = z.output<typeof SideRecordsSchema>;
