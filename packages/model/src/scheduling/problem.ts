import { z } from 'zod';
import { RotationIdSchema } from '../ids';
import { CategoryTagSchema, PgyRangeSchema, YearSchema } from '../primitives';
import { ProgramSchema } from '../program/program';
import { AssignmentSchema, LeaveSchema, TraineeSchema } from '../records/records';
import { RequirementSetSchema } from '../requirements/requirement';

// Blocks are numbered 1, 2, … across the whole horizon: with 13 four-week
// blocks a year, block 14 is the first block of the second year. One number
// per trainee-block keeps every rule below a plain list of integers.
const BlockNumberSchema = z.number().int().min(1).max(1000);
const unique = (xs: readonly unknown[]) => new Set(xs).size === xs.length;

/**
 * How the scheduling horizon is cut into blocks: the same kinds as
 * `blockCalendar` in `@gmekit/calendar` (calendar months, thirteen four-week
 * blocks, or blocks of a custom length), over one or more academic years.
 */
export const SchedulingCalendarSchema = z
  .object({
    /** `four-week` (13 × 28 days), `calendar-months`, or `custom` (`lengthDays`). */
    kind: z.enum(['four-week', 'calendar-months', 'custom']),
    /** Days per block, for `custom`. */
    lengthDays: z.number().int().min(1).max(366).exactOptional(),
    /** Leftover days after the last whole block: appended to it (default) or a short block of their own. */
    remainder: z.enum(['extend-last', 'separate']).exactOptional(),
    /** Calendar year the first academic year starts in. */
    startYear: YearSchema,
    /** Academic years in the horizon (1 for the annual schedule; 5 for a PGY2–PGY6 plan). */
    years: z.number().int().min(1).max(10).default(1),
    /** Month academic years start in (default 7, July). */
    startMonth: z.number().int().min(1).max(12).exactOptional(),
    /** Day of that month (default 1). */
    startDay: z.number().int().min(1).max(28).exactOptional(),
  })
  .refine((c) => (c.kind === 'custom') === (c.lengthDays !== undefined), {
    message: 'lengthDays is given exactly when kind is "custom"',
    path: ['lengthDays'],
  });
/** How the horizon is cut into blocks. */
export type SchedulingCalendar = z.infer<typeof SchedulingCalendarSchema>;

/** Which rotations a rule is about: any listed rotation, or any rotation carrying a listed category. */
export const RotationSelectorSchema = z
  .object({
    /** Rotations by id. */
    rotationIds: z.array(RotationIdSchema).min(1).exactOptional(),
    /** Rotations by category tag (e.g. `icu`). */
    categories: z.array(CategoryTagSchema).min(1).exactOptional(),
  })
  .refine((s) => s.rotationIds !== undefined || s.categories !== undefined, {
    message: 'a selector needs rotationIds or categories',
    path: ['rotationIds'],
  });
/** A set of rotations. */
export type RotationSelector = z.infer<typeof RotationSelectorSchema>;

/** A trainee placed on a rotation in a block before the solver runs (a commitment, not a wish). */
export const FixedAssignmentSchema = z.object({
  /** Block number (1-based across the horizon). */
  block: BlockNumberSchema,
  /** The rotation. */
  rotationId: RotationIdSchema,
});
/** A fixed assignment. */
export type FixedAssignment = z.infer<typeof FixedAssignmentSchema>;

/**
 * A wish: a rotation (or a vacation block) in some blocks, or anywhere.
 * A positive weight is wanted, a negative weight is to be avoided.
 */
export const SchedulingPreferenceSchema = z
  .object({
    /** The rotation wished for (or against). */
    rotationId: RotationIdSchema.exactOptional(),
    /** A vacation block wished for instead of a rotation. */
    vacation: z.literal(true).exactOptional(),
    /** Blocks the wish is about (all if absent). */
    blocks: z.array(BlockNumberSchema).min(1).refine(unique, 'blocks must not repeat').exactOptional(),
    /** Points gained per matching trainee-block (negative: points lost). */
    weight: z.number().refine((w) => w !== 0, 'a weight of 0 says nothing'),
  })
  .refine((p) => (p.rotationId === undefined) !== (p.vacation === undefined), {
    message: 'a preference names a rotationId or vacation: true, not both',
    path: ['rotationId'],
  });
/** A trainee's preference. */
export type SchedulingPreference = z.infer<typeof SchedulingPreferenceSchema>;

/** One trainee to schedule, with history, leave, commitments and wishes. */
export const SchedulingTraineeSchema = z.object({
  /** The trainee (PGY levels follow from `pgyAtStart` and each anniversary of `startDate`). */
  trainee: TraineeSchema,
  /** Rotations already done before the horizon; they count toward requirements. */
  done: z.array(AssignmentSchema).default([]),
  /** Leave taken or approved; a block entirely on leave gets no rotation. */
  leave: z.array(LeaveSchema).default([]),
  /** Assignments that must be kept. */
  fixed: z.array(FixedAssignmentSchema).default([]),
  /** Wishes for rotations and vacation blocks. */
  preferences: z.array(SchedulingPreferenceSchema).default([]),
});
/** A trainee to schedule. */
export type SchedulingTrainee = z.infer<typeof SchedulingTraineeSchema>;

/**
 * How many trainees a rotation takes in a block: at least `min`, at most
 * `max`, counting only trainees in `pgy` when given. `max: 0` closes the
 * rotation in those blocks.
 */
export const RotationCapacitySchema = z
  .object({
    /** The rotation. */
    rotationId: RotationIdSchema,
    /** Blocks this applies to (all if absent). */
    blocks: z.array(BlockNumberSchema).min(1).refine(unique, 'blocks must not repeat').exactOptional(),
    /** PGY levels counted (all if absent); a trainee's level is the one on the block's first day. */
    pgy: PgyRangeSchema.exactOptional(),
    /** Least number of trainees on the rotation in each block. */
    min: z.number().int().min(0).default(0),
    /** Most trainees on the rotation in each block (unlimited if absent). */
    max: z.number().int().min(0).exactOptional(),
  })
  .refine((c) => c.max === undefined || c.min <= c.max, { message: 'min must not exceed max', path: ['max'] });
/** A rotation's capacity. */
export type RotationCapacity = z.infer<typeof RotationCapacitySchema>;

/** "A before B": a trainee starts a `then` rotation only after `minBlocks` blocks of `first` (done or scheduled). */
export const PrerequisiteRuleSchema = z.object({
  /** What must come first. */
  first: RotationSelectorSchema,
  /** What may only follow it. */
  then: RotationSelectorSchema,
  /** Blocks of `first` needed before (default 1). */
  minBlocks: z.number().int().min(1).default(1),
});
/** A prerequisite rule. */
export type PrerequisiteRule = z.infer<typeof PrerequisiteRuleSchema>;

/** At most `max` consecutive blocks on the selected rotations (e.g. no three ICU blocks in a row). */
export const ConsecutiveLimitSchema = z.object({
  /** The rotations counted. */
  select: RotationSelectorSchema,
  /** Most consecutive blocks. */
  max: z.number().int().min(1),
});
/** A consecutive-block limit. */
export type ConsecutiveLimit = z.infer<typeof ConsecutiveLimitSchema>;

/** Time on the selected rotations comes in runs of exactly `length` consecutive blocks (a three-month group). */
export const BlockGroupRuleSchema = z.object({
  /** The rotations grouped. */
  select: RotationSelectorSchema,
  /** Blocks in each run. */
  length: z.number().int().min(2),
});
/** A rule that keeps blocks together. */
export type BlockGroupRule = z.infer<typeof BlockGroupRuleSchema>;

/** Spread the selected rotations evenly: the spread (most − fewest blocks per trainee) costs `weight` a block. */
export const BalanceRuleSchema = z.object({
  /** The rotations counted (e.g. nights, ICU, off-site). */
  select: RotationSelectorSchema,
  /** Cost per block of spread. */
  weight: z.number().positive().default(1),
});
/** A balance rule. */
export type BalanceRule = z.infer<typeof BalanceRuleSchema>;

/** Vacation taken as whole blocks: exactly `blocksPerYear` per trainee per academic year, only in `allowedBlocks`. */
export const VacationRuleSchema = z.object({
  /** Vacation blocks per trainee per academic year. */
  blocksPerYear: z.number().int().min(0),
  /** Block numbers within a year (1 = the year's first block) where vacation may fall (any if absent). */
  allowedBlocks: z.array(BlockNumberSchema).min(1).refine(unique, 'blocks must not repeat').exactOptional(),
});
/** The vacation rule. */
export type VacationRule = z.infer<typeof VacationRuleSchema>;

/** The rules a schedule must keep. */
export const SchedulingRulesSchema = z.object({
  /** Requirement sets whose `rotation-time` requirements every trainee must meet (or stay on track for) by the horizon's end. */
  requirementSets: z.array(RequirementSetSchema).default([]),
  /** Prerequisites. */
  prerequisites: z.array(PrerequisiteRuleSchema).default([]),
  /** Consecutive-block limits. */
  maxConsecutive: z.array(ConsecutiveLimitSchema).default([]),
  /** Blocks that must be together. */
  together: z.array(BlockGroupRuleSchema).default([]),
  /** Balance across trainees. */
  balance: z.array(BalanceRuleSchema).default([]),
  /** Vacation blocks. */
  vacation: VacationRuleSchema.exactOptional(),
});
/** The rules of a scheduling problem. */
export type SchedulingRules = z.infer<typeof SchedulingRulesSchema>;

/**
 * A block-scheduling problem: one program, a horizon of blocks, the trainees,
 * rotation capacities, the rules, and optionally a previous schedule to stay
 * close to. Every trainee-block gets exactly one rotation, a vacation block
 * or (when entirely on leave) nothing.
 */
export const SchedulingProblemSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** The program: its rotations (ids and categories), length and unit conversions. */
  program: ProgramSchema,
  /** The block calendar. */
  calendar: SchedulingCalendarSchema,
  /** The trainees. */
  trainees: z.array(SchedulingTraineeSchema).min(1),
  /** Rotation capacities; a rotation without one is unlimited. */
  capacities: z.array(RotationCapacitySchema).default([]),
  /** The rules. */
  rules: SchedulingRulesSchema.default({ requirementSets: [], prerequisites: [], maxConsecutive: [], together: [], balance: [] }),
  /** A published schedule to change as little as possible: the fewest changed trainee-blocks come first, the objective second. */
  previous: z.array(AssignmentSchema).exactOptional(),
});
/** A block-scheduling problem. */
export type SchedulingProblem = z.infer<typeof SchedulingProblemSchema>;
