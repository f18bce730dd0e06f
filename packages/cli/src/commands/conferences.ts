import { Temporal } from 'temporal-polyfill';
import type { Program } from '@gmekit/model';
import { CalendarInputError, type ConferenceReadings, conferencesToICS, expandConferences, toICS } from '@gmekit/calendar';
import { DEFAULT_CONFERENCE_READINGS } from '@gmekit/programs';
import { type Command, exitFor } from '../command';
import { resolveProgram } from '../catalog/resolve';
import { CliError, usageError } from '../errors';
import { parseWindow } from '../input/dates';
import { parseReadings } from '../input/readings';
import { findingLine, findingSummary, table } from '../output/text';

/** Most sessions one series may produce before the command asks for a narrower window or a higher --max-occurrences. */
export const DEFAULT_MAX_OCCURRENCES = 50_000;

/**
 * Parses `--max-occurrences`.
 *
 * @param text - the value typed, if any
 * @returns the limit
 */
export function maxOccurrences(text: string | undefined): number {
  if (text === undefined) return DEFAULT_MAX_OCCURRENCES;
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) throw usageError(`--max-occurrences: expected a whole number of at least 1, got "${text}"`);
  return Number(text);
}

/**
 * The readings used: the catalog's documented defaults (unless --no-defaults),
 * replaced series by series by the caller's --reading options.
 */
function readingsFor(program: Program, given: Record<string, ConferenceReadings>, defaults: boolean): Record<string, ConferenceReadings> {
  const out: Record<string, ConferenceReadings> = {};
  if (defaults) for (const s of program.conferences) {
    const d = DEFAULT_CONFERENCE_READINGS[s.id];
    if (d !== undefined) out[s.id] = d;
  }
  return { ...out, ...given };
}

function icsOf(program: Program, siteNames: Readonly<Record<string, string>>, expansion: ReturnType<typeof expandConferences>, window: { start: string; end: string }): string {
  const dtstamp = Temporal.Now.instant().round({ smallestUnit: 'second', roundingMode: 'floor' }).toString();
  return toICS(conferencesToICS(expansion, { name: `${program.name} conferences`, dtstamp, uidDomain: `${program.id}.gmekit`, siteNames, window, series: program.conferences }));
}

const PLACEHOLDER: Readonly<Record<string, string>> = { startTime: 'HH:MM', weekdays: 'MO,WE', frequency: 'weekly', anchorDate: 'YYYY-MM-DD' };

/**
 * Says which series are not placed and how to place them, with a
 * `--reading` built from the first open field (a candidate for an ambiguous value).
 */
function gapHint(program: Program, unplaced: ReturnType<typeof expandConferences>['unplaced']): string[] {
  const first = unplaced[0];
  const field = first?.fields[0];
  if (first === undefined || field === undefined) return [];
  const series = program.conferences.find((c) => c.id === first.seriesId);
  const open = series ? series[field as 'startTime'] : undefined;
  const value = open?.status === 'ambiguous' ? [open.candidates[0]?.value].flat().join(',') : (PLACEHOLDER[field] ?? '<value>');
  const count = unplaced.length;
  return [
    '',
    `${count} of ${program.conferences.length} series ${count === 1 ? 'is' : 'are'} not placed: the source leaves a time, weekday or frequency open (warnings above).`,
    `Supply or choose the value with --reading <series>.<field>=<value>, e.g. --reading ${first.seriesId}.${field}=${value} (see gmekit conferences --help).`,
  ];
}

function time(text: string): string {
  return Temporal.ZonedDateTime.from(text).toPlainTime().toString({ smallestUnit: 'minute' });
}

/** `gmekit conferences <program> --from <date> --to <date>`: sessions, or an .ics file. */
export const conferencesCommand: Command = {
  name: 'conferences',
  summary: 'occurrences, or an .ics file',
  usage: 'conferences <program> --from <date> --to <date> [--ics]',
  description:
    'Expands the program\'s conference series into dated sessions from --from to --to (inclusive local dates in each series\' zone, any length), with weekday topics; sessions on observed US federal holidays are cancelled unless --holidays says otherwise.\n' +
    'A series whose time, weekday or frequency the source leaves unstated or ambiguous cannot be placed on dates: that is the data, not a failure, so it is a warning (exit 0) and the other series are still listed. Supply or choose the value with --reading, e.g. --reading ir-am-conference.frequency=weekdays (repeatable; fields: frequency, weekdays, startTime, durationMinutes, anchorDate). Choosing one reading of an ambiguous statement settles the fields it links (frequency=weekdays also reads the weekdays as Monday to Friday). A --reading for an unknown series, a field the source states, a value of the wrong form (startTime=25:00) or one that is not among the source\'s readings is exit 2.\n' +
    'Example: gmekit conferences kp-lamc-interventional-radiology --from 2026-09-01 --to 2026-09-30 --reading ir-am-conference.frequency=weekdays\n' +
    'Defaults: sessions on observed federal holidays are cancelled; the catalog\'s documented readings settle ambiguous values (Interventional Radiology\'s two "daily" series are read as Monday to Friday), each reported as a chosen reading. The conference feed uses the same defaults. --no-defaults places only what the source states and --reading supplies; a --reading for a series replaces its defaults.\n' +
    '--ics prints an iCalendar file instead (one VEVENT per session, cancelled sessions as STATUS:CANCELLED, with VTIMEZONEs); --output writes it atomically. Warnings and the hint for placing more series go to standard error whenever the list is not printed.\n' +
    'The work is bounded by sessions, not by window length: more than --max-occurrences (default 50000) sessions of one series is exit 2.\n' +
    'JSON: { program: { id, name }, window: { from, to }, occurrences: [{ seriesId, title, kind, topic?, timeZone, date, start, end, status, ... }], findings }.',
  args: {
    positionals: [{ name: 'program', required: true }],
    options: {
      from: { type: 'string', value: '<date>', description: 'first day (YYYY-MM-DD)' },
      to: { type: 'string', value: '<date>', description: 'last day, inclusive (YYYY-MM-DD)' },
      ics: { type: 'boolean', description: 'print an iCalendar (.ics) file instead of a list' },
      holidays: { type: 'string', value: '<policy>', description: 'what federal holidays do to sessions (default cancel)', choices: ['cancel', 'move-next-business-day', 'move-previous-business-day', 'ignore'] },
      reading: { type: 'string', value: '<series>.<field>=<value>', description: 'supply or choose a value the source leaves open', multiple: true },
      'no-defaults': { type: 'boolean', description: 'use none of the catalog\'s default readings' },
      'max-occurrences': { type: 'string', value: '<n>', description: 'most sessions of one series (default 50000)' },
    },
  },
  writesFiles: true,
  async run(ctx) {
    const window = parseWindow(ctx.args.string('from'), ctx.args.string('to'));
    const limit = maxOccurrences(ctx.args.string('max-occurrences'));
    if (ctx.args.flag('ics') && ctx.json) throw usageError('--ics and --json are alternatives; give one');
    const catalog = await ctx.catalog();
    const program = resolveProgram(catalog, ctx.args.positionals[0] ?? '');
    const readings = readingsFor(program, parseReadings(program, ctx.args.all('reading')), !ctx.args.flag('no-defaults'));
    const policy = ctx.args.string('holidays') as 'cancel' | 'move-next-business-day' | 'move-previous-business-day' | 'ignore' | undefined;
    let expansion: ReturnType<typeof expandConferences>;
    const progress = ctx.progress(`expanding ${program.conferences.length} conference series`, 0);
    try {
      expansion = expandConferences(program, { start: window.from.toString(), end: window.to.toString() }, {
        readingsBySeries: readings,
        rules: { policy: policy ?? 'cancel' },
        limit,
      });
    } catch (e) {
      if (e instanceof CalendarInputError) throw new CliError(e.message);
      throw e;
    } finally {
      progress.done();
    }
    const { occurrences, findings } = expansion;
    if (findings.some((f) => f.code === 'conference/limit-exceeded')) {
      throw new CliError(`more than ${limit} sessions of one series from ${window.from.toString()} to ${window.to.toString()}; narrow the window or raise --max-occurrences`);
    }
    const exitCode = exitFor(findings);
    const sites = Object.fromEntries(catalog.sites.map((site) => [site.id, site.name]));
    const raw = ctx.args.flag('ics') ? icsOf(program, sites, expansion, { start: window.from.toString(), end: window.to.toString() }) : undefined;
    const notable = findings.filter((f) => f.severity !== 'info');
    return {
      exitCode,
      notes: () => (notable.length === 0 ? [] : [findingSummary(findings), ...notable.map(findingLine), ...gapHint(program, expansion.unplaced)].filter((l) => l !== '')),
      json: { program: { id: program.id, name: program.name }, window: { from: window.from.toString(), to: window.to.toString() }, occurrences, findings },
      ...(raw !== undefined ? { raw } : {}),
      text: () => {
        const rows = [
          ['DATE', 'TIME', 'SERIES', 'STATUS'],
          ...occurrences.map((o) => [
            o.date,
            o.start === o.end ? `${time(o.start)} (length unstated)` : `${time(o.start)}–${time(o.end)}`,
            o.topic !== undefined ? `${o.title}: ${o.topic}` : o.title,
            o.status === 'scheduled' ? '' : `${o.status}${o.reason ? ` (${o.reason.name})` : ''}`,
          ]),
        ];
        const held = occurrences.filter((o) => o.status !== 'cancelled').length;
        return [
          `${program.name}: ${held} session${held === 1 ? '' : 's'} from ${window.from.toString()} to ${window.to.toString()}`,
          '',
          table(rows),
          '',
          findingSummary(findings),
          ...findings.map(findingLine),
          ...gapHint(program, expansion.unplaced),
          '',
        ].join('\n');
      },
    };
  },
};
