import { z } from 'zod';
import { ClinicIdSchema, ExperienceIdSchema, RotationIdSchema } from '../ids';
import { inferredFields, openValue } from '../open';
import { CategoryTagSchema, PgyLevelSchema, PgyRangeSchema } from '../primitives';
import { CadenceSchema, DurationSchema } from '../quantity';
import { SourcesSchema } from '../source';

/**
 * Where in its year a block sits: at the start ("at the very beginning of
 * PGY 4"), at the end ("at the end of PGY 2"), or starting in a given month
 * of the year (1 = the first month).
 */
export const BlockPositionSchema = z.discriminatedUnion('anchor', [
  z.object({
    /** The block opens the year. */
    anchor: z.literal('start'),
  }),
  z.object({
    /** The block closes the year. */
    anchor: z.literal('end'),
  }),
  z.object({
    /** The block starts in a given month of the year. */
    anchor: z.literal('month'),
    /** Month of the training year the block starts in (1–12). */
    month: z.number().int().min(1).max(12),
  }),
]);
/** Where in its year a block sits. */
export type BlockPosition = z.infer<typeof BlockPositionSchema>;

/** One rotation block of a curriculum year. */
export const RotationBlockSchema = z.object({
  /** The rotation. */
  rotationId: RotationIdSchema,
  /** How long, as stated (exact, a range, approximate, in any unit). */
  duration: DurationSchema,
  /** Where in the year, if the source says. */
  position: openValue(BlockPositionSchema),
  /**
   * Blocks the source states together ("a 3 month block, which includes one
   * month of CCU and two months of IR") share a group label and are laid out
   * contiguously, in the order listed unless the year's `groups` says otherwise.
   */
  group: z.string().min(1).exactOptional(),
  /** An option the trainee may take rather than a fixed part of the year. */
  optional: z.boolean().exactOptional(),
  /**
   * How the block's time divides between training years, when the source
   * places it across several years without saying how ("The PGY 5 and 6
   * years will include 2 months"): each reading lists the months per year
   * (`year` is the curriculum's `year` number) and sums to the block's
   * duration. Absent means the whole block is in the year that lists it;
   * readers that ignore the split keep it there, which is the first reading.
   */
  split: openValue(
    z
      .array(
        z.object({
          /** Curriculum year (`CurriculumYear.year`) this share falls in. */
          year: z.number().int().min(1).max(10),
          /** Months of the block in that year. */
          months: z.number().min(0),
        }),
      )
      .min(1),
  ).exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** One rotation block of a curriculum year. */
export type RotationBlock = z.infer<typeof RotationBlockSchema>;

/**
 * What the source says of a group of blocks beyond their shared label. A group
 * with no entry here runs in the order its blocks are listed.
 */
export const BlockGroupSchema = z.object({
  /** The label the group's blocks carry in `group`. */
  id: z.string().min(1),
  /**
   * The order the blocks run in, as indexes into the year's `blocks`: stated,
   * ambiguous between orders, or unstated ("one month of interventional
   * radiology and one month of neurointerventional radiology" at the very
   * beginning of PGY 4, where which comes first is not said). The blocks stay contiguous
   * whatever their order.
   */
  order: openValue(z.array(z.number().int().min(0)).min(2)),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** What the source says of a group of blocks beyond their shared label. */
export type BlockGroup = z.infer<typeof BlockGroupSchema>;

/** One training year of a curriculum. */
export const CurriculumYearSchema = z.object({
  /** Year of the program, 1 for the first. */
  year: z.number().int().min(1).max(10),
  /** PGY level of the year, where the program's PGY levels are stated. */
  pgy: PgyLevelSchema.exactOptional(),
  /** Length of the year (normally 12 months). */
  length: DurationSchema,
  /** The year's blocks in the order the source lists them. */
  blocks: z.array(RotationBlockSchema),
  /** Groups whose order (or other group-wide fact) the source qualifies. */
  groups: z.array(BlockGroupSchema).exactOptional(),
  /** What the source says of the year as a whole. */
  note: z.string().exactOptional(),
  /**
   * Plain fields whose value the source implies but does not state, with the
   * reasoning (a year of twelve months when the source only counts years).
   */
  inferred: inferredFields(['length']).exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** One training year of a curriculum. */
export type CurriculumYear = z.infer<typeof CurriculumYearSchema>;


/** An experience that runs alongside the blocks across several years. */
export const LongitudinalExperienceSchema = z.object({
  /** Stable identifier. */
  id: ExperienceIdSchema,
  /** Name as the source writes it. */
  title: z.string().min(1),
  /** What kind of experience. */
  kind: z.enum(['continuity-clinic', 'clinic', 'call', 'lecture-series', 'training', 'other']),
  /** PGY levels it spans, where stated. */
  pgy: openValue(PgyRangeSchema),
  /** How much time it takes, where stated. */
  cadence: openValue(CadenceSchema),
  /** Clinic it takes place in, if any. */
  clinicId: ClinicIdSchema.exactOptional(),
  /** Rotation it belongs to, if any. */
  rotationId: RotationIdSchema.exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A longitudinal experience. */
export type LongitudinalExperience = z.infer<typeof LongitudinalExperienceSchema>;

/**
 * A total the source states without a sequence ("a minimum of 36 months will
 * be spent in core clinical training"), over rotations matching categories.
 */
export const CurriculumTotalSchema = z.object({
  /** Stable identifier within the curriculum. */
  id: z.string().min(1),
  /** The total in words. */
  label: z.string().min(1),
  /** Rotations counted: any rotation carrying one of these tags. */
  categories: z.array(CategoryTagSchema).min(1),
  /** PGY levels counted, if the total is limited to some years. */
  pgy: PgyRangeSchema.exactOptional(),
  /** The stated total. */
  duration: DurationSchema,
  /**
   * `scheduled` totals must be reproducible from the encoded blocks; `unsequenced`
   * totals are all the source says (no blocks are listed for them).
   */
  basis: z.enum(['scheduled', 'unsequenced']),
  /**
   * What reproducing the total from the blocks does and does not show, when
   * that needs saying: a total reproduced only through a conversion worked
   * back from that same total confirms nothing.
   */
  note: z.string().min(1).exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A curriculum total. */
export type CurriculumTotal = z.infer<typeof CurriculumTotalSchema>;

/** How a program divides its years into blocks. */
export const BlockSystemSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Calendar months. */
    kind: z.literal('calendar-months'),
  }),
  z.object({
    /** Thirteen four-week blocks a year. */
    kind: z.literal('four-week'),
  }),
  z.object({
    /** Blocks of a stated, possibly ranged, length ("mini-blocks of 1–2 months"). */
    kind: z.literal('custom'),
    /** Block length as stated. */
    length: DurationSchema,
    /** The program's name for its blocks. */
    name: z.string().exactOptional(),
  }),
]);
/** How a program divides its years into blocks. */
export type BlockSystem = z.infer<typeof BlockSystemSchema>;

/** A program's curriculum: its years, longitudinal experiences and stated totals. */
export const CurriculumSchema = z.object({
  /** Block system, where stated. */
  blockSystem: openValue(BlockSystemSchema),
  /** The training years in order. */
  years: z.array(CurriculumYearSchema),
  /** Experiences that span years. */
  longitudinal: z.array(LongitudinalExperienceSchema),
  /** Totals stated by the source. */
  totals: z.array(CurriculumTotalSchema),
});
/** A program's curriculum. */
export type Curriculum = z.infer<typeof CurriculumSchema>;
