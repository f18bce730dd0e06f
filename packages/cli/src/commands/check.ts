import { TraineeRecordSchema } from '@gmekit/model';
import { type EvaluationReport, type Range, evaluate } from '@gmekit/requirements';
import { Temporal } from 'temporal-polyfill';
import { type Command, exitFor } from '../command';
import { resolveProgram } from '../catalog/resolve';
import { CliError, usageError } from '../errors';
import { parseDateOption } from '../input/dates';
import { parseOrFail, readJsonFile } from '../input/json-file';
import { findingLine, findingSummary, table } from '../output/text';
import { DB_OPTION } from '../store/open-db';
import { traineeRecordFromStore } from '../store/trainee-record';

function rangeText(r: Range, unit: string): string {
  const n = (v: number): string => String(Math.round(v * 100) / 100);
  if (r.min === null && r.max === null) return 'unknown';
  if (r.min !== null && r.max !== null) return r.min === r.max ? `${n(r.min)} ${unit}` : `${n(r.min)}–${n(r.max)} ${unit}`;
  if (r.min !== null) return `≥ ${n(r.min)} ${unit}`;
  return `≤ ${n(r.max ?? 0)} ${unit}`;
}

function reportText(title: string, report: EvaluationReport): string {
  const rows = [
    ['STATUS', 'REQUIREMENT', 'MEASURED', 'REQUIRED'],
    ...report.results.map((r) => [r.status, r.title, rangeText(r.measured, r.unit), rangeText(r.required, r.unit)]),
  ];
  const problems = report.findings.filter((f) => f.severity !== 'info');
  return [
    title,
    '',
    table(rows),
    '',
    ...report.results.map((r) => `- ${r.message}`),
    '',
    `${report.summary.ok ? 'OK' : 'NOT OK'}: ${report.summary.total} requirements (${findingSummary(report.findings)})`,
    ...problems.map(findingLine),
    '',
  ].join('\n');
}

/** `gmekit check <program>`: requirement report for the plan or for a trainee. */
export const checkCommand: Command = {
  name: 'check',
  summary: 'requirement report for the plan or a trainee',
  usage: 'check <program> [--record <file> | --db <dir|url> --trainee <id>] [--as-of <date>]',
  description:
    'Without --record, checks the program\'s curriculum plan against its requirement set: each requirement is met, uncertain (met only if ranges resolve favourably), unmet or not evaluable from a plan.\n' +
    'With --record (a trainee record JSON: { trainee, assignments, leave, procedures, scholarly, activities, attendance }), checks that trainee as of --as-of (default: today): met, on-track, at-risk, unmet, not-yet-applicable.\n' +
    'With --db and --trainee, reads that trainee\'s record from the store (everything dated on or before --as-of) instead of a file.\n' +
    'Exit 1 when a requirement is unmet. JSON: { program: { id, name }, mode, asOf, report: { results, findings, summary } }.',
  args: {
    positionals: [{ name: 'program', required: true }],
    options: {
      record: { type: 'string', value: '<file>', description: 'trainee record JSON to check instead of the plan' },
      'as-of': { type: 'string', value: '<date>', description: 'date to check the trainee as of (YYYY-MM-DD; default today)' },
      ...DB_OPTION,
      trainee: { type: 'string', value: '<id>', description: 'with --db: the trainee whose stored record is checked' },
    },
  },
  writesFiles: true,
  async run(ctx) {
    const recordFile = ctx.args.string('record');
    const asOfText = ctx.args.string('as-of');
    const db = ctx.args.string('db');
    const traineeId = ctx.args.string('trainee');
    if (traineeId !== undefined && db === undefined) throw usageError('--trainee reads from the store: give --db <dir|url> too (or --record <file>)');
    if (db !== undefined && traineeId === undefined) throw usageError('--db needs --trainee <id>: the trainee whose record is checked');
    if (db !== undefined && recordFile !== undefined) throw usageError('give --record <file> or --db with --trainee, not both');
    if (recordFile === undefined && traineeId === undefined && asOfText !== undefined) throw usageError('--as-of applies to a trainee: give --record <file> (or --db with --trainee) too');
    const asOf = asOfText !== undefined ? parseDateOption('--as-of', asOfText) : Temporal.Now.plainDateISO();
    const catalog = await ctx.catalog();
    const program = resolveProgram(catalog, ctx.args.positionals[0] ?? '');
    const set = program.requirementSet;
    if (!set) throw new CliError(`program ${program.id} has no requirement set to check against`);
    let report: EvaluationReport;
    let mode: 'plan' | 'trainee';
    let title = `${program.name}: curriculum plan against "${set.title}"`;
    // A trainee's record from the store (validated on the way in and out) or from a file; none: the plan.
    const trainee =
      traineeId !== undefined
        ? await traineeRecordFromStore(ctx.io, db, traineeId, asOf.toString())
        : recordFile !== undefined
          ? { label: recordFile, record: parseOrFail(TraineeRecordSchema, readJsonFile(ctx.io, recordFile), recordFile) }
          : undefined;
    if (trainee === undefined) {
      mode = 'plan';
      report = evaluate(set, { program }, { trusted: true });
    } else {
      mode = 'trainee';
      const { label, record } = trainee;
      if (record.trainee.programId !== program.id) {
        throw new CliError(`${label}: trainee.programId: the trainee is in "${record.trainee.programId}", not "${program.id}"`);
      }
      report = evaluate(set, { record, program }, { asOf: asOf.toString(), trusted: true });
      title = `${program.name}: ${record.trainee.name} (${record.trainee.id}) as of ${asOf.toString()} against "${set.title}"`;
    }
    return {
      exitCode: exitFor(report.findings),
      json: { program: { id: program.id, name: program.name }, mode, asOf: mode === 'trainee' ? asOf.toString() : null, report },
      text: () => reportText(title, report),
    };
  },
};
