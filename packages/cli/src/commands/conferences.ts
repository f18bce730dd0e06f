import { Temporal } from 'temporal-polyfill';
import type { Program } from '@gmekit/model';
import {
  CalendarInputError,
  type ConferenceOccurrence,
  type IcsEvent,
  expandConferences,
  toICS,
} from '@gmekit/calendar';
import { type Command, exitFor } from '../command';
import { resolveProgram } from '../catalog/resolve';
import { CliError, usageError } from '../errors';
import { parseWindow } from '../input/dates';
import { parseReadings } from '../input/readings';
import { findingLine, findingSummary, table } from '../output/text';

/** Longest window expanded at once: five years of sessions. */
export const MAX_WINDOW_DAYS = 1830;

function zonedValue(text: string): { type: 'zoned'; dateTime: string; timeZone: string } {
  const z = Temporal.ZonedDateTime.from(text);
  return { type: 'zoned', dateTime: z.toPlainDateTime().toString({ smallestUnit: 'second' }), timeZone: z.timeZoneId };
}

function icsOf(program: Program, siteName: ReadonlyMap<string, string>, occurrences: readonly ConferenceOccurrence[]): string {
  const events: IcsEvent[] = occurrences
    .filter((o) => o.status !== 'cancelled')
    .map((o) => ({
      uid: `${o.seriesId}-${o.date}@${program.id}.gmekit`,
      summary: o.topic !== undefined ? `${o.title}: ${o.topic}` : o.title,
      categories: [o.kind],
      ...(o.siteId !== undefined ? { location: siteName.get(o.siteId) ?? o.siteId } : {}),
      ...(o.status === 'moved' && o.reason ? { description: `Moved from ${o.originalDate ?? ''} (${o.reason.name}).` } : {}),
      // A session whose length the source does not state has no DTEND (it ends as it starts, RFC 5545 §3.6.1).
      series: o.end === o.start ? { start: zonedValue(o.start) } : { start: zonedValue(o.start), end: zonedValue(o.end) },
    }));
  const dtstamp = Temporal.Now.instant().round({ smallestUnit: 'second', roundingMode: 'floor' }).toString();
  return toICS({ name: `${program.name}: conferences`, events }, { dtstamp });
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
    'Expands the program\'s conference series into dated sessions from --from to --to (inclusive local dates in each series\' zone, at most five years), with weekday topics; sessions on observed US federal holidays are cancelled unless --holidays says otherwise.\n' +
    'A series whose time, weekday or frequency the source leaves unstated or ambiguous cannot be placed on dates: that is the data, not a failure, so it is a warning (exit 0) and the other series are still listed. Supply or choose the value with --reading, e.g. --reading ir-am-conference.frequency=weekdays (repeatable; fields: frequency, weekdays, startTime, durationMinutes, anchorDate). Choosing one reading of an ambiguous statement settles the fields it links (frequency=weekdays also reads the weekdays as Monday to Friday). A --reading for an unknown series, a field the source states, a value of the wrong form (startTime=25:00) or one that is not among the source\'s readings is exit 2.\n' +
    'Example: gmekit conferences kp-lamc-interventional-radiology --from 2026-09-01 --to 2026-09-30 --reading ir-am-conference.frequency=weekdays\n' +
    '--ics prints an iCalendar file instead (one VEVENT per session, with VTIMEZONEs); --output writes it atomically.\n' +
    'JSON: { program: { id, name }, window: { from, to }, occurrences: [{ seriesId, title, kind, topic?, timeZone, date, start, end, status, ... }], findings }.',
  args: {
    positionals: [{ name: 'program', required: true }],
    options: {
      from: { type: 'string', value: '<date>', description: 'first day (YYYY-MM-DD)' },
      to: { type: 'string', value: '<date>', description: 'last day, inclusive (YYYY-MM-DD)' },
      ics: { type: 'boolean', description: 'print an iCalendar (.ics) file instead of a list' },
      holidays: { type: 'string', value: '<policy>', description: 'what federal holidays do to sessions (default cancel)', choices: ['cancel', 'move-next-business-day', 'move-previous-business-day', 'ignore'] },
      reading: { type: 'string', value: '<series>.<field>=<value>', description: 'supply or choose a value the source leaves open', multiple: true },
    },
  },
  writesFiles: true,
  async run(ctx) {
    const window = parseWindow(ctx.args.string('from'), ctx.args.string('to'), MAX_WINDOW_DAYS);
    if (ctx.args.flag('ics') && ctx.json) throw usageError('--ics and --json are alternatives; give one');
    const catalog = await ctx.catalog();
    const program = resolveProgram(catalog, ctx.args.positionals[0] ?? '');
    const readings = parseReadings(program, ctx.args.all('reading'));
    const policy = ctx.args.string('holidays') as 'cancel' | 'move-next-business-day' | 'move-previous-business-day' | 'ignore' | undefined;
    let expansion: ReturnType<typeof expandConferences>;
    const progress = ctx.progress(`expanding ${program.conferences.length} conference series`, 0);
    try {
      expansion = expandConferences(program, { start: window.from.toString(), end: window.to.toString() }, {
        readingsBySeries: readings,
        rules: { policy: policy ?? 'cancel' },
      });
    } catch (e) {
      if (e instanceof CalendarInputError) throw new CliError(e.message);
      throw e;
    } finally {
      progress.done();
    }
    const { occurrences, findings } = expansion;
    const exitCode = exitFor(findings);
    const sites = new Map<string, string>(catalog.sites.map((site) => [site.id, site.name]));
    const raw = ctx.args.flag('ics') ? icsOf(program, sites, occurrences) : undefined;
    return {
      exitCode,
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
