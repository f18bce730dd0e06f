import { z } from 'zod';
import { IsoDateSchema, type Program } from '@gmekit/model';
import { type CurriculumLayout, type PgyTimeline, CalendarInputError, layoutCurriculum, pgyTimeline } from '@gmekit/calendar';
import { type Command, exitFor } from '../command';
import { resolveProgram } from '../catalog/resolve';
import { CliError, usageError } from '../errors';
import { parseDateOption } from '../input/dates';
import { parseOrFail, readJsonFile } from '../input/json-file';
import { durationText } from '../output/describe';
import { findingLine } from '../output/text';

/**
 * Leave for `--leave`: a list of `{ start, end }` spans (inclusive dates,
 * `id` and `kind` optional), or any object with such a `leave` list, so a
 * trainee record can be passed as is.
 */
const LeaveFileSchema = z.preprocess(
  (v) => (typeof v === 'object' && v !== null && !Array.isArray(v) && 'leave' in v ? v.leave : v),
  z.array(
    z
      .object({ id: z.string().optional(), start: IsoDateSchema, end: IsoDateSchema, kind: z.string().optional() })
      .refine((l) => l.start <= l.end, { message: 'leave must not end before it starts', path: ['end'] }),
  ),
);


/** Why a block has no dates, in words (the codes stay in the JSON). */
const UNPLACED_WORDS: Readonly<Record<string, string>> = {
  'position-unstated': 'the source does not say when in the year',
  'position-ambiguous': 'the source can be read as more than one time in the year',
  'group-position-conflict': 'its group gives different positions',
  'duration-unstated': 'the source does not state its length',
  'duration-open-ended': 'its length is a minimum, so its end cannot be dated',
  'duration-hours': 'hours are not a run of dates',
  'duration-fractional': 'part of a month has no calendar dates',
  remainder: 'the rest of the year, wherever that falls',
  optional: 'optional',
  'group-not-datable': 'another block of its group cannot be dated',
};

function pgyAtStart(program: Program, given: string | undefined): number {
  if (given !== undefined) {
    const n = Number(given);
    if (!/^\d+$/.test(given) || n < 1 || n > 10) throw usageError(`--pgy: expected a PGY level 1–10, got "${given}"`);
    return n;
  }
  if (program.pgyLevels.status === 'stated' || program.pgyLevels.status === 'inferred') return program.pgyLevels.value.from;
  throw usageError(`${program.id} does not state its PGY levels; pass --pgy <level> for the first year`);
}

const round = (n: number): string => String(Math.round(n * 100) / 100);

function timelineText(program: Program, t: PgyTimeline, layout: CurriculumLayout): string {
  const rotation = new Map(program.rotations.map((r) => [r.id as string, r.name]));
  const lines = [`${program.name}: ${t.startDate} to ${t.expectedCompletion}${t.onCycle ? '' : ' (off-cycle start)'}`, ''];
  t.years.forEach((y, i) => {
    const leave = y.leave.workdays > 0 ? `, leave ${y.leave.workdays} workdays` : '';
    lines.push(`PGY${y.pgy}  ${y.start} – ${y.end}  (training year ${y.trainingYear}, academic year ${y.academicYear}${leave})`);
    const laid = layout.years[i];
    if (!laid) return;
    for (const s of laid.slots) {
      if (s.kind === 'block') {
        const name = rotation.get(s.rotationId) ?? s.rotationId;
        const when = s.status === 'dated' ? `${s.start} – ${s.end}` : `${s.minStart}..${s.maxStart} – ${s.minEnd}..${s.maxEnd}`;
        lines.push(`    ${when}  ${name}${s.approximate ? ' (about)' : ''}${s.status === 'range' ? (s.orderOpen ? ' (order within the span not stated)' : ' (range)') : ''}`);
      } else {
        lines.push(`    ${s.start} – ${s.end}  (${s.kind === 'open' ? 'open: not yet placed' : 'not stated by the source'}${s.months !== null ? `, ${s.months} months` : `, ${s.days} days`})`);
      }
    }
    for (const u of laid.unplaced) {
      lines.push(`    not dated: ${rotation.get(u.rotationId) ?? u.rotationId}, ${durationText(u.duration)} (${UNPLACED_WORDS[u.reason] ?? u.reason})`);
    }
    const unstated = laid.months.unstated;
    if (unstated && unstated.max > 0) {
      const amount = unstated.min === unstated.max ? round(unstated.max) : `${round(unstated.min)}–${round(unstated.max)}`;
      lines.push(`    ${amount} month${amount === '1' ? '' : 's'} of the year not accounted for by the source`);
    }
  });
  lines.push('');
  lines.push(`Planned completion ${t.plannedCompletion}; leave ${t.leave.workdays} workdays of ${t.leave.allowanceWorkdays} allowed (${t.leave.averaging} averaging).`);
  if (t.extension) lines.push(`Extended by ${t.extension.workdays} workdays: expected completion ${t.extension.end}.`);
  const findings = [...t.findings, ...layout.findings];
  if (findings.length > 0) lines.push('', ...findings.map(findingLine));
  lines.push('');
  return lines.join('\n');
}

/** `gmekit timeline <program> --start <date>`: dated PGY years and rotation blocks. */
export const timelineCommand: Command = {
  name: 'timeline',
  summary: 'dated PGY years and rotation blocks',
  usage: 'timeline <program> --start <date> [--leave <file>]',
  description:
    'Dates each PGY year from --start (July 1 is on-cycle; any other date is an off-cycle start) and lays the curriculum\'s blocks on those dates: exact dates, earliest/latest dates for ranged blocks, open spans, and blocks the source gives no position for.\n' +
    '--leave is a JSON list of { start, end } spans (inclusive dates), or a trainee record; leave beyond the board\'s allowance (8 weeks a year, averaged over training) extends the completion date.\n' +
    'JSON: { program: { id, name }, timeline: { startDate, onCycle, plannedCompletion, expectedCompletion, years, leave, extension, findings }, layout: { startDate, years, findings } }.',
  args: {
    positionals: [{ name: 'program', required: true }],
    options: {
      start: { type: 'string', value: '<date>', description: 'first day of training (YYYY-MM-DD)' },
      leave: { type: 'string', value: '<file>', description: 'leave spans JSON (or a trainee record)' },
      pgy: { type: 'string', value: '<level>', description: 'PGY level of the first year, when the program does not state it' },
    },
  },
  writesFiles: true,
  async run(ctx) {
    const startText = ctx.args.string('start');
    if (startText === undefined) throw usageError('missing --start <date>');
    const start = parseDateOption('--start', startText);
    const leaveFile = ctx.args.string('leave');
    const leave = leaveFile === undefined ? [] : parseOrFail(LeaveFileSchema, readJsonFile(ctx.io, leaveFile), leaveFile);
    const catalog = await ctx.catalog();
    const program = resolveProgram(catalog, ctx.args.positionals[0] ?? '');
    const pgy = pgyAtStart(program, ctx.args.string('pgy'));
    let timeline: PgyTimeline;
    let layout: CurriculumLayout;
    try {
      timeline = pgyTimeline({
        startDate: start.toString(),
        pgyAtStart: pgy,
        program,
        leave: leave.map((l) => ({ start: l.start, end: l.end, ...(l.id !== undefined ? { id: l.id } : {}) })),
      });
      layout = layoutCurriculum(program, { startDate: start.toString() });
    } catch (e) {
      if (e instanceof CalendarInputError) throw new CliError(`${program.id}: ${e.message}`);
      throw e;
    }
    return {
      exitCode: exitFor([...timeline.findings, ...layout.findings]),
      json: { program: { id: program.id, name: program.name }, timeline, layout },
      text: () => timelineText(program, timeline, layout),
    };
  },
};
