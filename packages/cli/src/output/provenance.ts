import { type Catalog, type Inference, type Program, inferencesIn, inferredValueText } from '@gmekit/model';

/**
 * What a program's source implies without saying: the program's own inferred
 * values, then those of the sites it uses (a site's affiliation), each with
 * its path from the catalog's `programs[]` or `sites[]` entry.
 *
 * @param program - the program
 * @param catalog - its catalog, for the sites
 * @returns the inferences, program first
 */
export function programAndSiteInferences(program: Program, catalog: Catalog): Inference[] {
  const used = new Set<string>(program.siteIds);
  const sites = catalog.sites.flatMap((site, i) =>
    used.has(site.id) ? inferencesIn(site, site.name).map((inf) => ({ ...inf, path: ['sites', i, ...inf.path], ref: `sites[${i}].${inf.ref}` })) : [],
  );
  return [...inferencesIn(program, program.name), ...sites];
}

/**
 * An inference as a line: where, the field and its value, then the reasoning.
 *
 * @param i - the inference
 * @returns the line
 */
export function inferenceLine(i: Inference): string {
  const field = i.field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return `${i.where !== undefined ? `${i.where}: ` : ''}${field} = ${inferredValueText(i.value)} [${i.ref}]\n      because ${i.reasoning}`;
}

/**
 * A program fact (highlight, history, outcome, link) as a line.
 *
 * @param fact - the fact
 * @returns the line
 */
export function factLine(fact: NonNullable<Program['facts']>[number]): string {
  return `${fact.kind.padEnd(9)} ${fact.text}${fact.url !== undefined ? ` <${fact.url}>` : ''}`;
}
