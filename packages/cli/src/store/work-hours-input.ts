import type { Rotation } from '@gmekit/model';
import type { ParsedArgs } from '../args';
import { usageError } from '../errors';
import { type CliIo } from '../io';
import type { WorkHoursInput } from '../input/work-input';
import { dbLocation, withDb } from './open-db';

/** The options `gmekit work-hours` takes to read its input from the store. */
export const WORK_HOURS_DB_OPTIONS = {
  from: { type: 'string', value: '<date>', description: 'with --db: first local day of the window (YYYY-MM-DD)' },
  to: { type: 'string', value: '<date>', description: 'with --db: last local day of the window' },
  trainee: { type: 'string', value: '<id>', multiple: true, description: 'with --db: only this trainee (repeatable)' },
  program: { type: 'string', value: '<id>', description: "with --db: only this program's trainees" },
} as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads `work-hours --db`'s input from the store: the periods that start on
 * a local day of `--from`…`--to`, with the trainees, assignments, leave and
 * rotations of the store's catalog that go with them.
 *
 * @param io - the command's io
 * @param args - the parsed command line (`--db`, `--from`, `--to`, `--trainee`, `--program`)
 * @returns the location's label, the input and the stored rotations
 * @throws CliError for a missing or malformed window, or a store that cannot be opened
 */
export async function workHoursFromStore(
  io: CliIo,
  args: ParsedArgs,
): Promise<{ label: string; input: WorkHoursInput; rotations: Pick<Rotation, 'id' | 'workHourException'>[] }> {
  const from = args.string('from');
  const to = args.string('to');
  if (from === undefined || to === undefined) throw usageError('--db needs the window: --from <date> --to <date>');
  for (const [name, value] of [['from', from], ['to', to]] as const) if (!DATE.test(value)) throw usageError(`--${name}: expected a date as YYYY-MM-DD, got "${value}"`);
  if (to < from) throw usageError(`--to ${to} is before --from ${from}`);
  const location = dbLocation(io, args.string('db'));
  return withDb(io, location, async (store) => {
    const trainees = args.all('trainee');
    const program = args.string('program');
    const got = await store.queries.workHoursInput({ from, to, ...(trainees.length > 0 ? { traineeIds: trainees } : {}), ...(program === undefined ? {} : { programId: program }) });
    return { label: location.label, input: { trainees: got.trainees, assignments: got.assignments, leave: got.leave, periods: got.periods }, rotations: got.rotations };
  });
}
