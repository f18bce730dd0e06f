/**
 * RRULE text ⇄ {@link RecurrenceRule}. Parsing is strict: every RFC 5545
 * constraint that makes a rule meaningless (COUNT with UNTIL, BYSETPOS alone,
 * ordinals on a WEEKLY rule…) is an error with a message saying why.
 *
 * Canonical form, the order {@link formatRRule} writes: FREQ, UNTIL, COUNT,
 * INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY,
 * BYWEEKNO, BYMONTH, BYSETPOS, WKST, SKIP (the order of the `recur` grammar
 * in RFC 5545 §3.3.10, then RFC 7529's SKIP), upper case, list values in the
 * order written, no `+` signs, no `RRULE:` prefix.
 *
 * @module
 */
import { parseDay, parseWall } from './civil';
import type { RecurrenceIssue } from './errors';
import type { DateTimeValue, Frequency, RecurrenceRule, SkipPolicy, WeekdayCode, WeekdayNum } from './types';

/** Every FREQ value, coarsest first. */
export const FREQUENCIES: readonly Frequency[] = ['YEARLY', 'MONTHLY', 'WEEKLY', 'DAILY', 'HOURLY', 'MINUTELY', 'SECONDLY'];
/** Weekday codes, Monday first (index = the engine's weekday number). */
export const WEEKDAYS: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const SKIPS: readonly SkipPolicy[] = ['OMIT', 'BACKWARD', 'FORWARD'];
/**
 * Largest COUNT and INTERVAL accepted (2^31 - 1, what 32-bit peers such as
 * libical hold). Large values are valid RFC 5545; the window and the
 * expansion limits bound the work, not the parser.
 */
const MAX_COUNT = 2_147_483_647;

/** A rule that parsed. */
export interface ParseRRuleSuccess {
  /** Discriminant. */
  readonly ok: true;
  /** The rule. */
  readonly rule: RecurrenceRule;
}

/** A rule that did not parse. */
export interface ParseRRuleFailure {
  /** Discriminant. */
  readonly ok: false;
  /** The first problem found. */
  readonly error: RecurrenceIssue;
}

/** Result of {@link parseRRule}. */
export type ParseRRuleResult = ParseRRuleSuccess | ParseRRuleFailure;

type NumberPart = 'bySecond' | 'byMinute' | 'byHour' | 'byMonthDay' | 'byYearDay' | 'byWeekNo' | 'byMonth' | 'bySetPos';

/** Name, field, smallest, largest, whether negatives are allowed. */
const NUMBER_PARTS: readonly (readonly [string, NumberPart, number, number, boolean])[] = [
  ['BYSECOND', 'bySecond', 0, 60, false],
  ['BYMINUTE', 'byMinute', 0, 59, false],
  ['BYHOUR', 'byHour', 0, 23, false],
  ['BYMONTHDAY', 'byMonthDay', 1, 31, true],
  ['BYYEARDAY', 'byYearDay', 1, 366, true],
  ['BYWEEKNO', 'byWeekNo', 1, 53, true],
  ['BYMONTH', 'byMonth', 1, 12, false],
  ['BYSETPOS', 'bySetPos', 1, 366, true],
];

class Fail extends Error {
  constructor(readonly issue: RecurrenceIssue) {
    super(issue.message);
  }
}

function fail(code: RecurrenceIssue['code'], part: string | undefined, message: string): never {
  throw new Fail({ code, severity: 'error', path: part === undefined ? ['rrule'] : ['rrule', part], message });
}

function integer(part: string, text: string, min: number, max: number, negatives: boolean): number {
  // As many digits as the largest allowed value has (COUNT and INTERVAL go to 2^31 - 1).
  if (text.length > String(max).length + 1 || !/^[+-]?\d+$/.test(text)) fail('rrule/invalid-value', part, `${part} needs whole numbers; got ${JSON.stringify(text)}`);
  const n = Number(text);
  const abs = Math.abs(n);
  if ((n < 0 && !negatives) || abs < min || abs > max || (n === 0 && min > 0)) {
    const range = negatives ? `${String(min)}..${String(max)} or -${String(max)}..-${String(min)}` : `${String(min)}..${String(max)}`;
    fail('rrule/invalid-value', part, `${part} values must be ${range}; got ${text}`);
  }
  return n;
}

function weekdayCode(part: string, text: string): WeekdayCode {
  const code = WEEKDAYS.find((w) => w === text);
  if (code === undefined) fail('rrule/invalid-value', part, `${part} needs weekday codes MO, TU, WE, TH, FR, SA or SU; got ${JSON.stringify(text)}`);
  return code;
}

function byDayEntry(text: string): WeekdayNum {
  const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(text);
  if (m === null) fail('rrule/invalid-value', 'BYDAY', `BYDAY entries are a weekday code with an optional ordinal, such as TU, 2TU or -1FR; got ${JSON.stringify(text)}`);
  const day = weekdayCode('BYDAY', m[2] ?? '');
  if (m[1] === undefined) return { day };
  return { day, ordinal: integer('BYDAY', m[1], 1, 53, true) };
}

function untilValue(text: string): DateTimeValue {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(text);
  if (m !== null) {
    const date = `${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`;
    if (m[4] === undefined) {
      if (parseDay(date) !== undefined) return { type: 'date', date };
    } else {
      const dateTime = `${date}T${m[4]}:${m[5] ?? ''}:${m[6] ?? ''}`;
      if (parseWall(dateTime) !== undefined) return m[7] === undefined ? { type: 'floating', dateTime } : { type: 'utc', dateTime };
    }
  }
  return fail('rrule/invalid-value', 'UNTIL', `UNTIL must be a real date YYYYMMDD or date-time YYYYMMDDTHHMMSS[Z]; got ${JSON.stringify(text)}`);
}

function checkCombinations(rule: RecurrenceRule): void {
  const f = rule.freq;
  if (rule.count !== undefined && rule.until !== undefined) fail('rrule/count-and-until', 'COUNT', 'COUNT and UNTIL must not both be given (RFC 5545 §3.3.10); keep one of them');
  if (rule.byMonthDay !== undefined && f === 'WEEKLY') fail('rrule/invalid-combination', 'BYMONTHDAY', 'BYMONTHDAY must not be used with FREQ=WEEKLY (RFC 5545 §3.3.10)');
  if (rule.byYearDay !== undefined && (f === 'DAILY' || f === 'WEEKLY' || f === 'MONTHLY')) {
    fail('rrule/invalid-combination', 'BYYEARDAY', `BYYEARDAY must not be used with FREQ=${f} (RFC 5545 §3.3.10)`);
  }
  if (rule.byWeekNo !== undefined && f !== 'YEARLY') fail('rrule/invalid-combination', 'BYWEEKNO', `BYWEEKNO is only valid with FREQ=YEARLY; got FREQ=${f}`);
  if (rule.byDay?.some((d) => d.ordinal !== undefined) === true) {
    if (f !== 'MONTHLY' && f !== 'YEARLY') fail('rrule/invalid-combination', 'BYDAY', `BYDAY ordinals such as 2TU are only valid with FREQ=MONTHLY or YEARLY; got FREQ=${f}`);
    if (f === 'YEARLY' && rule.byWeekNo !== undefined) fail('rrule/invalid-combination', 'BYDAY', 'BYDAY ordinals must not be combined with BYWEEKNO (RFC 5545 §3.3.10)');
  }
  if (rule.bySetPos !== undefined) {
    const others = [rule.bySecond, rule.byMinute, rule.byHour, rule.byDay, rule.byMonthDay, rule.byYearDay, rule.byWeekNo, rule.byMonth];
    if (others.every((o) => o === undefined)) fail('rrule/invalid-combination', 'BYSETPOS', 'BYSETPOS needs another BYxxx part to pick from (RFC 5545 §3.3.10)');
  }
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function parseParts(text: string): RecurrenceRule {
  const body = text.trim().replace(/^RRULE:/i, '');
  if (body === '') fail('rrule/missing-freq', undefined, 'the rule is empty; it needs at least FREQ, e.g. FREQ=WEEKLY');
  const rule: Mutable<Partial<RecurrenceRule>> = {};
  const seen = new Set<string>();
  // A trailing `;` (`FREQ=WEEKLY;BYDAY=MO;`, which Google once wrote) ends the rule, it is not an empty part.
  const pieces = body.split(';');
  if (pieces.length > 1 && pieces[pieces.length - 1]?.trim() === '') pieces.pop();
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq <= 0) fail('rrule/syntax', undefined, `each part must be NAME=VALUE; got ${JSON.stringify(piece)}`);
    const name = piece.slice(0, eq).trim().toUpperCase();
    const value = piece.slice(eq + 1).trim().toUpperCase();
    if (seen.has(name)) fail('rrule/duplicate-part', name, `${name} is given more than once`);
    seen.add(name);
    if (value === '') fail('rrule/invalid-value', name, `${name} has no value`);
    const numeric = NUMBER_PARTS.find((p) => p[0] === name);
    if (numeric !== undefined) {
      const [, field, min, max, neg] = numeric;
      rule[field] = value.split(',').map((v) => integer(name, v, min, max, neg));
      continue;
    }
    switch (name) {
      case 'FREQ': {
        const freq = FREQUENCIES.find((f) => f === value);
        if (freq === undefined) fail('rrule/invalid-value', 'FREQ', `FREQ must be one of ${FREQUENCIES.join(', ')}; got ${value}`);
        rule.freq = freq;
        break;
      }
      case 'INTERVAL':
        rule.interval = integer(name, value, 1, MAX_COUNT, false);
        break;
      case 'COUNT':
        rule.count = integer(name, value, 1, MAX_COUNT, false);
        break;
      case 'UNTIL':
        rule.until = untilValue(value);
        break;
      case 'BYDAY':
        rule.byDay = value.split(',').map(byDayEntry);
        break;
      case 'WKST':
        rule.wkst = weekdayCode('WKST', value);
        break;
      case 'SKIP': {
        const skip = SKIPS.find((s) => s === value);
        if (skip === undefined) fail('rrule/invalid-value', 'SKIP', `SKIP must be OMIT, BACKWARD or FORWARD; got ${value}`);
        rule.skip = skip;
        break;
      }
      case 'RSCALE':
        fail('rrule/unknown-part', name, 'RSCALE (RFC 7529 non-Gregorian calendars) is not supported; only the Gregorian calendar is');
        break;
      default:
        fail('rrule/unknown-part', name, `unknown rule part ${name}; expected FREQ, UNTIL, COUNT, INTERVAL, BYSECOND, BYMINUTE, BYHOUR, BYDAY, BYMONTHDAY, BYYEARDAY, BYWEEKNO, BYMONTH, BYSETPOS, WKST or SKIP`);
    }
  }
  const { freq } = rule;
  if (freq === undefined) fail('rrule/missing-freq', 'FREQ', 'FREQ is required, e.g. FREQ=WEEKLY');
  const done: RecurrenceRule = { ...rule, freq };
  checkCombinations(done);
  return done;
}

/**
 * Reads an RRULE value (with or without the `RRULE:` prefix; names and
 * values are case-insensitive).
 *
 * @param text - e.g. `FREQ=MONTHLY;BYDAY=2TU,4TU`
 * @returns the rule, or the first problem found
 * @example
 * ```ts
 * const r = parseRRule('FREQ=WEEKLY;BYDAY=TU');
 * if (r.ok) r.rule.byDay; // [{ day: 'TU' }]
 * ```
 */
export function parseRRule(text: string): ParseRRuleResult {
  try {
    return { ok: true, rule: parseParts(text) };
  } catch (e) {
    if (e instanceof Fail) return { ok: false, error: e.issue };
    throw e;
  }
}

function untilText(v: DateTimeValue): string {
  const compact = (s: string): string => s.replace(/[-:]/g, '');
  switch (v.type) {
    case 'date':
      return compact(v.date);
    case 'utc':
      return `${compact(v.dateTime)}Z`;
    case 'floating':
      return compact(v.dateTime);
    case 'zoned':
      // UNTIL has no TZID form; RFC 5545 wants UTC, which needs the zone
      // lookup the writer does. Written as floating local time here.
      return compact(v.dateTime);
  }
}

/**
 * Writes a rule in canonical form (see the module comment).
 *
 * @param rule - the rule
 * @returns the RRULE value, without the `RRULE:` prefix
 * @example
 * ```ts
 * formatRRule({ freq: 'MONTHLY', byDay: [{ day: 'TU', ordinal: 2 }] }); // 'FREQ=MONTHLY;BYDAY=2TU'
 * ```
 */
export function formatRRule(rule: RecurrenceRule): string {
  const parts = [`FREQ=${rule.freq}`];
  if (rule.until !== undefined) parts.push(`UNTIL=${untilText(rule.until)}`);
  if (rule.count !== undefined) parts.push(`COUNT=${String(rule.count)}`);
  if (rule.interval !== undefined) parts.push(`INTERVAL=${String(rule.interval)}`);
  const list = (name: string, values: readonly number[] | undefined): void => {
    if (values !== undefined) parts.push(`${name}=${values.join(',')}`);
  };
  list('BYSECOND', rule.bySecond);
  list('BYMINUTE', rule.byMinute);
  list('BYHOUR', rule.byHour);
  if (rule.byDay !== undefined) parts.push(`BYDAY=${rule.byDay.map((d) => `${d.ordinal === undefined ? '' : String(d.ordinal)}${d.day}`).join(',')}`);
  list('BYMONTHDAY', rule.byMonthDay);
  list('BYYEARDAY', rule.byYearDay);
  list('BYWEEKNO', rule.byWeekNo);
  list('BYMONTH', rule.byMonth);
  list('BYSETPOS', rule.bySetPos);
  if (rule.wkst !== undefined) parts.push(`WKST=${rule.wkst}`);
  if (rule.skip !== undefined) parts.push(`SKIP=${rule.skip}`);
  return parts.join(';');
}
