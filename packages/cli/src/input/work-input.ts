import { z } from 'zod';
import { AssignmentSchema, LeaveSchema, TraineeSchema, WorkPeriodSchema } from '@gmekit/model';

/**
 * The JSON form `gmekit work-hours` reads: logged work periods, plus the
 * trainees (for PGY-1 moonlighting), rotation assignments (to average by
 * rotation) and leave (left out of the averages) they belong with. A bare
 * array is read as `{ periods: [...] }`.
 */
export const WorkHoursInputSchema = z.preprocess(
  (value) => (Array.isArray(value) ? { periods: value } : value),
  z.object({
    /** Trainees the periods belong to. */
    trainees: z.array(TraineeSchema).default([]),
    /** Rotation assignments, for averaging by rotation. */
    assignments: z.array(AssignmentSchema).default([]),
    /** Leave, left out of averages. */
    leave: z.array(LeaveSchema).default([]),
    /** The logged periods. */
    periods: z.array(WorkPeriodSchema),
  }),
);
/** The JSON input of `gmekit work-hours`. */
export type WorkHoursInput = z.output<typeof WorkHoursInputSchema>;
