import { type Catalog, CatalogSchema, validateCatalog } from '@gmekit/model';
import { CliError } from '../errors';
import type { CliIo } from '../io';
import { parseOrFail, readJsonFile } from '../input/json-file';
import { embeddedCatalog } from './embedded';

/**
 * Loads the catalog a command works on: the JSON file named by `--catalog`
 * (schema-checked, then cross-checked with `validateCatalog`) or the embedded
 * reference catalog. A catalog with errors is bad input (exit 2); run
 * `gmekit validate` on it to see every finding.
 *
 * @param io - the command's io
 * @param file - the `--catalog` value, if given
 * @returns the catalog
 * @throws CliError naming the file, line or JSON path of the first problem
 */
export async function loadCatalog(io: CliIo, file: string | undefined): Promise<Catalog> {
  if (file === undefined) return embeddedCatalog();
  const catalog = parseOrFail(CatalogSchema, readJsonFile(io, file), file);
  const errors = validateCatalog(catalog).filter((f) => f.severity === 'error');
  const first = errors[0];
  if (first) {
    const more = errors.length > 1 ? ` (and ${errors.length - 1} more; run "gmekit validate ${file}")` : '';
    throw new CliError(`${file}: ${first.message}${more}`);
  }
  return Promise.resolve(catalog);
}
