import { ConferenceFrequencySchema, type ConferenceSeries, IsoDateSchema, LocalTimeSchema, type Open, type Program, WeekdaySchema } from '@gmekit/model';
import type { ConferenceReadings } from '@gmekit/calendar';
import { type CliError, usageError } from '../errors';

// Fields of a conference series a `--reading` can supply or choose.
const READING_FIELDS = ['frequency', 'weekdays', 'startTime', 'durationMinutes', 'anchorDate'] as const;

type ReadingField = (typeof READING_FIELDS)[number];

const WEEK = WeekdaySchema.options;

// Parses a value for its field's type, or says why it is not one.
function parseValue(field: ReadingField, value: string): unknown {
  switch (field) {
    case 'frequency':
      if (!ConferenceFrequencySchema.safeParse(value).success) return fail(`a frequency is one of ${ConferenceFrequencySchema.options.join(', ')}`);
      return value;
    case 'weekdays': {
      const days = value.split(',').map((d) => d.trim().toUpperCase());
      if (!days.every((d) => WeekdaySchema.safeParse(d).success)) return fail(`weekdays are MO,TU,WE,TH,FR,SA,SU`);
      if (new Set(days).size !== days.length) return fail('a weekday is listed twice');
      // Week order, so MO,WE and WE,MO are the same reading.
      return WEEK.filter((d) => days.includes(d));
    }
    case 'startTime':
      if (!LocalTimeSchema.safeParse(value).success) return fail('expected a local time as HH:MM (00:00–23:59)');
      return value;
    case 'durationMinutes':
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 1440) return fail('expected a whole number of minutes from 1 to 1440');
      return Number(value);
    case 'anchorDate':
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return fail('expected a date as YYYY-MM-DD');
      if (!IsoDateSchema.safeParse(value).success) return fail('not a real calendar date');
      return value;
  }
}

class Invalid {
  constructor(readonly reason: string) {}
}
function fail(reason: string): Invalid {
  return new Invalid(reason);
}

const show = (v: unknown): string => (Array.isArray(v) ? v.join(',') : String(v));
// Weekday lists compare as sets: the data may list a reading's days in any order.
const norm = (v: unknown): unknown => (Array.isArray(v) ? WEEK.filter((d) => v.includes(d)) : v);
const same = (a: unknown, b: unknown): boolean => JSON.stringify(norm(a)) === JSON.stringify(norm(b));

function notAReading(series: ConferenceSeries, field: ReadingField, spec: string): CliError | undefined {
  const open: Open<unknown> = series[field];
  if (open.status !== 'ambiguous') return undefined;
  const readings = open.candidates.map((c) => `${show(c.value)} (${c.reading})`).join('; ');
  return usageError(`--reading ${spec}: not one of the source's readings of ${series.id}.${field}: ${readings}`);
}

// Checks a parsed value against what the source says about the field.
function settle(series: ConferenceSeries, field: ReadingField, value: unknown, spec: string): unknown {
  if ((field === 'frequency' || field === 'weekdays') && series.rrule !== undefined) {
    throw usageError(`--reading ${spec}: ${series.id} states its rule (${series.rrule}), so ${field} is not read from the source`);
  }
  const open: Open<unknown> = series[field];
  if (open.status === 'stated') {
    throw usageError(`--reading ${spec}: the source states ${series.id}.${field} (${show(open.value)}); --reading only supplies an unstated value or chooses an ambiguous one`);
  }
  if (open.status === 'ambiguous') {
    const match = open.candidates.find((c) => same(c.value, value));
    if (match === undefined) throw notAReading(series, field, spec) ?? usageError(`--reading ${spec}: not a reading of ${series.id}.${field}`);
    return match.value;
  }
  return value;
}

/**
 * Parses `--reading <series>.<field>=<value>` options against a program:
 * the series must exist, the field must be one the source leaves open, the
 * value must have the field's type, and for an ambiguous field it must be one
 * of the source's readings. Anything else is a usage error (exit 2), so a
 * typo never reaches the expansion.
 *
 * @param program - the program whose series are read
 * @param specs - the option values in command-line order
 * @returns readings per series id
 * @throws CliError (usage) naming the option and what is wrong
 * @example
 * parseReadings(ir, ['ir-am-conference.frequency=weekdays']); // { 'ir-am-conference': { frequency: 'weekdays' } }
 */
export function parseReadings(program: Program, specs: readonly string[]): Record<string, ConferenceReadings> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const m = /^([^.=]+)\.([A-Za-z]+)=(.+)$/.exec(spec);
    if (!m) throw usageError(`--reading: expected <series>.<field>=<value>, got "${spec}"`);
    const [, id = '', field = '', text = ''] = m;
    const series = program.conferences.find((c) => c.id === id);
    if (series === undefined) {
      throw usageError(`--reading: ${program.id} has no conference series "${id}"; series: ${program.conferences.map((c) => c.id).join(', ')}`);
    }
    if (!(READING_FIELDS as readonly string[]).includes(field)) throw usageError(`--reading: field "${field}" is not one of ${READING_FIELDS.join(', ')}`);
    const key = field as ReadingField;
    const parsed = parseValue(key, text);
    // For an ambiguous field the useful answer is its readings, whatever was typed.
    if (parsed instanceof Invalid) throw notAReading(series, key, spec) ?? usageError(`--reading ${spec}: ${parsed.reason}; got "${text}"`);
    const entry = (out[id] ??= {});
    if (entry[key] !== undefined) throw usageError(`--reading: ${id}.${key} is given more than once`);
    entry[key] = settle(series, key, parsed, spec);
  }
  return out;
}
