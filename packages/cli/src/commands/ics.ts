import { Temporal } from 'temporal-polyfill';
import { type Finding, isTimeZoneName } from '@gmekit/model';
import { type DateTimeValue, type IcsCalendar, type IcsEvent, type Occurrence, RecurrenceError, expand, expandCalendar, parseICS } from '@gmekit/calendar';
import { type Command, exitFor } from '../command';
import { CliError, usageError } from '../errors';
import { type DateWindow, parseWindow } from '../input/dates';
import { readTextFile } from '../input/json-file';
import type { Progress } from '../output/progress';
import { findingLine, findingSummary, table } from '../output/text';
import { maxOccurrences } from './conferences';

/** One listed occurrence. */
interface Listed {
  readonly uid: string;
  readonly summary: string;
  readonly start: string;
  readonly end: string;
  readonly allDay: boolean;
  readonly overridden: boolean;
  /** The event says STATUS:CANCELLED (a feed tells subscribers a session is off this way). */
  readonly cancelled: boolean;
}

// Zoned and UTC values are shown as instants with their offset (and zone),
// so the listing never depends on the machine's own time zone.
function show(value: DateTimeValue, instant: string | undefined): string {
  switch (value.type) {
    case 'date':
      return value.date;
    case 'floating':
      return value.dateTime;
    case 'utc':
      return `${value.dateTime}Z`;
    case 'zoned':
      return instant !== undefined ? Temporal.Instant.from(instant).toZonedDateTimeISO(value.timeZone).toString() : `${value.dateTime}[${value.timeZone}]`;
  }
}

const isCancelled = (ev: IcsEvent | undefined): boolean => ev?.extra?.some((p) => p.name === 'STATUS' && p.value.toUpperCase() === 'CANCELLED') === true;

function listed(uid: string, summary: string, o: Occurrence, cancelled: boolean): Listed {
  return {
    uid,
    summary,
    start: show(o.start, o.startInstant),
    end: show(o.end, o.endInstant),
    allDay: o.start.type === 'date',
    overridden: o.overridden,
    cancelled,
  };
}

function withoutWindow(calendar: IcsCalendar, progress: Progress, limit: number): { items: Listed[]; findings: Finding[] } {
  const items: Listed[] = [];
  const findings: Finding[] = [];
  calendar.events.forEach((ev, i) => {
    progress.tick();
    const uid = ev.uid ?? '';
    try {
      for (const o of expand(ev.series, undefined, { limit })) items.push(listed(uid, ev.summary, o, isCancelled(ev)));
    } catch (error) {
      const code = error instanceof RecurrenceError ? error.code : 'failed';
      const unbounded = code === 'unbounded';
      findings.push({
        code: `ics/expand/${code}`,
        severity: unbounded ? 'info' : 'error',
        path: ['events', i],
        message: unbounded
          ? `event ${JSON.stringify(ev.summary)} repeats without end from ${show(ev.series.start, undefined)}; pass --from and --to to list its occurrences`
          : `event ${JSON.stringify(uid || ev.summary)}: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  });
  return { items: items.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)), findings };
}

function withWindow(calendar: IcsCalendar, window: DateWindow, zone: string | undefined, limit: number): { items: Listed[]; findings: Finding[] } {
  const result = expandCalendar(
    calendar,
    { start: window.from.toString(), end: window.to.add({ days: 1 }).toString() },
    { limit, ...(zone !== undefined ? { timeZone: zone } : {}) },
  );
  return { items: result.occurrences.map((c) => listed(c.uid, c.summary, c.occurrence, isCancelled(calendar.events[c.eventIndex]))), findings: result.findings };
}

/** `gmekit ics <file.ics>`: read any calendar file and list its occurrences. */
export const icsCommand: Command = {
  name: 'ics',
  summary: 'read any calendar file, list its occurrences',
  usage: 'ics <file.ics> [--from <date> --to <date>]',
  description:
    'Reads an iCalendar file (Google, Outlook/Exchange with Windows zone names, Apple; folded lines, VTIMEZONEs, RRULE/RDATE/EXDATE, overrides) and lists its occurrences.\n' +
    'With --from and --to (inclusive dates, any length), every event is expanded in that window; without them, events that end are expanded fully and events that repeat forever are reported. The work is bounded by occurrences: an event with more than --max-occurrences (default 50000) is exit 2 with a message saying so.\n' +
    'Events marked STATUS:CANCELLED (how a feed withdraws a session) are listed as cancelled.\n' +
    'All-day and floating events are read in --zone, else the calendar\'s own zone. Problems in the file are reported with their line numbers; errors give exit 1.\n' +
    'JSON: { file, calendar: { name, events }, window, occurrences: [{ uid, summary, start, end, allDay, overridden, cancelled }], findings }.',
  args: {
    positionals: [{ name: 'file.ics', required: true }],
    options: {
      from: { type: 'string', value: '<date>', description: 'first day (YYYY-MM-DD)' },
      to: { type: 'string', value: '<date>', description: 'last day, inclusive (YYYY-MM-DD)' },
      zone: { type: 'string', value: '<IANA zone>', description: 'zone for all-day and floating events' },
      'max-occurrences': { type: 'string', value: '<n>', description: 'most occurrences of one event (default 50000)' },
    },
  },
  writesFiles: true,
  usesCatalog: false,
  run(ctx) {
    const file = ctx.args.positionals[0] ?? '';
    const from = ctx.args.string('from');
    const to = ctx.args.string('to');
    const window = from === undefined && to === undefined ? undefined : parseWindow(from, to);
    const limit = maxOccurrences(ctx.args.string('max-occurrences'));
    const zone = ctx.args.string('zone');
    if (zone !== undefined && !isTimeZoneName(zone)) throw usageError(`--zone: "${zone}" is not an IANA time-zone name such as America/Los_Angeles`);
    const text = readTextFile(ctx.io, file);
    const parsed = parseICS(text);
    const notCalendar = parsed.findings.find((f) => f.code === 'ics/no-calendar');
    if (notCalendar && parsed.calendar.events.length === 0) throw new CliError(`${file}: not an iCalendar file (${notCalendar.message})`);
    // The reader says "line 12: …"; the CLI says "file.ics:12: …" like every other command.
    const fileFindings: Finding[] = parsed.findings.map((f) => ({
      ...f,
      message: f.line > 0 ? `${file}:${f.line}: ${f.message.replace(/^line \d+: /, '')}` : `${file}: ${f.message}`,
      ...(f.line > 0 ? { ref: `${file}:${f.line}` } : {}),
    }));
    const progress = ctx.progress(`expanding ${parsed.calendar.events.length} events`, window ? 0 : parsed.calendar.events.length);
    const { items, findings } = window ? withWindow(parsed.calendar, window, zone, limit) : withoutWindow(parsed.calendar, progress, limit);
    progress.done();
    const over = findings.find((f) => f.code === 'ics/expand/limit-exceeded');
    if (over !== undefined) {
      throw new CliError(`${file}: an event has more than ${limit} occurrences${window ? ` from ${window.from.toString()} to ${window.to.toString()}` : ''}; narrow the window or raise --max-occurrences`);
    }
    const all = [...fileFindings, ...findings];
    return Promise.resolve({
      exitCode: exitFor(all),
      json: {
        file,
        calendar: { name: parsed.calendar.name ?? null, events: parsed.calendar.events.length },
        window: window ? { from: window.from.toString(), to: window.to.toString() } : null,
        occurrences: items,
        findings: all,
      },
      text: () => {
        const rows = [['START', 'END', 'SUMMARY'], ...items.map((o) => [o.start, o.end, `${o.summary}${o.cancelled ? ' (cancelled)' : o.overridden ? ' (changed)' : ''}`])];
        const name = parsed.calendar.name !== undefined ? ` "${parsed.calendar.name}"` : '';
        return [
          `${file}${name}: ${parsed.calendar.events.length} events, ${items.length} occurrences${window ? ` from ${window.from.toString()} to ${window.to.toString()}` : ''}`,
          '',
          table(rows),
          '',
          findingSummary(all),
          ...all.map(findingLine),
          '',
        ].join('\n');
      },
    });
  },
};
