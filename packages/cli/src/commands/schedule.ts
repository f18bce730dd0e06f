import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Temporal } from 'temporal-polyfill';
import { toICS } from '@gmekit/calendar';
import type { SchedulingProblem } from '@gmekit/model';
import { type BlockSchedule, type InfeasibleSchedule, type ScheduleResult, SchedulingInputError, scheduleBlocks, traineeCalendars } from '@gmekit/scheduler';
import type { Command } from '../command';
import { CliError, usageError } from '../errors';
import { resolvePath } from '../io';
import { readProblem } from '../input/schedule-input';
import { writeFileAtomic } from '../output/atomic';
import type { Progress } from '../output/progress';
import { solverStatusText } from '../output/solver-status';
import { table } from '../output/text';
import { checkSaveOptions, SAVE_DB_OPTIONS, savedLine, saveSchedule } from '../store/save-schedule';

type Cell = BlockSchedule['trainees'][number]['blocks'][number];
const cellOf = (b: Cell, prefix = ''): string => (b.kind === 'rotation' ? (b.rotationId ?? '').slice(prefix.length) : b.kind === 'out' ? '-' : b.kind);

// The grid drops what every rotation id of the program starts with ("ir-"),
// so a year of blocks fits a wide terminal; the CSV and JSON keep whole ids.
function commonPrefix(ids: readonly string[]): string {
  const [first, ...rest] = ids;
  if (first === undefined || rest.length === 0) return '';
  let n = 0;
  while (n < first.length && rest.every((id) => id[n] === first[n])) n++;
  const cut = first.lastIndexOf('-', n - 1);
  return cut < 0 ? '' : first.slice(0, cut + 1);
}

// One table per academic year keeps a multi-year plan readable: a new year
// starts on the calendar's start month and day (1 July unless the problem says otherwise).
type Block = BlockSchedule['blocks'][number];
function years(problem: SchedulingProblem, s: BlockSchedule): Block[][] {
  const mmdd = `-${String(problem.calendar.startMonth ?? 7).padStart(2, '0')}-${String(problem.calendar.startDay ?? 1).padStart(2, '0')}`;
  const out: Block[][] = [];
  for (const b of s.blocks) {
    const current = out.at(-1);
    if (current === undefined || b.start.endsWith(mmdd)) out.push([b]);
    else current.push(b);
  }
  return out;
}

function gridText(problem: SchedulingProblem, s: BlockSchedule): string[] {
  const lines: string[] = [];
  const prefix = commonPrefix(problem.program.rotations.map((r) => String(r.id)));
  const all = years(problem, s);
  all.forEach((blocks, y) => {
    const first = blocks[0];
    const last = blocks.at(-1);
    if (all.length > 1 || first === undefined || last === undefined) lines.push(`Year ${y + 1}${first && last ? ` (${first.start} – ${last.end})` : ''}`);
    else lines.push(`Blocks ${first.number}–${last.number} (${first.start} – ${last.end})`);
    const rows = [['TRAINEE', ...blocks.map((b) => String(b.number))]];
    for (const t of s.trainees) rows.push([t.traineeId, ...blocks.map((b) => { const cell = t.blocks.find((x) => x.block === b.number); return cell ? cellOf(cell, prefix) : ''; })]);
    lines.push(table(rows), '');
  });
  if (prefix !== '') lines.push(`Rotation ids are shown without "${prefix}".`);
  return lines;
}

function scheduleText(file: string, problem: SchedulingProblem, s: BlockSchedule): string {
  const st = s.statistics;
  const lines = [
    `${file}: "${s.problemId}", ${s.trainees.length} trainee${s.trainees.length === 1 ? '' : 's'} × ${s.blocks.length} blocks, ${solverStatusText(st)} (${st.solver}: ${st.variables} variables, ${st.constraints} constraints, ${st.solves} solve${st.solves === 1 ? '' : 's'})`,
    '',
    ...gridText(problem, s),
    `Objective: ${s.objective.preferencePoints} preference points, balance spread ${s.objective.balanceSpread}${s.objective.changes === null ? '' : `, ${s.objective.changes} trainee-block${s.objective.changes === 1 ? '' : 's'} changed from the previous schedule`}`,
  ];
  if (s.diff.length > 0) lines.push('', 'Changes:', ...s.diff.map((d) => `  ${d.traineeId} block ${d.block}: ${d.from ?? '(none)'} → ${d.to ?? '(none)'}`));
  lines.push('', 'Verified independently of the solver:', ...s.verification.map((v) => `  ${v}`), '');
  return lines.join('\n');
}

function explanationText(file: string, r: InfeasibleSchedule): string {
  const how = r.explanation.method === 'supply-demand' ? 'supply against demand' : 'an irreducible set of conflicting rules';
  const rules = r.explanation.rules.map((c) => {
    const who = c.traineeId === null ? '' : ` [${c.traineeId}]`;
    const relax = c.relaxBy === null ? 'cannot fix the conflict alone' : `relax by ${c.relaxBy} ${c.unit}`;
    return `  - ${c.rule}${who}: ${relax}`;
  });
  return [`${file}: "${r.problemId}": no schedule meets every rule (found by ${how})`, '', r.explanation.summary, '', 'Rules in conflict:', ...rules, ''].join('\n');
}

function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

// The grid as a spreadsheet: one row per trainee, one column per block headed by its first day.
function gridCsv(s: BlockSchedule): string {
  const rows = [['trainee_id', ...s.blocks.map((b) => `${b.number} (${b.start})`)], ...s.trainees.map((t) => [t.traineeId, ...t.blocks.map((b) => cellOf(b))])];
  return `${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

// Every calendar is made before the first is written, so a bad one never
// leaves the directory with some trainees' files new and others old.
function writeCalendars(ctx: Parameters<Command['run']>[0], dir: string, problem: SchedulingProblem, s: BlockSchedule): string[] {
  const dtstamp = Temporal.Now.instant().round({ smallestUnit: 'second', roundingMode: 'floor' }).toString();
  const files = traineeCalendars(s, { dtstamp, rotations: problem.program.rotations, uidDomain: `${problem.program.id}.gmekit` }).map((c) => ({ name: `${c.traineeId}.ics`, text: toICS(c.calendar) }));
  const target = resolvePath(ctx.io, dir);
  try {
    mkdirSync(target, { recursive: true });
  } catch {
    throw new CliError(`--ics ${dir}: cannot create the directory`);
  }
  for (const f of files) writeFileAtomic(join(target, f.name), f.text, join(dir, f.name));
  return files.map((f) => f.name);
}

function number(name: string, text: string | undefined, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n) || n <= 0 || n > max) throw usageError(`--${name}: "${text}" is not a number above 0 and at most ${max}`);
  return n;
}

/** `gmekit schedule <problem.json>`: a block schedule from a scheduling problem, or why none exists. */
export const scheduleCommand: Command = {
  name: 'schedule',
  summary: 'build a block schedule (or say why none exists)',
  usage: 'schedule <problem.json> [--previous <schedule.json>] [--time-limit <s>] [--gap <pct>] [--json | --csv | --ics <dir>] [--db <dir|url> [--publish]]',
  description:
    'Builds the block schedule of a scheduling problem (gmekit schema scheduling-problem) with the HiGHS MILP solver: one rotation or vacation block per trainee and block, meeting capacities, rotation-time requirements (counted as "gmekit check" counts them), prerequisites, consecutive limits, grouped blocks, vacation and fixed assignments, with the most preference points and the least imbalance.\n' +
    'The problem may name a catalog program ("program": "ir") instead of embedding it; then "program" in rules.requirementSets stands for that program\'s requirement set.\n' +
    'Prints the grid (trainees × blocks, one table per academic year) and what was verified independently of the solver. When no schedule exists it prints why and what to relax (exit 1); a --time-limit that strikes before any schedule is found is exit 1 too.\n' +
    '--previous <schedule.json> (the --json output of an earlier run, or a list of assignments) changes as few trainee-blocks as possible and lists the changes. --gap 1 accepts a schedule within 1 % of the best.\n' +
    '--csv prints the grid as CSV; --ics <dir> writes one all-day-event calendar per trainee (<trainee>.ics), each file written atomically.\n' +
    '--db <dir|url> also saves the schedule into the store (see gmekit db) as a new draft version of the schedule named by the problem\'s id, for the problem\'s program; --publish publishes that version. It prints the version and the revision; a store error (none there yet, a conflict with another writer) is exit 2, with nothing written.\n' +
    'JSON: { file, result, stored? } with stored { db, scheduleId, version, revision, status } after --db, and result { status: "scheduled", problemId, blocks, assignments, vacations, trainees, objective, diff, verification, statistics, timing } or { status: "infeasible", problemId, explanation: { method, summary, rules } } or { status: "no-solution", problemId, message }.',
  args: {
    positionals: [{ name: 'problem.json', required: true }],
    options: {
      previous: { type: 'string', value: '<schedule.json>', description: 'a published schedule to change as little as possible' },
      'time-limit': { type: 'string', value: '<s>', description: 'seconds for all the solver runs together (default none)' },
      gap: { type: 'string', value: '<pct>', description: 'accept a schedule within this percentage of the optimum (default 0)' },
      csv: { type: 'boolean', description: 'print the grid as CSV' },
      ics: { type: 'string', value: '<dir>', description: 'write one .ics file per trainee into this directory' },
      ...SAVE_DB_OPTIONS,
    },
  },
  writesFiles: true,
  async run(ctx) {
    const file = ctx.args.positionals[0] ?? '';
    const icsDir = ctx.args.string('ics');
    const csv = ctx.args.flag('csv');
    if ([ctx.json, csv, icsDir !== undefined].filter(Boolean).length > 1) throw usageError('--json, --csv and --ics are alternatives; give one');
    const timeLimit = number('time-limit', ctx.args.string('time-limit'), 86_400);
    const gap = number('gap', ctx.args.string('gap'), 100);
    checkSaveOptions(ctx.args);
    const problem = await readProblem(ctx.io, file, ctx.args.string('previous'), ctx.catalog);
    let shown: Progress | undefined;
    let result: ScheduleResult;
    try {
      result = await scheduleBlocks(problem, {
        ...(timeLimit !== undefined ? { timeLimitSeconds: timeLimit } : {}),
        ...(gap !== undefined ? { relativeGap: gap / 100 } : {}),
        onProgress: (p) => {
          shown?.done();
          shown = ctx.progress(p.message, 0);
        },
      });
    } catch (e) {
      // The scheduler's own checks (an unknown rotation, a block past the horizon) carry a path like zod's.
      if (e instanceof SchedulingInputError) throw new CliError(`${file}: ${e.message}`);
      throw e;
    } finally {
      shown?.done();
    }
    const json = { file, result };
    if (result.status === 'scheduled') {
      const s = result;
      // Saved before any calendar is written: a store that refuses it leaves nothing half-done.
      const stored = await saveSchedule(ctx.io, ctx.args, { scheduleId: s.problemId, kind: 'block', programId: problem.program.id, content: { assignments: s.assignments, leave: s.vacations, note: `gmekit schedule ${file}` } });
      const written = icsDir === undefined ? [] : writeCalendars(ctx, icsDir, problem, s);
      const storedLines = stored === undefined ? [] : [savedLine(stored)];
      return {
        exitCode: 0,
        json: stored === undefined ? json : { ...json, stored },
        ...(csv ? { raw: gridCsv(s) } : {}),
        text: () => `${scheduleText(file, problem, s)}${written.length > 0 ? `Wrote ${written.length} calendar${written.length === 1 ? '' : 's'} to ${icsDir ?? ''}: ${written.join(', ')}\n` : ''}${storedLines.map((l) => `${l}\n`).join('')}`,
        notes: () => storedLines,
      };
    }
    const text = result.status === 'infeasible' ? explanationText(file, result) : `${file}: "${result.problemId}": ${result.message}\n`;
    return { exitCode: 1, json, text: () => text, notes: () => text.trimEnd().split('\n') };
  },
};
