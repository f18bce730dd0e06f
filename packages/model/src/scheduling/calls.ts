import { z } from 'zod';
import { RotationIdSchema, TraineeIdSchema } from '../ids';
import { IsoDateSchema, LocalTimeSchema, PgyRangeSchema, TimeZoneSchema } from '../primitives';
import { TraineeSchema } from '../records/records';

// Call scheduling works on local dates in one zone; shift times are wall-clock
// times there, so a 19:00–07:00 night is 11 or 13 real hours across a DST
// change (the audit counts real elapsed time).
const idText = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'an id uses letters, digits, "_" and "-" and starts with a letter').max(64);
const unique = (xs: readonly unknown[]) => new Set(xs).size === xs.length;

/** A same-day shift in local wall-clock time: starts at `start`, ends at `end` on the same date. */
export const ShiftTimesSchema = z
  .object({
    /** Local start time, `HH:MM`. */
    start: LocalTimeSchema,
    /** Local end time, `HH:MM`, later than `start` on the same date. */
    end: LocalTimeSchema,
  })
  .refine((s) => s.end > s.start, { message: 'a base shift ends later on the same day than it starts', path: ['end'] });
/** A same-day shift. */
export type ShiftTimes = z.infer<typeof ShiftTimesSchema>;

/**
 * The daytime work of a rotation: a weekday shift and a weekend (and
 * holiday) shift, either absent when the rotation does not work those days
 * (e.g. weekdays 07:00–18:00, weekend rounds 08:00–12:00).
 */
export const ShiftTemplateSchema = z.object({
  /** The rotation. */
  rotationId: RotationIdSchema,
  /** Monday–Friday shift (none if absent). */
  weekday: ShiftTimesSchema.exactOptional(),
  /** Saturday, Sunday and holiday shift (none if absent). */
  weekend: ShiftTimesSchema.exactOptional(),
});
/** A rotation's base shifts. */
export type ShiftTemplate = z.infer<typeof ShiftTemplateSchema>;

/**
 * A kind of call:
 * - `in-house`: in-house call from `start` for `hours` real hours (at most
 *   24, CPR 6.22), followed by up to 4 hours of transition of care with no
 *   new patients (6.22.a); counted by the every-third-night rule (6.27);
 * - `night-float`: a night shift from `start` to `end` the next morning in
 *   wall-clock time (default 19:00–07:00);
 * - `at-home`: pager call from `start` to `end` (next morning when `end` is
 *   not later than `start`); only `activeMinutes` count toward the 80 hours
 *   (6.28) but the night is not free for the one-day-in-seven rule.
 */
export const CallTypeSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Identifier. */
    id: idText,
    /** In-house call. */
    kind: z.literal('in-house'),
    /** Local start time (default 07:00). */
    start: LocalTimeSchema.default('07:00'),
    /** Real hours of call (default 24, at most 24). */
    hours: z.number().int().min(1).max(24).default(24),
    /** Real hours of transition after the call (default 0, at most 4). */
    transitionHours: z.number().min(0).max(4).default(0),
  }),
  z.object({
    /** Identifier. */
    id: idText,
    /** Night float. */
    kind: z.literal('night-float'),
    /** Local start time (default 19:00). */
    start: LocalTimeSchema.default('19:00'),
    /** Local end time next morning (default 07:00). */
    end: LocalTimeSchema.default('07:00'),
  }),
  z.object({
    /** Identifier. */
    id: idText,
    /** At-home call. */
    kind: z.literal('at-home'),
    /** Local start time (default 17:00). */
    start: LocalTimeSchema.default('17:00'),
    /** Local end time (next morning when not later than start; default 07:00). */
    end: LocalTimeSchema.default('07:00'),
    /** Expected minutes of patient care per call (counted toward the 80 hours). */
    activeMinutes: z.number().int().min(0),
  }),
]);
/** A kind of call. */
export type CallType = z.infer<typeof CallTypeSchema>;

/** A shift to cover: on each selected day, `count` trainees (of the PGY levels given) take a call of the type. */
export const CallCoverageSchema = z.object({
  /** Identifier of the shift (e.g. `micu-senior`). */
  id: idText,
  /** The call type. */
  callTypeId: idText,
  /** Trainees needed per day (default 1). */
  count: z.number().int().min(1).max(20).default(1),
  /** PGY levels allowed (all if absent), on the night's date. */
  pgy: PgyRangeSchema.exactOptional(),
  /** Which days: every day (default), weekdays, or weekends and holidays. */
  days: z.enum(['all', 'weekdays', 'weekends']).default('all'),
  /** Dates with no coverage needed. */
  except: z.array(IsoDateSchema).refine(unique, 'dates must not repeat').default([]),
});
/** A shift to cover. */
export type CallCoverage = z.infer<typeof CallCoverageSchema>;

/**
 * A trainee's request: a day off (a wish, weighed against the others'),
 * a vacation (firm: leave, no work), or a conference the trainee must attend
 * (firm: no call overlapping it or the rest after it).
 */
export const CallRequestSchema = z.discriminatedUnion('kind', [
  z.object({
    /** A day off wished for. */
    kind: z.literal('day-off'),
    /** The date. */
    date: IsoDateSchema,
    /** Points lost when it is not granted (default 10). */
    weight: z.number().positive().default(10),
  }),
  z
    .object({
      /** Vacation (leave). */
      kind: z.literal('vacation'),
      /** First day. */
      start: IsoDateSchema,
      /** Last day (inclusive). */
      end: IsoDateSchema,
    })
    .refine((v) => v.end >= v.start, { message: 'a vacation must not end before it starts', path: ['end'] }),
  z.object({
    /** A conference the trainee must attend. */
    kind: z.literal('conference'),
    /** The date. */
    date: IsoDateSchema,
    /** Same-day local times. */
    time: ShiftTimesSchema,
  }),
]);
/** A trainee's request. */
export type CallRequest = z.infer<typeof CallRequestSchema>;

/** A trainee in the call pool. */
export const CallTraineeSchema = z.object({
  /** The trainee (PGY level from `pgyAtStart` and each anniversary of `startDate`). */
  trainee: TraineeSchema,
  /** Rotation the trainee is on over the horizon (its shift template gives the base shifts). */
  rotationId: RotationIdSchema,
  /** Requests. */
  requests: z.array(CallRequestSchema).default([]),
});
/** A trainee in the call pool. */
export type CallTrainee = z.infer<typeof CallTraineeSchema>;

/** The program's own call rules, on top of the ACGME rules the audit checks. */
export const CallRulesSchema = z.object({
  /** Most calls (in-house and at-home, not night-float nights) per trainee per calendar month. */
  maxCallsPerMonth: z.number().int().min(0).exactOptional(),
  /** Spread weekend and holiday calls evenly (soft; default true). */
  balanceWeekends: z.boolean().default(true),
  /** No call the night before a requested day off (default false). */
  noCallBeforeDayOff: z.boolean().default(false),
  /** Nothing at all, not even at-home call, on the day after in-house call (default true). */
  postCallDayOff: z.boolean().default(true),
  /** Limits for PGY-1 trainees. */
  pgy1: z
    .object({
      /** Most calls per calendar month while PGY-1. */
      maxCallsPerMonth: z.number().int().min(0).exactOptional(),
      /** Call types a PGY-1 may not take. */
      excludedCallTypes: z.array(idText).default([]),
    })
    .exactOptional(),
  /** Most consecutive night-float nights (CPR 6.26; Review Committee limit, e.g. 6). */
  nightFloatMaxConsecutive: z.number().int().min(1).exactOptional(),
  /** Weekly hour limit averaged over each window (default 80; at most 88 with a Review Committee exception). */
  weeklyHours: z.number().positive().max(88).default(80),
});
/** A program's call rules. */
export type CallRules = z.infer<typeof CallRulesSchema>;

/** One call taken: a trainee on a coverage shift on a date. */
export const CallAssignmentSchema = z.object({
  /** The coverage shift. */
  coverageId: idText,
  /** Local date the call starts on. */
  date: IsoDateSchema,
  /** Who takes it. */
  traineeId: TraineeIdSchema,
});
/** One call taken. */
export type CallAssignment = z.infer<typeof CallAssignmentSchema>;

/**
 * A call-scheduling problem: a span of local dates (a month, a block, up to a
 * year) in one zone, the trainees sharing the calls, their rotations' base
 * shifts, the call types and the shifts to cover, and the program's rules.
 */
export const CallProblemSchema = z
  .object({
    /** Identifier. */
    id: z.string().min(1),
    /** IANA zone of the wall-clock times. */
    timeZone: TimeZoneSchema,
    /** First date. */
    start: IsoDateSchema,
    /** Last date (inclusive). */
    end: IsoDateSchema,
    /** Holidays (treated as weekend days). */
    holidays: z.array(IsoDateSchema).refine(unique, 'dates must not repeat').default([]),
    /** Base shifts per rotation; a trainee's rotation without one has no base shifts. */
    shiftTemplates: z.array(ShiftTemplateSchema).default([]),
    /** Call types. */
    callTypes: z.array(CallTypeSchema).min(1),
    /** Shifts to cover. */
    coverage: z.array(CallCoverageSchema).min(1),
    /** The trainees sharing the calls. */
    trainees: z.array(CallTraineeSchema).min(1),
    /** The program's rules. */
    rules: CallRulesSchema.default({ balanceWeekends: true, noCallBeforeDayOff: false, postCallDayOff: true, weeklyHours: 80 }),
    /** A published schedule to change as little as possible (fewest changed calls first). */
    previous: z.array(CallAssignmentSchema).exactOptional(),
  })
  .refine((p) => p.end >= p.start, { message: 'the horizon must not end before it starts', path: ['end'] });
/** A call-scheduling problem. */
export type CallProblem = z.infer<typeof CallProblemSchema>;
