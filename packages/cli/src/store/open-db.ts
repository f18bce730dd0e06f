import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { GmekitError } from '@gmekit/model';
import type { Store } from '@gmekit/store';
import type { OptionSpec } from '../args';
import { CliError } from '../errors';
import { type CliIo, resolvePath } from '../io';

/** The `--db` option of commands that read or write the store. */
export const DB_OPTION: Readonly<Record<string, OptionSpec>> = {
  db: {
    type: 'string',
    value: '<dir|url>',
    description: 'the store: a PGlite directory or a postgres:// URL (default: GMEKIT_DATABASE_URL, else the directory .gmekit/db)',
  },
};

/** The directory the store lives in when neither `--db` nor `GMEKIT_DATABASE_URL` says otherwise. */
export const DEFAULT_DB_DIR = join('.gmekit', 'db');

/** Where a store is, as given and as opened. */
export interface DbLocation {
  /** As typed (a URL with its password hidden), for messages. */
  readonly label: string;
  /** `{ dir }` (absolute) or `{ url }`. */
  readonly target: { readonly dir: string } | { readonly url: string };
}

const URL_PATTERN = /^postgres(?:ql)?:\/\//i;

/**
 * Where the store is: `--db`, else `GMEKIT_DATABASE_URL`, else `.gmekit/db`
 * under the working directory. A `postgres://` or `postgresql://` value is a
 * server, anything else a PGlite directory.
 *
 * @param io - the command's io (working directory and environment)
 * @param value - the `--db` value, when given
 * @returns the location
 */
export function dbLocation(io: CliIo, value: string | undefined): DbLocation {
  const env = io.env ?? process.env;
  const given = value ?? (env.GMEKIT_DATABASE_URL === '' ? undefined : env.GMEKIT_DATABASE_URL) ?? DEFAULT_DB_DIR;
  if (URL_PATTERN.test(given)) return { label: given.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@'), target: { url: given } };
  return { label: given, target: { dir: resolvePath(io, given) } };
}

/**
 * Opens the store, loading `@gmekit/store` (PGlite, kysely, pg) only now so
 * that commands without `--db` never pay for it. A PGlite directory must
 * already hold a store unless `create` is set (`gmekit db init`); any error
 * of the store becomes a one-line `CliError` naming the location.
 *
 * @param io - the command's io
 * @param location - where the store is
 * @param create - create the PGlite directory when it has no store yet
 * @returns the open store; close it when done
 * @throws CliError when the store cannot be opened
 */
export async function openDb(io: CliIo, location: DbLocation, create = false): Promise<Store> {
  const { target } = location;
  if ('dir' in target && !create && !existsSync(join(target.dir, 'PG_VERSION'))) {
    throw new CliError(`--db ${location.label}: no store there yet; create it with gmekit db init${location.label === DEFAULT_DB_DIR ? ' (or pass --db <dir|url>)' : ` --db ${location.label}`}`, false, 'cli/input', ['db']);
  }
  // PGlite makes the data directory itself, not its parents (.gmekit for .gmekit/db).
  if ('dir' in target && create) mkdirSync(target.dir, { recursive: true });
  const env = io.env ?? process.env;
  const actor = env.GMEKIT_ACTOR ?? env.USER ?? env.USERNAME ?? 'gmekit';
  try {
    const { openStore } = await import('@gmekit/store');
    return await openStore({ ...target, actor: actor.trim() === '' ? 'gmekit' : actor });
  } catch (e) {
    throw storeFailure(location, e);
  }
}

/**
 * A store error (or a driver error) as the one line the CLI prints; any
 * other error is returned as it is.
 *
 * @param location - the store the error came from
 * @param e - the error
 * @returns the error to throw
 */
export function storeFailure(location: DbLocation, e: unknown): unknown {
  if (e instanceof CliError) return e;
  if (e instanceof GmekitError && e.code.startsWith('store/')) {
    return new CliError(`--db ${location.label}: ${e.message}`, false, e.code, ['db']);
  }
  return e;
}

/**
 * Opens the store, runs `fn` on it and closes it, whatever happens; a store
 * error from `fn` becomes the CLI's one line naming the location.
 *
 * @param io - the command's io
 * @param location - where the store is
 * @param fn - what to do with the open store
 * @param create - create the PGlite directory when it has no store yet (`gmekit db init`)
 * @returns what `fn` returns
 * @throws CliError when the store cannot be opened or refuses what `fn` asks
 */
export async function withDb<T>(io: CliIo, location: DbLocation, fn: (store: Store) => Promise<T>, create = false): Promise<T> {
  const store = await openDb(io, location, create);
  try {
    return await fn(store);
  } catch (e) {
    throw storeFailure(location, e);
  } finally {
    await store.close();
  }
}
