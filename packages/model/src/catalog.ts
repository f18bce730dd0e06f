import { z } from 'zod';
import { InstitutionSchema, SiteSchema } from './institution';
import { ProgramSchema } from './program/program';

/** An institution with its sites and programs: what `@gmekit/programs` ships and apps load. */
export const CatalogSchema = z.object({
  /** Version of the catalog format. */
  formatVersion: z.literal(1),
  /** The sponsoring institution. */
  institution: InstitutionSchema,
  /** All sites the programs use. */
  sites: z.array(SiteSchema),
  /** The programs. */
  programs: z.array(ProgramSchema),
});
/** A catalog. */
export type Catalog = z.infer<typeof CatalogSchema>;
