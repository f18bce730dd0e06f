import type { ParsedArgs } from '../args';
import { CliError, usageError } from '../errors';
import type { CliIo } from '../io';
import { dbLocation, withDb } from './open-db';

/** The options of `schedule` and `calls` that save their result into the store. */
export const SAVE_DB_OPTIONS = {
  db: { type: 'string', value: '<dir|url>', description: 'also save the schedule into the store as a draft version: a PGlite directory or a postgres:// URL (see gmekit db init)' },
  publish: { type: 'boolean', description: 'with --db: publish the saved draft' },
} as const;

/** A schedule to save: what the store's `schedules.saveDraft` takes, less the revision. */
export interface ScheduleToSave {
  /** Schedule id in the store (the problem's id). */
  readonly scheduleId: string;
  /** Block or call. */
  readonly kind: 'block' | 'call';
  /** Program the schedule is for. */
  readonly programId: string;
  /** `{ assignments }` or `{ calls }`, with a note; validated by the store. */
  readonly content: unknown;
}

/** Where a saved schedule went. */
export interface SavedSchedule {
  /** The store, as given (a URL's password hidden). */
  readonly db: string;
  /** Schedule id. */
  readonly scheduleId: string;
  /** The new version's number. */
  readonly version: number;
  /** The schedule's revision after the save (and the publication). */
  readonly revision: number;
  /** Draft, or published with `--publish`. */
  readonly status: 'draft' | 'published';
}

/**
 * Checks `--publish` before a solve, so a mistake costs no solver time.
 *
 * @param args - the parsed command line
 * @throws CliError (usage) for `--publish` without `--db`
 */
export function checkSaveOptions(args: ParsedArgs): void {
  if (args.flag('publish') && args.string('db') === undefined) throw usageError('--publish applies with --db only');
}

/**
 * Saves a schedule as a new draft version in the store given by `--db`
 * (which must already hold a store: `gmekit db init`), and publishes it with
 * `--publish`. The revision is read just before the write: a writer that
 * saved in between makes this one fail with the store's conflict, never
 * overwrite.
 *
 * @param io - the command's io
 * @param args - the parsed command line (`--db`, `--publish`)
 * @param schedule - what to save
 * @returns where it went, or `undefined` without `--db`
 * @throws CliError for a store that cannot be opened, a schedule id held by the other kind, content the store refuses, or a conflict
 */
export async function saveSchedule(io: CliIo, args: ParsedArgs, schedule: ScheduleToSave): Promise<SavedSchedule | undefined> {
  const given = args.string('db');
  if (given === undefined) return undefined;
  const location = dbLocation(io, given);
  return withDb(io, location, async (store) => {
    const head = await store.schedules.get(schedule.scheduleId);
    if (head !== undefined && head.kind !== schedule.kind) {
      throw new CliError(`--db ${location.label}: schedule "${schedule.scheduleId}" is a ${head.kind} schedule there; a ${schedule.kind} schedule cannot be a version of it`, false, 'cli/input', ['db']);
    }
    const draft = await store.schedules.saveDraft({ ...schedule, expectedRevision: head?.revision ?? 0 });
    if (!args.flag('publish')) return { db: location.label, scheduleId: schedule.scheduleId, version: draft.version, revision: draft.revision, status: 'draft' };
    const published = await store.schedules.publish(schedule.scheduleId, draft.version, draft.revision);
    return { db: location.label, scheduleId: schedule.scheduleId, version: draft.version, revision: published.revision, status: 'published' };
  });
}

/**
 * The line that says where a schedule was saved.
 *
 * @param s - the saved schedule
 * @returns one line, without a newline
 */
export function savedLine(s: SavedSchedule): string {
  return `Saved in ${s.db} as schedule "${s.scheduleId}" version ${s.version} (${s.status}; revision ${s.revision}).`;
}
