import type { Catalog, Program } from '@gmekit/model';
import { deepFreeze } from './builders/freeze';
import type { ProgramFactSources } from './fact-sources';
import { hospicePalliativeMedicine as hpm } from './hospice-palliative-medicine/program';
import { institution as inst } from './institution';
import { interventionalRadiology as ir } from './interventional-radiology/program';
import { radiationOncology as ro } from './radiation-oncology/program';
import { sites as allSites } from './sites';

// Frozen once here so every app importing the catalog shares one immutable copy.

/** The Radiation Oncology residency (PGY2–PGY5, 48 months). */
export const radiationOncology: Program = deepFreeze(ro);
/** The Integrated Interventional Radiology residency (PGY1–PGY6). */
export const interventionalRadiology: Program = deepFreeze(ir);
/** The Hospice & Palliative Medicine fellowship (12 months, four medical centers). */
export const hospicePalliativeMedicine: Program = deepFreeze(hpm);
/** The sponsoring institution. */
export const institution = deepFreeze(inst);
/** Every site the programs use. */
export const sites = deepFreeze(allSites);

/**
 * The embedded reference catalog: Kaiser Permanente Los Angeles Medical
 * Center with its sites and its three seed programs. Frozen; clone it
 * (`structuredClone(catalog)`) to change a copy.
 *
 * @example
 * import { catalog } from '@gmekit/programs';
 * for (const p of catalog.programs) console.log(p.id, p.name);
 */
export const catalog: Catalog = deepFreeze({
  formatVersion: 1,
  institution,
  sites,
  programs: [radiationOncology, interventionalRadiology, hospicePalliativeMedicine],
});

/**
 * Sentences behind each program's program-level facts (founding year, PGY
 * levels, length, missions, …), keyed by program id: the programs'
 * `factSources`, gathered for lookup.
 */
export const programFactSources: Readonly<Record<string, ProgramFactSources>> = deepFreeze(
  Object.fromEntries(catalog.programs.map((p) => [p.id, p.factSources])),
);

/**
 * Looks a program up by id.
 *
 * @param id - a program id such as `kp-lamc-radiation-oncology`
 * @returns the program, or `undefined` when the catalog has none with that id
 * @example
 * programById('kp-lamc-interventional-radiology')?.founded; // { status: 'stated', value: 2008 }
 */
export function programById(id: string): Program | undefined {
  return catalog.programs.find((p) => p.id === id);
}
