import type { TraineeRecord } from '@gmekit/model';
import { CliError } from '../errors';
import type { CliIo } from '../io';
import { dbLocation, withDb } from './open-db';

/**
 * Reads one trainee's record from the store as of a date, for
 * `gmekit check --db --trainee` (what `--record <file>` gives otherwise).
 *
 * @param io - the command's io
 * @param db - the `--db` value, when given
 * @param traineeId - the trainee
 * @param asOf - the date, `YYYY-MM-DD`
 * @returns the location's label and the record
 * @throws CliError when the store cannot be opened or holds no such trainee
 */
export async function traineeRecordFromStore(io: CliIo, db: string | undefined, traineeId: string, asOf: string): Promise<{ label: string; record: TraineeRecord }> {
  const location = dbLocation(io, db);
  return withDb(io, location, async (store) => {
    const subject = await store.queries.traineeSubject(traineeId, asOf);
    if (subject === undefined) throw new CliError(`--db ${location.label}: no trainee "${traineeId}" in the store`, false, 'cli/input', ['trainee']);
    return { label: location.label, record: subject.record };
  });
}
