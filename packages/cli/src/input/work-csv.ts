import { InstantSchema, type Finding, type WorkPeriod, WorkPeriodKindSchema, WorkPeriodSchema } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';
import { CliError } from '../errors';
import { parseCsv } from './csv';

/** Columns of the work-hours CSV; the first four are required, in any order. */
export const WORK_CSV_COLUMNS = ['trainee_id', 'start', 'end', 'kind', 'id', 'active_minutes', 'new_patient_care', 'rotation_id'] as const;
const REQUIRED = ['trainee_id', 'start', 'end', 'kind'] as const;

/** Periods read from a work-hours CSV, and the rows that could not be read. */
export interface WorkCsv {
  /** Periods from the good rows, in file order. */
  readonly periods: WorkPeriod[];
  /** The CSV line each period was read from (parallel to `periods`). */
  readonly lines: number[];
  /** One error finding per bad row, with `ref` = `file:line`. */
  readonly rowFindings: Finding[];
}

/** A local time read without `--zone`: said once for the file, not once per row. */
class NoOffset extends Error {}

const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ]((?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?)$/;

// A local time is pinned to the zone only when it names exactly one instant:
// a time skipped by a DST change, or one that happens twice, is refused
// rather than silently moved.
function toInstant(text: string, zone: string | undefined): string {
  if (InstantSchema.safeParse(text).success) return text;
  const m = LOCAL.exec(text);
  if (!m) throw new Error(`"${text}" is not a date-time (expected 2026-07-01T07:00-07:00, or a local 2026-07-01T07:00 with --zone)`);
  if (zone === undefined) throw new NoOffset(text);
  let local: Temporal.PlainDateTime;
  try {
    local = Temporal.PlainDateTime.from(`${m[1] ?? ''}T${m[2] ?? ''}`, { overflow: 'reject' });
  } catch {
    throw new Error(`"${text}" is not a real date and time`);
  }
  const earlier = local.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = local.toZonedDateTime(zone, { disambiguation: 'later' });
  if (!earlier.toPlainDateTime().equals(local)) throw new Error(`"${text}" does not exist in ${zone} (skipped by a daylight-saving change); write it with an offset`);
  if (!earlier.equals(later)) throw new Error(`"${text}" happens twice in ${zone} (daylight-saving change); write it with an offset`);
  return earlier.toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

function readRow(get: (column: string) => string | undefined, zone: string | undefined): WorkPeriod {
  const start = toInstant(get('start') ?? '', zone);
  const end = toInstant(get('end') ?? '', zone);
  const kind = get('kind') ?? '';
  if (!WorkPeriodKindSchema.safeParse(kind).success) throw new Error(`kind "${kind}" is not one of ${WorkPeriodKindSchema.options.join(', ')}`);
  if (Temporal.Instant.compare(Temporal.Instant.from(end), Temporal.Instant.from(start)) <= 0) throw new Error(`end ${end} is not after start ${start}`);
  const raw: Record<string, unknown> = { traineeId: get('trainee_id'), start, end, kind };
  const id = get('id');
  if (id !== undefined && id !== '') raw.id = id;
  const active = get('active_minutes');
  if (active !== undefined && active !== '') {
    if (!/^\d+$/.test(active)) throw new Error(`active_minutes "${active}" is not a whole number of minutes`);
    raw.activeMinutes = Number(active);
  }
  const npc = get('new_patient_care');
  if (npc !== undefined && npc !== '') {
    if (npc !== 'true' && npc !== 'false') throw new Error(`new_patient_care "${npc}" is not true or false`);
    raw.newPatientCare = npc === 'true';
  }
  const rotation = get('rotation_id');
  if (rotation !== undefined && rotation !== '') raw.rotationId = rotation;
  const parsed = WorkPeriodSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') ?? 'row'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/**
 * Reads work periods from CSV with header `trainee_id,start,end,kind` (and
 * optional `id,active_minutes,new_patient_care,rotation_id`). Times carry a
 * UTC offset, or are local times in `zone`. Each bad row becomes an error
 * finding naming its line; the good rows are still returned.
 *
 * @param text - the CSV text
 * @param file - file name for messages
 * @param zone - IANA zone of local times, if any
 * @returns the periods, one finding per bad row, and one for all rows with local times when no zone is given
 * @throws CliError when the header is missing or lacks a required column
 */
export function readWorkCsv(text: string, file: string, zone: string | undefined): WorkCsv {
  const { rows, errors } = parseCsv(text);
  const header = rows[0];
  if (!header || (errors[0] && errors[0].line < header.line)) throw new CliError(`${file}:1: expected a header row ${REQUIRED.join(',')}`);
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  if (missing.length > 0) throw new CliError(`${file}:${header.line}: the header lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${REQUIRED.join(',')})`);
  const unknown = names.filter((n) => !(WORK_CSV_COLUMNS as readonly string[]).includes(n));
  if (unknown.length > 0) throw new CliError(`${file}:${header.line}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')} (known: ${WORK_CSV_COLUMNS.join(', ')})`);
  const rowFindings: Finding[] = errors.map((e) => ({ code: 'csv/bad-row', severity: 'error', path: [], message: `${file}:${e.line}: ${e.message}`, ref: `${file}:${e.line}` }));
  const periods: WorkPeriod[] = [];
  const lines: number[] = [];
  const local: { line: number; text: string }[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.length !== names.length) {
      rowFindings.push({ code: 'csv/bad-row', severity: 'error', path: [], message: `${file}:${row.line}: expected ${names.length} fields, got ${row.fields.length}`, ref: `${file}:${row.line}` });
      continue;
    }
    const get = (column: string): string | undefined => {
      const i = names.indexOf(column);
      return i === -1 ? undefined : row.fields[i]?.trim();
    };
    try {
      periods.push(readRow(get, zone));
      lines.push(row.line);
    } catch (e) {
      if (e instanceof NoOffset) {
        local.push({ line: row.line, text: e.message });
        continue;
      }
      rowFindings.push({ code: 'csv/bad-row', severity: 'error', path: [], message: `${file}:${row.line}: ${(e as Error).message}`, ref: `${file}:${row.line}` });
    }
  }
  const [first] = local;
  if (first !== undefined) {
    const n = local.length;
    rowFindings.push({
      code: 'csv/no-zone',
      severity: 'error',
      path: [],
      message: `${file}: ${n} row${n === 1 ? ' has' : 's have'} local times without a UTC offset (first "${first.text}" on line ${first.line}); pass --zone <IANA zone>, e.g. --zone America/Los_Angeles, to read them, or write the offsets`,
      ref: `${file}:${first.line}`,
    });
  }
  rowFindings.sort((a, b) => Number(a.ref?.split(':').at(-1)) - Number(b.ref?.split(':').at(-1)));
  return { periods, lines, rowFindings };
}
