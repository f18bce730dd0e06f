import { type Finding, isTimeZoneName, type WorkPeriod } from '@gmekit/model';
import { WorkHourOptionsError } from '../options-error';
import { LocalTimeWithoutZone, readWorkPeriodRow } from './row';
import { tokenizeCsv } from './tokenize';

/** Columns of the work-hours CSV; the first four are required, in any order. */
export const WORK_PERIOD_CSV_COLUMNS = ['trainee_id', 'start', 'end', 'kind', 'id', 'active_minutes', 'new_patient_care', 'rotation_id'] as const;
const REQUIRED = WORK_PERIOD_CSV_COLUMNS.slice(0, 4);

/**
 * The advice in a `csv/no-zone` message; a front end that takes the zone
 * another way (a `--zone` flag) can put its own words in its place.
 */
export const WORK_PERIOD_CSV_ZONE_HINT = 'give the zone of these local times to read them';

/** Options of {@link readWorkPeriodsCsv}. */
export interface ReadWorkPeriodsCsvOptions {
  /** IANA zone of times written without a UTC offset (`2026-07-01T07:00`); without it such rows are a `csv/no-zone` finding. */
  readonly zone?: string;
  /** Name of the text (a file name), written in front of each message and in `ref` as `source:line`. */
  readonly source?: string;
}

/**
 * A problem in the CSV text. `line` is the 1-based line the record starts on;
 * `path` is empty (a CSV has no JSON path) and `ref` is `source:line` (or
 * `line N` without a source), the same place in words.
 */
export interface WorkPeriodsCsvFinding extends Finding {
  /** `csv/bad-header` (nothing read), `csv/bad-row` (row left out) or `csv/no-zone` (local times, no zone). */
  readonly code: 'csv/bad-header' | 'csv/bad-row' | 'csv/no-zone';
  /** 1-based line of the record (for `csv/no-zone`, the first such record). */
  readonly line: number;
}

/** Periods read from a work-hours CSV, and what could not be read. */
export interface WorkPeriodsCsv {
  /** Periods from the good rows, in file order. */
  readonly periods: WorkPeriod[];
  /** The line each period was read from (parallel to `periods`), to point audit findings about `periods[i]` back at the file. */
  readonly lines: number[];
  /** Error findings, by line: one per bad row, one for all rows with local times when no zone is given. */
  readonly findings: WorkPeriodsCsvFinding[];
}

/**
 * Reads work periods from the work-hours CSV (RFC 4180: quoted fields may
 * hold commas, doubled quotes and line breaks; CRLF, LF or CR line ends; a
 * leading BOM is ignored). The header names the columns, in any order:
 * `trainee_id,start,end,kind` are required, `id,active_minutes,new_patient_care,rotation_id`
 * optional. Times carry a UTC offset, or are local times in `zone`.
 *
 * Problems in the text are findings, never thrown: a bad row is left out and
 * named by its line, the good rows are still returned; a header without the
 * required columns gives a single `csv/bad-header` finding and no periods.
 *
 * @param text - the CSV text
 * @param options - zone of local times, and a name for messages
 * @returns the periods, the line of each, and the findings
 * @throws WorkHourOptionsError when `zone` is not an IANA time-zone name
 * @example
 * const { periods, findings } = readWorkPeriodsCsv(
 *   'trainee_id,start,end,kind\r\nr1,2026-07-01T07:00,2026-07-01T19:00,clinical\r\n',
 *   { zone: 'America/Los_Angeles', source: 'july.csv' },
 * );
 * periods[0]?.start; // '2026-07-01T07:00:00-07:00'
 * findings; // []
 */
export function readWorkPeriodsCsv(text: string, options: ReadWorkPeriodsCsvOptions = {}): WorkPeriodsCsv {
  const { zone, source } = options;
  if (zone !== undefined && !isTimeZoneName(zone)) {
    throw new WorkHourOptionsError(['options', 'zone'], `options.zone: "${zone}" is not an IANA time-zone name such as America/Los_Angeles`);
  }
  const where = (line: number): string => (source === undefined ? `line ${line}` : `${source}:${line}`);
  const finding = (code: WorkPeriodsCsvFinding['code'], line: number, message: string): WorkPeriodsCsvFinding => ({
    code,
    severity: 'error',
    path: [],
    message: `${where(line)}: ${message}`,
    ref: where(line),
    line,
  });
  const { rows, errors } = tokenizeCsv(text);
  const header = rows[0];
  if (!header || (errors[0] && errors[0].line < header.line)) {
    return { periods: [], lines: [], findings: [finding('csv/bad-header', 1, `expected a header row ${REQUIRED.join(',')}`)] };
  }
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = REQUIRED.filter((c) => !names.includes(c));
  const unknown = names.filter((n) => !(WORK_PERIOD_CSV_COLUMNS as readonly string[]).includes(n));
  const s = (list: readonly string[]): string => (list.length > 1 ? 's' : '');
  if (missing.length > 0 || unknown.length > 0) {
    const message =
      missing.length > 0
        ? `the header lacks column${s(missing)} ${missing.join(', ')} (expected ${REQUIRED.join(',')})`
        : `unknown column${s(unknown)} ${unknown.join(', ')} (known: ${WORK_PERIOD_CSV_COLUMNS.join(', ')})`;
    return { periods: [], lines: [], findings: [finding('csv/bad-header', header.line, message)] };
  }
  const findings = errors.map((e) => finding('csv/bad-row', e.line, e.message));
  const periods: WorkPeriod[] = [];
  const lines: number[] = [];
  const local: { line: number; text: string }[] = [];
  for (const row of rows.slice(1)) {
    if (row.fields.length !== names.length) {
      findings.push(finding('csv/bad-row', row.line, `expected ${names.length} fields, got ${row.fields.length}`));
      continue;
    }
    const get = (column: string): string | undefined => {
      const i = names.indexOf(column);
      return i === -1 ? undefined : row.fields[i]?.trim();
    };
    try {
      periods.push(readWorkPeriodRow(get, zone));
      lines.push(row.line);
    } catch (e) {
      if (e instanceof LocalTimeWithoutZone) local.push({ line: row.line, text: e.text });
      else findings.push(finding('csv/bad-row', row.line, (e as Error).message));
    }
  }
  const [first] = local;
  if (first !== undefined) {
    const n = local.length;
    const head = `${n} row${n === 1 ? ' has' : 's have'} local times without a UTC offset (first "${first.text}" on line ${first.line}); ${WORK_PERIOD_CSV_ZONE_HINT}, or write the offsets`;
    findings.push({ ...finding('csv/no-zone', first.line, head), message: source === undefined ? head : `${source}: ${head}` });
  }
  findings.sort((a, b) => a.line - b.line);
  return { periods, lines, findings };
}
