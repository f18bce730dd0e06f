import { extname } from 'node:path';
import { type Finding, isTimeZoneName } from '@gmekit/model';
import { type AveragingMode, type WorkHourReport, auditWorkHours, readWorkPeriodsCsv, WORK_PERIOD_CSV_ZONE_HINT } from '@gmekit/requirements';
import { type Command, exitFor } from '../command';
import { CliError, usageError } from '../errors';
import { parseJsonText, parseOrFail, readJsonFile, readTextFile } from '../input/json-file';
import { SideRecordsSchema, type WorkHoursInput, WorkHoursInputSchema } from '../input/work-input';
import { findingLine, findingSummary, table } from '../output/text';
import { DB_OPTION } from '../store/open-db';
import { WORK_HOURS_DB_OPTIONS, workHoursFromStore } from '../store/work-hours-input';

// The library's advice names no flag; on the command line the zone is --zone.
const ZONE_HINT = 'pass --zone <IANA zone>, e.g. --zone America/Los_Angeles, to read them';

const round = (n: number): string => String(Math.round(n * 10) / 10);

function reportText(file: string, averaging: AveragingMode, report: WorkHourReport, findings: readonly Finding[]): string {
  const lines = [`${file}: ACGME work-hour audit, ${averaging === 'rotation' ? 'averaged by rotation (ACGME method)' : 'rolling 28-day windows (stricter than the ACGME method)'}`, ''];
  for (const t of report.trainees) {
    lines.push(`Trainee ${t.traineeId} (${t.periods} periods, local days in ${t.timeZone})`);
    const rows = [
      ['WINDOW', 'ROTATION', 'HOURS/WEEK', 'HEAVIEST WEEK', 'DAYS OFF', 'IN-HOUSE CALLS', 'LEAVE DAYS'],
      ...t.windows.map((w) => [
        `${w.start} – ${w.end}`,
        w.rotationId ?? '-',
        `${round(w.weeklyAverage)} of ${w.weeklyLimit}`,
        // The average can hide one very heavy week (114 h averaged to 28.5).
        `${round(w.heaviestWeek)} h`,
        `${w.daysOff} of ${round(w.daysOffRequired)} needed`,
        `${w.inHouseCalls} of ${round(w.inHouseCallsAllowed)} allowed`,
        String(w.leaveDays),
      ]),
    ];
    lines.push(table(rows).replace(/^/gm, '  '), '');
  }
  // A finding that already names its CSV line needs no JSON path in front of it.
  const line = (f: Finding): string => ('line' in f ? findingLine({ ...f, path: [] }) : findingLine(f));
  lines.push(findingSummary(findings), ...findings.map(line), '');
  return lines.join('\n');
}

// Findings about `periods[i]` of a CSV also name the line the period came
// from, so a coordinator can find the row (`line` in JSON, `file:line` in text).
function withLine(f: Finding, file: string, lines: readonly number[]): Finding & { line?: number } {
  const [head, index] = f.path;
  const line = head === 'periods' && typeof index === 'number' ? lines[index] : undefined;
  return line === undefined ? f : { ...f, line, message: `${file}:${line}: ${f.message}` };
}

/** `gmekit work-hours <file>`: ACGME clinical and educational work-hour audit. */
/**
 * The input format: `.csv` and `.json` say so; otherwise the text decides (a
 * JSON document starts with `{` or `[`, the CSV with its header), and text
 * that is neither is refused with the formats accepted.
 */
function formatOf(file: string, text: string): 'csv' | 'json' {
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.json') return 'json';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const header = (start.split(/\r?\n/, 1)[0] ?? '').toLowerCase().split(',').map((c) => c.trim().replace(/^"|"$/g, ''));
  if (['trainee_id', 'start', 'end', 'kind'].every((c) => header.includes(c))) return 'csv';
  throw new CliError(
    `${file}: neither JSON nor the work-hours CSV; work-hours reads JSON ({ "periods": [...] } or an array of periods) or CSV with the header trainee_id,start,end,kind (--format json|csv says which)`,
  );
}

export const workHoursCommand: Command = {
  name: 'work-hours',
  summary: 'ACGME audit',
  usage: 'work-hours <file.json|file.csv> | --db <dir|url> --from <date> --to <date> [--averaging rotation|rolling-28]',
  description:
    'Audits logged work against the ACGME Common Program Requirements: 80 hours a week averaged over four weeks (moonlighting included), one day in seven free, 24+4 continuous hours, 14 hours free after 24 hours of in-house call, 8 hours between shifts (a warning), in-house call no more than every third night, no moonlighting in PGY-1.\n' +
    'Averaging follows the ACGME: by rotation, in four-week windows, leave left out of both sides. --averaging rolling-28 also checks every 28-day window (stricter; not the ACGME method). Each window shows its heaviest seven days next to its average.\n' +
    'CSV: a header trainee_id,start,end,kind (optional id,active_minutes,new_patient_care,rotation_id), one period a row; times with a UTC offset, or local times with --zone. Bad rows are reported by line and the rest is audited. Give --records with the trainees (and assignments, leave): without a trainee\'s PGY level the PGY-1 moonlighting rule cannot be checked (a warning when that trainee logged moonlighting), and without assignments work is averaged over the academic year\'s four-week blocks from July 1.\n' +
    'JSON: { trainees, assignments, leave, periods } (or a bare list of periods), each item as in the model.\n' +
    '--db <dir|url> reads the input from the store instead of a file (see gmekit db): the periods that start on a local day from --from to --to (all trainees, or --trainee <id> / --program <id>), their trainees, assignments and leave, and the rotations of the stored catalog.\n' +
    'Exit 1 on any violation. Exit 2 when any CSV row is bad: the report of the other rows is printed first, then one line on standard error naming the bad lines. JSON out: { file, format, averaging, periods, report: { findings, trainees } }.',
  args: {
    positionals: [{ name: 'file', required: false }],
    options: {
      ...DB_OPTION,
      ...WORK_HOURS_DB_OPTIONS,
      averaging: { type: 'string', value: '<mode>', description: 'how hours are averaged', choices: ['rotation', 'rolling-28'] },
      zone: { type: 'string', value: '<IANA zone>', description: 'zone of local times in the CSV, and of local days in the audit' },
      records: { type: 'string', value: '<file>', description: 'JSON { trainees, assignments, leave } to go with a CSV (or to add to a JSON input)' },
      format: { type: 'string', value: '<format>', description: 'input format when the extension does not say', choices: ['json', 'csv'] },
    },
  },
  writesFiles: true,
  async run(ctx) {
    const given = ctx.args.positionals[0];
    const zone = ctx.args.string('zone');
    if (zone !== undefined && !isTimeZoneName(zone)) throw usageError(`--zone: "${zone}" is not an IANA time-zone name such as America/Los_Angeles`);
    const averaging = (ctx.args.string('averaging') ?? 'rotation') as AveragingMode;
    const fromStore = ctx.args.string('db') !== undefined;
    if (fromStore && given !== undefined) throw usageError('give <file> or --db, not both');
    if (!fromStore && given === undefined) throw usageError('missing argument <file> (or --db <dir|url> with --from and --to)');
    const windowOption = Object.keys(WORK_HOURS_DB_OPTIONS).find((name) => ctx.args.all(name).length > 0);
    if (!fromStore && windowOption !== undefined) throw usageError(`--${windowOption} applies with --db only`);
    // The store itself (PGlite, kysely) is loaded only for --db (store/open-db.ts).
    const stored = fromStore ? await workHoursFromStore(ctx.io, ctx.args) : undefined;
    const file = stored?.label ?? given ?? '';
    const text = stored === undefined ? readTextFile(ctx.io, file) : '';
    const format = stored === undefined ? (ctx.args.string('format') ?? formatOf(file, text)) : 'db';
    let input: WorkHoursInput;
    let rowFindings: (Finding & { line: number })[] = [];
    let lines: number[] | undefined;
    if (stored !== undefined) {
      input = stored.input;
    } else if (format === 'csv') {
      const csv = readWorkPeriodsCsv(text, { source: file, ...(zone !== undefined ? { zone } : {}) });
      const header = csv.findings.find((f) => f.code === 'csv/bad-header');
      if (header !== undefined) throw new CliError(header.message);
      rowFindings = csv.findings.map((f) => (f.code === 'csv/no-zone' ? { ...f, message: f.message.replace(WORK_PERIOD_CSV_ZONE_HINT, ZONE_HINT) } : f));
      lines = csv.lines;
      input = { trainees: [], assignments: [], leave: [], periods: csv.periods };
    } else {
      input = parseOrFail(WorkHoursInputSchema, parseJsonText(text, file), file);
    }
    const recordsFile = ctx.args.string('records');
    if (recordsFile !== undefined) {
      const side = parseOrFail(SideRecordsSchema, readJsonFile(ctx.io, recordsFile), recordsFile);
      input = {
        trainees: [...input.trainees, ...side.trainees],
        assignments: [...input.assignments, ...side.assignments],
        leave: [...input.leave, ...side.leave],
        periods: input.periods,
      };
    }
    const catalog = await ctx.catalog();
    const progress = ctx.progress(`auditing ${input.periods.length} work periods`, 0);
    const report = auditWorkHours(input.periods, {
      trainees: input.trainees,
      assignments: input.assignments,
      leave: input.leave,
      averaging,
      rotations: stored !== undefined && stored.rotations.length > 0 ? stored.rotations : catalog.programs.flatMap((p) => p.rotations),
      ...(zone !== undefined ? { timeZone: zone } : {}),
    });
    progress.done();
    const findings: Finding[] = [...rowFindings, ...(lines ? report.findings.map((f) => withLine(f, file, lines)) : report.findings)];
    // Bad rows are bad input (exit 2), but the rows that parsed are still worth a report.
    const badLines = rowFindings.filter((f) => f.code === 'csv/bad-row').map((f) => f.line);
    const noZone = rowFindings.find((f) => f.code === 'csv/no-zone');
    return {
      exitCode: exitFor(findings),
      ...(noZone !== undefined ? { badInput: noZone.message } : badLines.length > 0
        ? { badInput: `${file}: ${badLines.length} bad row${badLines.length === 1 ? '' : 's'} (line${badLines.length === 1 ? '' : 's'} ${badLines.join(', ')}) left out of the audit; the report covers the other ${input.periods.length} row${input.periods.length === 1 ? '' : 's'}` }
        : {}),
      json: { file, format, averaging, periods: input.periods.length, report: { findings, trainees: report.trainees } },
      text: () => reportText(file, averaging, report, findings),
    };
  },
};
