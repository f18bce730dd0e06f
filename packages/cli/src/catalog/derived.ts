import { type Catalog, type Finding, type Inference, type Program, inferencesIn, inferredValueText, programGaps } from '@gmekit/model';

/** An inferred value as `gmekit show` prints it; plain JSON, so the build can store it. */
export interface ShownInference {
  /** Path of the value from the catalog's `programs[]` or `sites[]` entry, as text. */
  readonly ref: string;
  /** Name of the nearest enclosing item, or null. */
  readonly where: string | null;
  /** The field that holds the value. */
  readonly field: string;
  /** The inferred value. */
  readonly value: unknown;
  /** How the value follows from what the source says. */
  readonly reasoning: string;
  /** The value in words. */
  readonly valueText: string;
}

/** What `gmekit show` computes from a program: its gaps and its inferred values. */
export interface ProgramDerived {
  /** Every gap `programGaps` finds, inferences included. */
  readonly gaps: readonly Finding[];
  /** The program's inferred values, then those of the sites it uses. */
  readonly inferred: readonly ShownInference[];
}

// The program's own inferred values, then those of the sites it uses (a
// site's affiliation), each with its path from the catalog's entry.
function programAndSiteInferences(program: Program, catalog: Catalog): Inference[] {
  const used = new Set<string>(program.siteIds);
  const sites = catalog.sites.flatMap((site, i) =>
    used.has(site.id) ? inferencesIn(site, site.name).map((inf) => ({ ...inf, path: ['sites', i, ...inf.path], ref: `sites[${i}].${inf.ref}` })) : [],
  );
  return [...inferencesIn(program, program.name), ...sites];
}

/**
 * A program's gaps and inferred values, as `gmekit show` prints them.
 *
 * @param program - the program
 * @param catalog - its catalog, for the sites
 * @returns gaps and inferences
 */
export function deriveProgram(program: Program, catalog: Catalog): ProgramDerived {
  return {
    gaps: programGaps(program),
    inferred: programAndSiteInferences(program, catalog).map((i) => ({
      ref: i.ref,
      where: i.where ?? null,
      field: i.field,
      value: i.value,
      reasoning: i.reasoning,
      valueText: inferredValueText(i.value),
    })),
  };
}

/**
 * {@link deriveProgram} for every program of a catalog, by program id.
 *
 * @param catalog - the catalog
 * @returns gaps and inferences by program id
 */
export function deriveCatalog(catalog: Catalog): Record<string, ProgramDerived> {
  return Object.fromEntries(catalog.programs.map((p) => [p.id, deriveProgram(p, catalog)]));
}
