/**
 * The incoming class file: the program, the class's start date, and each
 * trainee with any off-cycle start and planned leave. Read with zod, so a bad
 * file is reported with the JSON path of what is wrong.
 *
 * @module
 */
import { z } from 'zod';

const IsoDate = z.iso.date({ message: 'expected a date YYYY-MM-DD' });

/** Planned leave, inclusive dates. */
export const CohortLeaveSchema = z
  .object({
    /** First day. */
    start: IsoDate,
    /** Last day (inclusive). */
    end: IsoDate,
    /** Kind of leave. */
    kind: z.enum(['vacation', 'medical', 'parental', 'caregiver', 'bereavement', 'educational', 'other']).default('other'),
  })
  .refine((l) => l.end >= l.start, { message: 'leave must not end before it starts', path: ['end'] });

/** One incoming trainee. */
export const CohortTraineeSchema = z.object({
  /** Identifier, used for file names: lowercase letters, digits and dashes. */
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'expected lowercase letters, digits and dashes (used as a file name)'),
  /** Name. */
  name: z.string().min(1),
  /** Off-cycle first day, when it differs from the class's. */
  startDate: IsoDate.exactOptional(),
  /** Planned leave. */
  leave: z.array(CohortLeaveSchema).default([]),
});

/** The class file. */
export const CohortInputSchema = z
  .object({
    /** Program id in the catalog. */
    programId: z.string().min(1),
    /** First day of training for the class (on-cycle: July 1). */
    startDate: IsoDate,
    /** PGY level on the first day; default the program's first stated PGY level, else 1. */
    pgyAtStart: z.number().int().min(1).max(10).exactOptional(),
    /** How the board's leave allowance is averaged (default over the whole training). */
    leaveAveraging: z.enum(['training', 'per-year']).default('training'),
    /** The trainees. */
    trainees: z.array(CohortTraineeSchema).min(1, 'the class has no trainees'),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.trainees.forEach((t, i) => {
      if (seen.has(t.id)) ctx.addIssue({ code: 'custom', message: `duplicate trainee id ${JSON.stringify(t.id)}`, path: ['trainees', i, 'id'] });
      seen.add(t.id);
    });
  });

/** The class file, parsed. */
export type CohortInput = z.infer<typeof CohortInputSchema>;
/** One incoming trainee, parsed. */
export type CohortTrainee = z.infer<typeof CohortTraineeSchema>;
