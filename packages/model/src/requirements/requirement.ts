import { z } from 'zod';
import { ConferenceSeriesIdSchema, ProgramIdSchema, RequirementIdSchema, SiteIdSchema } from '../ids';
import { CategoryTagSchema, PgyRangeSchema } from '../primitives';
import { CadenceSchema, DurationSchema } from '../quantity';
import { SourcesSchema } from '../source';

const base = {
  /** Stable identifier within its set. */
  id: RequirementIdSchema,
  /** Short title a coordinator recognises. */
  title: z.string().min(1),
  /** The requirement as its source words it. */
  description: z.string().exactOptional(),
  /** Where it comes from (brochure sentence, ACGME rule). */
  sources: SourcesSchema,
};

/** Scholarly activity kinds a trainee may log. */
export const ScholarlyKindSchema = z.enum([
  'investigative-project',
  'publication',
  'abstract',
  'poster',
  'oral-presentation',
  'department-talk',
  'quality-improvement',
  'case-report',
  'other',
]);
/** A scholarly activity kind. */
export type ScholarlyKind = z.infer<typeof ScholarlyKindSchema>;

/** How far a scholarly activity has got. */
export const ScholarlyStatusSchema = z.enum(['planned', 'in-progress', 'completed', 'submitted', 'accepted', 'presented', 'published']);
/** How far a scholarly activity has got. */
export type ScholarlyStatus = z.infer<typeof ScholarlyStatusSchema>;

/** A trainee's role in a logged procedure. */
export const ProcedureRoleSchema = z.enum(['primary', 'secondary', 'assistant', 'observer']);
/** A trainee's role in a logged procedure. */
export type ProcedureRole = z.infer<typeof ProcedureRoleSchema>;

/**
 * A requirement a program or trainee must meet, discriminated on `kind`.
 * Durations may be in any unit; the program's own conversions apply.
 */
export const RequirementSchema = z.discriminatedUnion('kind', [
  z.object({
    ...base,
    /** Total length of training (ACGME program length). */
    kind: z.literal('training-length'),
    /** Required length, e.g. exactly 48 months. */
    length: DurationSchema,
  }),
  z
    .object({
      ...base,
      /** Time in rotations matching any of `categories`, within PGY levels. */
      kind: z.literal('rotation-time'),
      /** Rotations counted: any carrying one of these tags. */
      categories: z.array(CategoryTagSchema).min(1),
      /** PGY levels counted (all if absent). */
      pgy: PgyRangeSchema.exactOptional(),
      /** Least time required. */
      min: DurationSchema.exactOptional(),
      /** Most time allowed. */
      max: DurationSchema.exactOptional(),
    })
    .refine((r) => r.min !== undefined || r.max !== undefined, { message: 'a rotation-time requirement needs min or max', path: ['min'] }),
  z.object({
    ...base,
    /** A minimum number of logged procedures. */
    kind: z.literal('procedure-count'),
    /** Procedure category as logged (e.g. `aortic-repair`). */
    category: z.string().min(1),
    /** Roles that count (any role if absent). */
    roles: z.array(ProcedureRoleSchema).min(1).exactOptional(),
    /** Least number of procedures. */
    min: z.number().int().positive(),
  }),
  z.object({
    ...base,
    /** A minimum number of hours of a logged activity. */
    kind: z.literal('activity-hours'),
    /** Activity as logged (e.g. `wound-care`). */
    activity: z.string().min(1),
    /** Least number of hours. */
    minHours: z.number().positive(),
  }),
  z.object({
    ...base,
    /** A longitudinal experience kept up across PGY levels. */
    kind: z.literal('longitudinal'),
    /** Activity as logged (e.g. `continuity-clinic`). */
    activity: z.string().min(1),
    /** PGY levels it spans. */
    pgy: PgyRangeSchema,
    /** Time required per period (e.g. half a day a week). */
    cadence: CadenceSchema,
  }),
  z
    .object({
      ...base,
      /** Training across several sites or care settings. */
      kind: z.literal('distinct-sites'),
      /** Sites that must each be trained at. */
      siteIds: z.array(SiteIdSchema).exactOptional(),
      /** Care settings that must each be trained in. */
      settings: z.array(z.string().min(1)).exactOptional(),
      /** Least number of distinct sites (defaults to all listed). */
      minSites: z.number().int().positive().exactOptional(),
    })
    .refine((r) => r.siteIds !== undefined || r.settings !== undefined || r.minSites !== undefined, {
      message: 'a distinct-sites requirement needs siteIds, settings or minSites',
      path: ['siteIds'],
    }),
  z.object({
    ...base,
    /** Scholarly work that reaches a status (e.g. a project submitted or presented). */
    kind: z.literal('scholarly'),
    /** Kinds that count. */
    activityKinds: z.array(ScholarlyKindSchema).min(1),
    /** Statuses that count as done. */
    statuses: z.array(ScholarlyStatusSchema).min(1),
    /** Least number of activities. */
    min: z.number().int().positive(),
  }),
  z.object({
    ...base,
    /** A presentation given every academic year (e.g. an annual department talk). */
    kind: z.literal('recurring-presentation'),
    /** Kind of presentation that counts. */
    presentationKind: ScholarlyKindSchema,
    /** Least number per academic year of training. */
    perAcademicYear: z.number().int().positive(),
  }),
  z
    .object({
      ...base,
      /** Attendance at conference series. */
      kind: z.literal('conference-attendance'),
      /** Series that count (all the trainee is expected at if absent). */
      seriesIds: z.array(ConferenceSeriesIdSchema).min(1).exactOptional(),
      /** Least share of expected sessions attended, in percent. */
      minPercent: z.number().min(0).max(100),
    }),
]);
/** A requirement. */
export type Requirement = z.infer<typeof RequirementSchema>;

/** The requirement kinds, for exhaustive handling. */
export type RequirementKind = Requirement['kind'];

/** The requirements a program's trainees and plan are checked against. */
export const RequirementSetSchema = z.object({
  /** Stable identifier. */
  id: z.string().min(1),
  /** Program the set belongs to. */
  programId: ProgramIdSchema,
  /** Title of the set. */
  title: z.string().min(1),
  /** The requirements. */
  requirements: z.array(RequirementSchema),
});
/** A requirement set. */
export type RequirementSet = z.infer<typeof RequirementSetSchema>;
