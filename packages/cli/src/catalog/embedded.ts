import type { Catalog } from '@gmekit/model';
import { catalog } from '@gmekit/programs';

/**
 * The reference catalog shipped with `@gmekit/programs` (already validated
 * by that package's own tests, so it is not re-checked on every run).
 *
 * @returns the embedded catalog
 */
export function embeddedCatalog(): Promise<Catalog> {
  return Promise.resolve(catalog);
}
