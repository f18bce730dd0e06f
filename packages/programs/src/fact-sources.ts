import type { Sources } from '@gmekit/model';

/**
 * Program-level facts that carry no `sources` of their own in the model
 * (founding year, PGY levels, length, accreditor, missions, sites, care
 * settings, affiliations, name): the sentences each was read from, by field.
 */
export type ProgramFactSources = Partial<
  Record<'name' | 'specialty' | 'accreditor' | 'founded' | 'pgyLevels' | 'length' | 'missions' | 'siteIds' | 'careSettings' | 'affiliations' | 'conversions', Sources>
>;
