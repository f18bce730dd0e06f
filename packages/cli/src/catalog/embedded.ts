import { readFileSync } from 'node:fs';
import type { Catalog, Program } from '@gmekit/model';
import type { ProgramDerived } from './derived';

/**
 * File the build writes next to the bundle (tsup.config.ts): the embedded
 * catalog and what `show` derives from it, as JSON. Reading it instead of
 * importing `@gmekit/programs` spares every start the model's zod schemas and
 * the catalog's construction, which the embedded catalog does not need.
 */
export const SNAPSHOT_FILE = 'embedded-catalog.json';

/** The contents of {@link SNAPSHOT_FILE}. */
export interface EmbeddedSnapshot {
  /** The reference catalog of `@gmekit/programs`. */
  readonly catalog: Catalog;
  /** Gaps and inferences of each of its programs, by program id. */
  readonly derived: Readonly<Record<string, ProgramDerived>>;
}

/**
 * Builds the snapshot from `@gmekit/programs` (what the build stores, and
 * the fallback when running from source).
 *
 * @returns the snapshot
 */
export async function buildSnapshot(): Promise<EmbeddedSnapshot> {
  const [{ catalog }, { deriveCatalog }] = await Promise.all([import('@gmekit/programs'), import('./derived')]);
  return { catalog, derived: deriveCatalog(catalog) };
}

function readSnapshot(): Promise<EmbeddedSnapshot> {
  let text: string;
  try {
    text = readFileSync(new URL(`./${SNAPSHOT_FILE}`, import.meta.url), 'utf8');
  } catch (e) {
    // Running from source (tests, tsx): there is no build output to read.
    if (e instanceof Error && 'code' in e && e.code === 'ENOENT') return buildSnapshot();
    throw e;
  }
  return Promise.resolve(JSON.parse(text) as EmbeddedSnapshot);
}

let snapshot: Promise<EmbeddedSnapshot> | undefined;

/**
 * The reference catalog shipped with `@gmekit/programs` (already validated
 * by that package's own tests, so it is not re-checked on every run).
 *
 * @returns the embedded catalog
 */
export async function embeddedCatalog(): Promise<Catalog> {
  return (await (snapshot ??= readSnapshot())).catalog;
}

/**
 * A program's gaps and inferences: stored by the build for the embedded
 * catalog, computed for any other.
 *
 * @param catalog - the catalog the program came from
 * @param program - the program
 * @returns gaps and inferences
 */
export async function derivedOf(catalog: Catalog, program: Program): Promise<ProgramDerived> {
  const stored = snapshot === undefined ? undefined : await snapshot;
  const known = stored?.catalog === catalog ? stored.derived[program.id] : undefined;
  return known ?? (await import('./derived')).deriveProgram(program, catalog);
}
