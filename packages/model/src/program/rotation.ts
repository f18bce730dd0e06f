import { z } from 'zod';
import { RotationIdSchema, SiteIdSchema } from '../ids';
import { openValue } from '../open';
import { CategoryTagSchema } from '../primitives';
import { SourcesSchema } from '../source';


/**
 * A Review Committee exception to the 80-hour weekly limit for one rotation
 * (ACGME CPR 6.24: up to 10 %, so at most 88 hours).
 */
export const WorkHourExceptionSchema = z.object({
  /** Weekly limit granted, averaged like the 80-hour rule; at most 88. */
  weeklyHours: z.number().gt(80).max(88, 'a Review Committee exception is at most 88 hours (10 % over 80)'),
  /** Who granted it and when, as text. */
  basis: z.string().min(1),
});
/** A per-rotation exception to the 80-hour limit. */
export type WorkHourException = z.infer<typeof WorkHourExceptionSchema>;

/** A named clinical or educational service a trainee rotates on. */
export const RotationSchema = z.object({
  /** Stable identifier. */
  id: RotationIdSchema,
  /** Name as the source writes it. */
  name: z.string().min(1),
  /** Category tags used by requirements and totals. */
  categories: z.array(CategoryTagSchema).min(1, 'a rotation needs at least one category tag'),
  /** Where the rotation takes place, where stated. */
  site: openValue(SiteIdSchema),
  /** Short description from the source. */
  description: z.string().exactOptional(),
  /** A Review Committee exception to the 80-hour limit, if one is granted. */
  workHourException: WorkHourExceptionSchema.exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A rotation. */
export type Rotation = z.infer<typeof RotationSchema>;
