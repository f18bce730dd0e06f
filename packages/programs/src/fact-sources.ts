import type { Program } from '@gmekit/model';

/**
 * Program-level facts that carry no `sources` of their own (founding year,
 * PGY levels, length, accreditor, missions, sites, care settings,
 * affiliations, name): the sentences each was read from, by field. The same
 * shape as the model's `Program['factSources']`.
 */
export type ProgramFactSources = Program['factSources'];
