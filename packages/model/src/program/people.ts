import { z } from 'zod';
import { openValue } from '../open';
import { YearSchema } from '../primitives';
import { QuantitySchema } from '../quantity';
import { SourcesSchema } from '../source';

/** A group of faculty counted together (e.g. "8 peripheral interventionalists"). */
export const FacultyGroupSchema = z.object({
  /** Stable identifier within the program. */
  id: z.string().min(1),
  /** The group in words. */
  label: z.string().min(1),
  /** How many, as stated. */
  count: QuantitySchema,
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A group of faculty. */
export type FacultyGroup = z.infer<typeof FacultyGroupSchema>;

/** A program's faculty: the total and the groups the source names. */
export const FacultySchema = z.object({
  /** Total faculty, as stated. */
  total: QuantitySchema,
  /** What the total counts ("full-time clinical faculty", "physicians"). */
  description: z.string().min(1),
  /** Number of locations the faculty works across, where stated. */
  locations: QuantitySchema.exactOptional(),
  /** Named groups; they may overlap (e.g. dual certification). */
  groups: z.array(FacultyGroupSchema),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A program's faculty. */
export type Faculty = z.infer<typeof FacultySchema>;

/** A person in a leadership role, founding or current. */
export const LeaderSchema = z.object({
  /** The role. */
  role: z.enum(['program-director', 'associate-program-director', 'chief-of-service', 'division-chief', 'chair', 'other']),
  /** Name as the source writes it. */
  name: z.string().min(1),
  /** Whether the source describes the founding, current, or unstated period of the role. */
  period: z.enum(['founding', 'current', 'unstated']),
  /** Year the role began, if stated. */
  since: openValue(YearSchema).exactOptional(),
  /** What else the source says (e.g. "the late"). */
  note: z.string().exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A person in a leadership role. */
export type Leader = z.infer<typeof LeaderSchema>;
