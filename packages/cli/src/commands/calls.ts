import { statSync } from 'node:fs';
import { join } from 'node:path';
import { CallProblemSchema } from '@gmekit/model';
import { type CallSchedule, type CallScheduleResult, callsToCSV, callsToICS, readCallSchedule, scheduleCalls, SchedulingInputError, swapCandidates } from '@gmekit/scheduler';
import type { Command, CommandContext, CommandOutput } from '../command';
import { CliError, usageError } from '../errors';
import { resolvePath } from '../io';
import { callInputError as inputError, type PreviousCalls, readPreviousCalls } from '../input/call-previous';
import { parseOrFail, readJsonFile } from '../input/json-file';
import { writeFileAtomic } from '../output/atomic';
import { checkSaveOptions, SAVE_DB_OPTIONS, type SavedSchedule, type ScheduleToSave, savedLine, saveSchedule } from '../store/save-schedule';
import { solverStatusText } from '../output/solver-status';
import { table } from '../output/text';

function scheduleText(file: string, s: CallSchedule): string {
  const rows = [['DATE', 'SHIFT', 'TRAINEE', 'START', 'END'], ...s.shifts.map((x) => [x.date, x.coverageId, x.traineeId, x.start, x.end])];
  const counts = Object.entries(s.callCounts).map(([id, n]) => `${id} ${n}`).join(', ');
  const changes = s.problem.previous === undefined ? [] : [`${s.changes} call(s) of the previous schedule changed.`];
  const carried = s.history === undefined ? [] : [`Carried over the work from ${s.history.start} (${s.history.workPeriods.length} work period(s)).`];
  return [`${file}: ${s.shifts.length} calls, ${s.problem.start} to ${s.problem.end} (${s.problem.timeZone}), ${solverStatusText(s.statistics)}; the work-hour audit finds no error.`, '', table(rows), '', `Calls per trainee: ${counts}.`, ...changes, ...carried, ''].join('\n');
}

// With --csv or --ics nothing goes to standard output (a pipe gets no
// half-answer): the explanation goes to standard error.
function infeasible(result: Exclude<CallScheduleResult, CallSchedule>, quiet: boolean): CommandOutput {
  const text = result.status === 'infeasible' ? [result.explanation.summary, ...result.explanation.reasons.map((r) => `- ${r}`)].join('\n') : result.message;
  return { exitCode: 1, json: result, text: () => `${text}\n`, notes: () => [text], ...(quiet ? { raw: '' } : {}) };
}

async function generate(ctx: CommandContext, file: string): Promise<CommandOutput> {
  const csv = ctx.args.flag('csv');
  const icsDir = ctx.args.string('ics');
  if ([csv, icsDir !== undefined, ctx.json].filter(Boolean).length > 1) throw usageError('give one of --json, --csv and --ics <dir>');
  checkSaveOptions(ctx.args);
  const raw = readJsonFile(ctx.io, file);
  let problem = parseOrFail(CallProblemSchema, raw, file);
  const previousFile = ctx.args.string('previous');
  const previous: PreviousCalls | undefined = previousFile === undefined ? undefined : readPreviousCalls(ctx.io, previousFile, problem);
  if (previous?.calls !== undefined) problem = { ...problem, previous: [...previous.calls] };
  if (icsDir !== undefined) {
    let isDir = false;
    try {
      isDir = statSync(resolvePath(ctx.io, icsDir)).isDirectory();
    } catch {
      isDir = false;
    }
    if (!isDir) throw new CliError(`--ics: ${icsDir} is not a directory`);
  }
  const label = `scheduling ${problem.trainees.length} trainees' calls`;
  let progress = ctx.progress(label, 0);
  let result: CallScheduleResult;
  try {
    result = await scheduleCalls(problem, {
      ...(previous?.history === undefined ? {} : { history: previous.history }),
      // On a terminal: the best schedule so far and how far from optimal it may be.
      onProgress: (p) => {
        progress.done();
        progress = ctx.progress(`${label}: ${p.message}`, 0);
      },
    });
  } catch (e) {
    // A history the scheduler refuses came from the previous schedule's file.
    inputError(e instanceof SchedulingInputError && e.path[0] === 'history' && previousFile !== undefined ? previousFile : file, e);
  } finally {
    progress.done();
  }
  if (result.status !== 'scheduled') return infeasible(result, (csv || icsDir !== undefined) && ctx.args.string('output') === undefined);
  const schedule = result;
  // Saved before any file is written: a store that refuses it leaves nothing half-done.
  const stored = await saveSchedule(ctx.io, ctx.args, callsToStore(file, schedule));
  const storedJson = stored === undefined ? {} : { stored };
  const storedText = (s: SavedSchedule | undefined) => (s === undefined ? '' : `${savedLine(s)}\n`);
  const notes = () => (stored === undefined ? [] : [savedLine(stored)]);
  if (csv) return { exitCode: 0, json: { ...schedule, ...storedJson }, text: () => '', raw: callsToCSV(schedule), notes };
  if (icsDir !== undefined) {
    // Every file is made before any is written, and each is written atomically.
    const files = schedule.problem.trainees.map((t) => ({ name: `${t.trainee.id}.ics`, text: callsToICS(schedule, t.trainee.id) }));
    for (const f of files) writeFileAtomic(resolvePath(ctx.io, join(icsDir, f.name)), f.text, join(icsDir, f.name));
    const written = files.map((f) => join(icsDir, f.name));
    return { exitCode: 0, json: { ...schedule, ...storedJson, files: written }, text: () => `${scheduleText(file, schedule)}Wrote ${written.join(', ')}.\n${storedText(stored)}`, notes };
  }
  return { exitCode: 0, json: { ...schedule, ...storedJson }, text: () => `${scheduleText(file, schedule)}${storedText(stored)}`, notes };
}

// The store files a schedule under one program: the pool's, or (a service
// shared by several programs) their ids joined with "+".
function callsToStore(file: string, s: CallSchedule): ScheduleToSave {
  const programs = [...new Set(s.problem.trainees.map((t) => String(t.trainee.programId)))].sort();
  const calls = s.shifts.map((x) => ({ coverageId: x.coverageId, date: x.date, traineeId: x.traineeId }));
  return { scheduleId: s.problem.id, kind: 'call', programId: programs.join('+'), content: { calls, note: `gmekit calls ${file}` } };
}

function swap(ctx: CommandContext, file: string | undefined): CommandOutput {
  if (file === undefined) throw usageError('calls swap needs <schedule.json>');
  const shiftId = ctx.args.string('shift');
  if (shiftId === undefined) throw usageError('calls swap needs --shift <id> (ids are <coverage>/<date>/<trainee>, as in the schedule)');
  let schedule: CallSchedule;
  try {
    schedule = readCallSchedule(readJsonFile(ctx.io, file));
  } catch (e) {
    inputError(file, e);
  }
  let list;
  try {
    list = swapCandidates(schedule, shiftId);
  } catch (e) {
    if (e instanceof SchedulingInputError) throw new CliError(`--shift: ${e.message.replace(/^shift: /, '')}`);
    throw e;
  }
  const text = () => {
    const rows = [['TRAINEE', 'HOW', 'IN RETURN'], ...list.candidates.map((c) => [c.traineeId, c.kind, c.inReturn?.id ?? '-'])];
    const refused = list.refused.map((r) => `- ${r.traineeId}: ${r.reasons.join('; ')}`);
    return [`${list.shift.id}: ${list.candidates.length} way(s) to hand it over without breaking a rule.`, '', table(rows), '', 'Cannot take it:', ...refused, ''].join('\n');
  };
  return { exitCode: 0, json: { shift: list.shift, candidates: list.candidates, refused: list.refused }, text };
}

/** `gmekit calls <problem.json>` and `gmekit calls swap <schedule.json> --shift <id>`. */
export const callsCommand: Command = {
  name: 'calls',
  summary: 'call and night-float schedules',
  usage: 'calls <problem.json> [--previous <schedule.json>] [--json | --csv | --ics <dir>] [--db <dir|url> [--publish]]  |  calls swap <schedule.json> --shift <id>',
  description:
    'Builds a call and night-float schedule from a call problem (JSON, the model\'s CallProblem; `gmekit schema call-problem` prints its JSON Schema) with every ACGME work-hour rule kept, and re-audits it with the work-hour audit before printing it.\n' +
    '--previous <schedule.json> takes a schedule saved with --json, re-audited as it is read. When it ends the day before the problem starts, it is the previous month: its work (calls, transitions, base shifts) and vacations are carried over, so the averaged rules (80 hours, one day in seven, q3) reach back into it and whoever was on call its last night is not on call again too soon. When it shares a day with the problem, it is a published schedule of the same month: as many of its calls are kept as the rules allow (and the month it was carried over from is carried over again). Any other span is exit 2. --csv prints date,shift,trainee (RFC 4180); --ics <dir> writes one <trainee>.ics per trainee into an existing directory.\n' +
    '--db <dir|url> also saves the calls into the store (see gmekit db) as a new draft version of the call schedule named by the problem\'s id, for the trainees\' program (several joined with "+"); --publish publishes that version. It prints the version and the revision (JSON: stored); a store error is exit 2, with no file written.\n' +
    '`calls swap <schedule.json> --shift <id>` lists who can take that call (or trade one of theirs for it) without breaking a rule, and why each other trainee cannot.\n' +
    'Exit 1 when no schedule covers every shift (the explanation says why); exit 2 for bad input, naming the file and the JSON path. Nothing is written unless a schedule was found.',
  args: {
    positionals: [
      { name: 'problem.json | swap', required: true },
      { name: 'schedule.json', required: false },
    ],
    options: {
      previous: { type: 'string', value: '<schedule.json>', description: 'a schedule from --json: the month before (carried over) or this month (kept as far as the rules allow)' },
      csv: { type: 'boolean', description: 'print the calls as CSV: date,shift,trainee' },
      ics: { type: 'string', value: '<dir>', description: 'write one .ics per trainee into this directory' },
      ...SAVE_DB_OPTIONS,
      shift: { type: 'string', value: '<id>', description: 'with swap: the call to hand over, <coverage>/<date>/<trainee>' },
    },
  },
  writesFiles: true,
  usesCatalog: false,
  async run(ctx) {
    const [first, second] = ctx.args.positionals;
    if (first === 'swap') return swap(ctx, second);
    if (second !== undefined) throw usageError(`unexpected argument "${second}"`);
    return generate(ctx, first ?? '');
  },
};
