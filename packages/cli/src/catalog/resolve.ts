import type { Catalog, Program } from '@gmekit/model';
import { CliError } from '../errors';

/**
 * A program's name as a slug: lower case, words joined by `-`
 * (`Hospice & Palliative Medicine` → `hospice-palliative-medicine`).
 *
 * @param name - display name
 * @returns the slug
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Every way a user may name a program: its id, its name's slug, the tails of
// its id after each "-" (`radiation-oncology` for `kp-lamc-radiation-oncology`)
// and the initials of multi-word tails (`ro`).
function namesOf(program: Program): string[] {
  const id = program.id.toLowerCase();
  const tails = [...id.matchAll(/-/g)].map((m) => id.slice(m.index + 1));
  const initials = tails.filter((t) => t.includes('-')).map((t) => t.split('-').map((w) => w.charAt(0)).join(''));
  return [id, slugify(program.name), ...tails, ...initials];
}

/**
 * Finds the program a user means: its exact id, its name's slug, the end of
 * its id after a `-` (`radiation-oncology`), that end's initials (`ro`), or a
 * prefix of any of these that only one program has (case-insensitive).
 *
 * @param catalog - the catalog
 * @param ref - what the user typed
 * @returns the program
 * @throws CliError listing the valid ids when nothing or more than one program matches
 */
export function resolveProgram(catalog: Catalog, ref: string): Program {
  const ids = catalog.programs.map((p) => p.id).join(', ');
  const exact = catalog.programs.find((p) => p.id === ref);
  if (exact) return exact;
  const wanted = ref.toLowerCase();
  const keys = catalog.programs.map((p) => ({ program: p, names: namesOf(p) }));
  const same = keys.filter((k) => k.names.includes(wanted));
  if (same.length === 1 && same[0]) return same[0].program;
  const prefixed = keys.filter((k) => k.names.some((n) => n.startsWith(wanted)));
  if (wanted !== '' && prefixed.length === 1 && prefixed[0]) return prefixed[0].program;
  if (prefixed.length > 1 && wanted !== '') {
    throw new CliError(`program "${ref}" is ambiguous: it matches ${prefixed.map((k) => k.program.id).join(', ')}`);
  }
  throw new CliError(`unknown program "${ref}"; valid ids: ${ids === '' ? '(the catalog has no programs)' : ids}`);
}
