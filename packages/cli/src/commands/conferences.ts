import { Temporal } from 'temporal-polyfill';
import { type Program, WeekdaySchema } from '@gmekit/model';
import {
  CalendarInputError,
  type ConferenceOccurrence,
  type ConferenceReadings,
  type IcsEvent,
  expandConferences,
  toICS,
} from '@gmekit/calendar';
import { type Command, exitFor } from '../command';
import { resolveProgram } from '../catalog/resolve';
import { CliError, usageError } from '../errors';
import { parseWindow } from '../input/dates';
import { findingLine, findingSummary, table } from '../output/text';

/** Longest window expanded at once: five years of sessions. */
export const MAX_WINDOW_DAYS = 1830;

const FIELDS = ['frequency', 'weekdays', 'startTime', 'durationMinutes', 'anchorDate'] as const;
type Field = (typeof FIELDS)[number];

function parseReadings(program: Program, specs: readonly string[]): Record<string, ConferenceReadings> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const m = /^([^.=]+)\.([A-Za-z]+)=(.+)$/.exec(spec);
    if (!m) throw usageError(`--reading: expected <series>.<field>=<value>, got "${spec}"`);
    const [, id = '', field = '', value = ''] = m;
    if (!program.conferences.some((c) => c.id === id)) {
      throw usageError(`--reading: ${program.id} has no conference series "${id}"; series: ${program.conferences.map((c) => c.id).join(', ')}`);
    }
    if (!(FIELDS as readonly string[]).includes(field)) throw usageError(`--reading: field "${field}" is not one of ${FIELDS.join(', ')}`);
    const entry = (out[id] ??= {});
    switch (field as Field) {
      case 'weekdays': {
        const days = value.split(',').map((d) => d.trim().toUpperCase());
        if (!days.every((d) => WeekdaySchema.safeParse(d).success)) throw usageError(`--reading: weekdays are MO,TU,WE,TH,FR,SA,SU; got "${value}"`);
        entry.weekdays = days;
        break;
      }
      case 'durationMinutes':
        if (!/^\d+$/.test(value) || Number(value) < 1) throw usageError(`--reading: durationMinutes must be a whole number of minutes; got "${value}"`);
        entry.durationMinutes = Number(value);
        break;
      default:
        entry[field] = value;
    }
  }
  return out;
}

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
    'A series whose time, weekday or frequency the source leaves unstated or ambiguous cannot be placed on dates: it is reported as an error finding (exit 1) until you supply a reading, e.g. --reading ir-am-conference.frequency=weekdays (repeatable; fields: frequency, weekdays, startTime, durationMinutes, anchorDate).\n' +
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
          ...(findings.some((f) => f.message.includes('readings.')) ? ['', 'Supply or choose open values with --reading <series>.<field>=<value> (see gmekit conferences --help).'] : []),
          '',
        ].join('\n');
      },
    };
  },
};
