/**
 * Reading DATE/DATE-TIME property values with their VALUE and TZID
 * parameters into plain {@link DateTimeValue}s, reporting every problem with
 * its line number.
 *
 * @module
 */
import type { ContentLine } from './content-line';
import { parseDateText } from './datetime';
import type { FindingSink } from './findings';
import type { IcsParameter } from './params';
import type { DateTimeValue } from '../recurrence/index';

/** What value reading needs from the file being read. */
export interface ValueContext {
  /** Where findings go. */
  readonly sink: FindingSink;
  /**
   * Resolves a TZID to an IANA zone; reports an error finding for the line
   * and returns `undefined` when it resolves nowhere.
   */
  readonly zoneFor: (tzid: string, line: number) => string | undefined;
}

/**
 * The first value of a parameter, or `undefined`.
 *
 * @param params - parameters of a property
 * @param name - upper-case parameter name
 * @returns its first value
 */
export function param(params: readonly IcsParameter[], name: string): string | undefined {
  for (const p of params) if (p.name === name) return p.values[0];
  return undefined;
}

/**
 * Reads one DATE or DATE-TIME text with the property's parameters.
 *
 * @param text - one value (a list item for RDATE/EXDATE)
 * @param prop - the property (for parameters, name and line)
 * @param ctx - findings and TZID resolution
 * @returns the value, or `undefined` after reporting why not
 */
export function readDateValue(text: string, prop: ContentLine, ctx: ValueContext): DateTimeValue | undefined {
  const valueType = param(prop.params, 'VALUE')?.toUpperCase();
  const expect = valueType === 'DATE' ? 'date' : valueType === 'DATE-TIME' ? 'date-time' : undefined;
  const parsed = parseDateText(text.trim(), expect);
  if (!parsed.ok) {
    ctx.sink.add('error', 'ics/invalid-date', prop.line, `${prop.name}: ${parsed.message}`);
    return undefined;
  }
  const tzid = param(prop.params, 'TZID');
  if (parsed.kind === 'date') {
    if (tzid !== undefined) ctx.sink.add('info', 'ics/tzid-on-date', prop.line, `${prop.name}: TZID is ignored on a DATE value`);
    return { type: 'date', date: parsed.iso };
  }
  if (parsed.leapSecond) ctx.sink.add('warning', 'ics/leap-second', prop.line, `${prop.name}: second 60 read as 59 (no leap seconds in Temporal)`);
  if (parsed.utc) {
    if (tzid !== undefined) ctx.sink.add('warning', 'ics/tzid-on-utc', prop.line, `${prop.name}: TZID is ignored on a UTC value ending in Z`);
    return { type: 'utc', dateTime: parsed.iso };
  }
  if (tzid !== undefined) {
    const zone = ctx.zoneFor(tzid, prop.line);
    if (zone !== undefined) return { type: 'zoned', dateTime: parsed.iso, timeZone: zone };
  }
  return { type: 'floating', dateTime: parsed.iso };
}

/**
 * Reads a comma-separated list of values (RDATE, EXDATE). A PERIOD item of
 * RDATE keeps its start (the series' duration applies) with an info finding.
 * RDATE reads at most 10,000 values (with a warning); EXDATE all of them.
 *
 * @param prop - the property
 * @param ctx - findings and TZID resolution
 * @returns the values that could be read
 */
export function readDateList(prop: ContentLine, ctx: ValueContext): DateTimeValue[] {
  const out: DateTimeValue[] = [];
  const isPeriod = param(prop.params, 'VALUE')?.toUpperCase() === 'PERIOD';
  const items = prop.value.split(',');
  // EXDATE is read whole: dropping excluded instances past a cap would
  // silently bring them back. A long list costs no more than the file's size.
  const cap = prop.name === 'EXDATE' ? items.length : 10_000;
  if (items.length > cap) ctx.sink.add('warning', 'ics/too-many-values', prop.line, `${prop.name}: only the first ${cap} of ${items.length} values are read`);
  for (const item of items.slice(0, cap)) {
    if (isPeriod || item.includes('/')) {
      const slash = item.indexOf('/');
      const text = slash < 0 ? item : item.slice(0, slash);
      ctx.sink.add('info', 'ics/period-start-only', prop.line, `${prop.name}: PERIOD ${JSON.stringify(item.slice(0, 40))} read as its start`);
      const v = readDateValue(text, { ...prop, params: prop.params.filter((p) => p.name !== 'VALUE') }, ctx);
      if (v) out.push(v);
      continue;
    }
    const v = readDateValue(item, prop, ctx);
    if (v) out.push(v);
  }
  return out;
}

const DURATION_RE = /^[+-]?P(?:\d{1,9}W|(?=\d|T\d)(?:\d{1,9}D)?(?:T(?=\d)(?:\d{1,9}H)?(?:\d{1,9}M)?(?:\d{1,9}S)?)?)$/;

/**
 * Checks an RFC 5545 DURATION (`P1W`, `PT1H30M`, `P1DT2H`); negative values
 * are rejected for events.
 *
 * @param text - the value
 * @returns the duration (upper-cased) or an error message
 */
export function readDuration(text: string): { ok: true; value: string } | { ok: false; message: string } {
  const value = text.trim().toUpperCase();
  if (!DURATION_RE.test(value)) return { ok: false, message: `invalid DURATION ${JSON.stringify(text.slice(0, 40))}: expected e.g. PT1H, P1D, P1W` };
  if (value.startsWith('-')) return { ok: false, message: `negative DURATION ${value} is not allowed for an event` };
  return { ok: true, value: value.startsWith('+') ? value.slice(1) : value };
}
