import {
  type Catalog,
  CatalogSchema,
  type Finding,
  type TraineeRecord,
  TraineeRecordSchema,
  parseWith,
  validateCatalog,
  type WorkPeriod,
  WorkPeriodSchema,
} from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';
import { type Command, exitFor } from '../command';
import { CliError } from '../errors';
import { readJsonFile } from '../input/json-file';
import { WorkHoursInputSchema } from '../input/work-input';
import { LARGE_ARRAY, checkItems } from '../input/large-array';
import { summariseFindings } from '../output/summary';
import { findingSummary } from '../output/text';

/** Invalid items collected from a huge array before the check stops (text mode). */
const STOP_AFTER_INVALID = 100;

/** Work periods of a huge file, checked item by item (the side records in one go). */
function largeWorkPeriods(value: unknown, stopAfter: number): { findings: Finding[]; note?: string } | undefined {
  const items: unknown = Array.isArray(value) ? value : typeof value === 'object' && value !== null && 'periods' in value ? value.periods : undefined;
  if (!Array.isArray(items) || items.length <= LARGE_ARRAY) return undefined;
  const prefix = Array.isArray(value) ? [] : ['periods'];
  const shell = parseWith(WorkHoursInputSchema, Array.isArray(value) ? [] : { ...(value as Record<string, unknown>), periods: [] });
  const check = checkItems(items, WorkPeriodSchema, prefix, stopAfter);
  const valid: WorkPeriod[] = check.valid.map((v) => v.item);
  const findings = [...shell.findings, ...check.findings];
  if (check.invalid === 0) findings.push(...periodOrderFindings(valid, prefix));
  const total = items.length.toLocaleString('en-US');
  const note =
    check.checked < items.length
      ? `Stopped after the first ${check.invalid} invalid periods (${check.checked.toLocaleString('en-US')} of ${total} checked); fix these, or pass --all (or --json) to check every period.`
      : undefined;
  return { findings, ...(note === undefined ? {} : { note }) };
}

type Kind = 'catalog' | 'record' | 'work-periods';

function detect(value: unknown, file: string): Kind {
  if (Array.isArray(value)) return 'work-periods';
  if (typeof value === 'object' && value !== null) {
    if ('programs' in value || 'formatVersion' in value || 'institution' in value) return 'catalog';
    if ('trainee' in value) return 'record';
    if ('periods' in value) return 'work-periods';
  }
  throw new CliError(`${file}: cannot tell whether this is a catalog, a trainee record or work periods; pass --kind catalog|record|work-periods`);
}

function recordFindings(record: TraineeRecord, catalog: Catalog): Finding[] {
  const out: Finding[] = [];
  const err = (code: string, path: (string | number)[], message: string): void => {
    out.push({ code, severity: 'error', path, message });
  };
  const id = record.trainee.id;
  const program = catalog.programs.find((p) => p.id === record.trainee.programId);
  if (!program) {
    err('record/unknown-program', ['trainee', 'programId'], `program "${record.trainee.programId}" is not in the catalog (${catalog.programs.map((p) => p.id).join(', ')})`);
  }
  const rotations = new Set<string>(program?.rotations.map((r) => r.id) ?? []);
  const series = new Set<string>(program?.conferences.map((c) => c.id) ?? []);
  const sites = new Set<string>(catalog.sites.map((s) => s.id));
  const lists = ['assignments', 'leave', 'workPeriods', 'procedures', 'scholarly', 'activities', 'attendance'] as const;
  for (const list of lists) {
    record[list].forEach((item, i) => {
      if (item.traineeId !== id) err('record/other-trainee', [list, i, 'traineeId'], `belongs to trainee "${item.traineeId}", not "${id}"`);
    });
  }
  record.assignments.forEach((a, i) => {
    if (program && !rotations.has(a.rotationId)) err('record/unknown-rotation', ['assignments', i, 'rotationId'], `rotation "${a.rotationId}" is not a rotation of ${program.id}`);
    if (a.siteId !== undefined && !sites.has(a.siteId)) err('record/unknown-site', ['assignments', i, 'siteId'], `site "${a.siteId}" is not in the catalog`);
  });
  record.attendance.forEach((a, i) => {
    if (program && !series.has(a.seriesId)) err('record/unknown-series', ['attendance', i, 'seriesId'], `conference series "${a.seriesId}" is not a series of ${program.id}`);
  });
  out.push(...periodOrderFindings(record.workPeriods, ['workPeriods']));
  return out;
}

/**
 * Findings for work periods that do not end after they start.
 *
 * @param periods - periods with ISO start and end instants
 * @param path - JSON path of the list
 * @returns one error per reversed or empty period
 */
export function periodOrderFindings(periods: readonly { start: string; end: string }[], path: (string | number)[]): Finding[] {
  const out: Finding[] = [];
  periods.forEach((p, i) => {
    const start = Temporal.Instant.from(p.start.replace(/\[.*\]$/, ''));
    const end = Temporal.Instant.from(p.end.replace(/\[.*\]$/, ''));
    if (Temporal.Instant.compare(end, start) <= 0) {
      out.push({ code: 'work-periods/not-after-start', severity: 'error', path: [...path, i, 'end'], message: `end ${p.end} is not after start ${p.start}` });
    }
  });
  return out;
}

/** `gmekit validate <file.json>`: schema and reference checks. */
export const validateCommand: Command = {
  name: 'validate',
  summary: 'schema and reference checks of a catalog or record',
  usage: 'validate <file.json>',
  description:
    'Checks a catalog (schema, then duplicate ids, dangling references, PGY ranges, lengths), a trainee record (schema, then its program, rotations and series against the catalog) or work periods (the JSON form of "gmekit work-hours").\n' +
    'The kind is detected from the document; --kind overrides. Schema problems are findings (exit 1); unreadable or malformed JSON is bad input (exit 2).\n' +
    'The text shows at most 10 findings of each kind, with a count of the rest; --json lists every one. Work periods of a file with more than 10000 are checked one by one, and the text stops after the first 100 invalid ones (--all checks every period; --json always does).\n' +
    'JSON: { file, kind, valid, findings: Finding[] }.',
  args: {
    positionals: [{ name: 'file.json', required: true }],
    options: {
      kind: { type: 'string', value: '<kind>', description: 'what the file holds', choices: ['catalog', 'record', 'work-periods'] },
      all: { type: 'boolean', description: 'check every item of a huge file instead of stopping after the first 100 invalid ones' },
    },
  },
  writesFiles: true,
  async run(ctx) {
    const file = ctx.args.positionals[0] ?? '';
    const value = readJsonFile(ctx.io, file);
    const kind = (ctx.args.string('kind') as Kind | undefined) ?? detect(value, file);
    let findings: Finding[];
    let note: string | undefined;
    const large = kind === 'work-periods' ? largeWorkPeriods(value, ctx.json || ctx.args.flag('all') ? Number.POSITIVE_INFINITY : STOP_AFTER_INVALID) : undefined;
    if (large !== undefined) {
      findings = large.findings;
      note = large.note;
    } else if (kind === 'catalog') {
      const parsed = parseWith(CatalogSchema, value);
      findings = parsed.ok ? validateCatalog(parsed.data) : parsed.findings;
    } else if (kind === 'record') {
      const parsed = parseWith(TraineeRecordSchema, value);
      findings = parsed.ok ? recordFindings(parsed.data, await ctx.catalog()) : parsed.findings;
    } else {
      const parsed = parseWith(WorkHoursInputSchema, value);
      findings = parsed.ok ? periodOrderFindings(parsed.data.periods, Array.isArray(value) ? [] : ['periods']) : parsed.findings;
    }
    const exitCode = exitFor(findings);
    return {
      exitCode,
      json: { file, kind, valid: exitCode === 0, findings },
      text: () => {
        const head = `${file}: ${kind}, ${exitCode === 0 ? 'valid' : 'INVALID'} (${findingSummary(findings)}${note === undefined ? '' : ' so far'})`;
        return [head, ...summariseFindings(findings), ...(note === undefined ? [] : ['', note]), ''].join('\n');
      },
    };
  },
};
