import { z } from 'zod';
import { InstitutionIdSchema, SiteIdSchema } from './ids';
import { inferredFields, openValue } from './open';
import { YearSchema } from './primitives';
import { QuantitySchema } from './quantity';
import { SourcesSchema } from './source';

/** The kinds of participating site a GME program uses. */
export const SiteKindSchema = z.enum([
  'academic-medical-center',
  'community-hospital',
  'childrens-hospital',
  'cancer-center',
  'satellite-facility',
  'other',
]);
/** A kind of participating site. */
export type SiteKind = z.infer<typeof SiteKindSchema>;

/** A sponsoring or participating site: a hospital, cancer center or satellite facility. */
export const SiteSchema = z.object({
  /** Stable identifier. */
  id: SiteIdSchema,
  /** Name as the source writes it. */
  name: z.string().min(1),
  /** What kind of site it is. */
  kind: SiteKindSchema,
  /** City, where the source states it. */
  city: openValue(z.string().min(1)),
  /** The site this one belongs to (a cancer center inside a medical center). */
  partOf: SiteIdSchema.exactOptional(),
  /** Whether the site belongs to the sponsoring institution's own system. */
  affiliation: z.enum(['sponsor', 'partner']),
  /** Year the site opened, where stated. */
  opened: openValue(YearSchema).exactOptional(),
  /**
   * Plain fields whose value the source implies but does not state, with the
   * reasoning (brochures say "our satellite facilities", not "owned by the
   * sponsor").
   */
  inferred: inferredFields(['affiliation', 'kind', 'partOf']).exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** A participating site. */
export type Site = z.infer<typeof SiteSchema>;

/** The sponsoring institution of a set of programs. */
export const InstitutionSchema = z.object({
  /** Stable identifier. */
  id: InstitutionIdSchema,
  /** Name of the sponsoring institution. */
  name: z.string().min(1),
  /** The site that is the institution's main campus. */
  mainSiteId: SiteIdSchema,
  /** Number of other residency and fellowship programs it sponsors, as stated. */
  otherProgramCount: QuantitySchema.exactOptional(),
  /** Where these facts come from. */
  sources: SourcesSchema,
});
/** The sponsoring institution. */
export type Institution = z.infer<typeof InstitutionSchema>;
