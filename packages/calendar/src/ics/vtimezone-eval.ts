/**
 * Reading a VTIMEZONE: its observances (STANDARD/DAYLIGHT with DTSTART,
 * TZOFFSETFROM, TZOFFSETTO, a yearly RRULE and RDATEs) and the onset instants
 * they produce in given years. Enough to compare a custom VTIMEZONE (Outlook
 * writes one per Windows zone) with IANA zones; the yearly rules used in
 * practice are "nth/last weekday of a month" and "weekday on or after a day".
 *
 * @module
 */

/** A yearly observance rule as VTIMEZONEs write it. */
export interface YearlyRule {
  /** BYMONTH (1-12); the DTSTART month when absent. */
  readonly month?: number;
  /** BYDAY weekday, 0 = Sunday … 6 = Saturday. */
  readonly weekday?: number;
  /** BYDAY ordinal (`2SU` → 2, `-1SU` → -1); absent for a bare weekday. */
  readonly nth?: number;
  /** BYMONTHDAY values (older files write `BYMONTHDAY=8,9,...,14;BYDAY=SU`). */
  readonly monthDays?: readonly number[];
  /** UNTIL as epoch milliseconds. */
  readonly untilMs?: number;
  /** COUNT: how many yearly onsets the rule makes. */
  readonly count?: number;
}

/** One STANDARD or DAYLIGHT sub-component. */
export interface Observance {
  /** DTSTART as ISO local date-time (wall time in the offset before). */
  readonly start: string;
  /** TZOFFSETFROM in nanoseconds. */
  readonly fromNs: number;
  /** TZOFFSETTO in nanoseconds. */
  readonly toNs: number;
  /** The yearly rule, if the observance has a usable RRULE. */
  readonly rule?: YearlyRule;
  /** RDATE local date-times, ISO. */
  readonly rdates: readonly string[];
}

/** A parsed VTIMEZONE. */
export interface VTimezoneDef {
  /** Its TZID. */
  readonly tzid: string;
  /** Line of its BEGIN:VTIMEZONE. */
  readonly line: number;
  /** Its observances. */
  readonly observances: readonly Observance[];
  /** A stable text form, used as a cache key. */
  readonly signature: string;
}

/** One change of offset. */
export interface Onset {
  /** Epoch milliseconds. */
  readonly ms: number;
  /** Offset before, nanoseconds. */
  readonly fromNs: number;
  /** Offset after, nanoseconds. */
  readonly toNs: number;
}

const OFFSET_RE = /^([+-])(\d{2})(\d{2})(\d{2})?$/;

/**
 * Parses a UTC-OFFSET value (`-0800`, `+0530`, `+013045`).
 *
 * @param text - the value
 * @returns nanoseconds, or `undefined` when malformed
 */
export function parseUtcOffset(text: string): number | undefined {
  const m = OFFSET_RE.exec(text.trim());
  if (!m) return undefined;
  const [, sign, hh = '0', mm = '0', ss = '0'] = m;
  if (Number(hh) > 23 || Number(mm) > 59 || Number(ss) > 59) return undefined;
  const seconds = Number(hh) * 3600 + Number(mm) * 60 + Number(ss);
  return (sign === '-' ? -seconds : seconds) * 1e9;
}

const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/**
 * Parses the yearly RRULE of an observance; other frequencies are not used
 * by VTIMEZONEs in practice and give `undefined` (the observance then only
 * contributes its DTSTART and RDATEs).
 *
 * @param text - the RRULE value
 * @returns the rule, or `undefined`
 */
export function parseYearlyRule(text: string): YearlyRule | undefined {
  const parts = new Map<string, string>();
  for (const part of text.slice(0, 500).split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq).toUpperCase(), part.slice(eq + 1).toUpperCase());
  }
  if (parts.get('FREQ') !== 'YEARLY') return undefined;
  const rule: { -readonly [K in keyof YearlyRule]: YearlyRule[K] } = {};
  const month = Number(parts.get('BYMONTH') ?? 'NaN');
  if (Number.isInteger(month) && month >= 1 && month <= 12) rule.month = month;
  const byday = /^([+-]?\d)?(SU|MO|TU|WE|TH|FR|SA)$/.exec(parts.get('BYDAY') ?? '');
  if (byday) {
    rule.weekday = WEEKDAY_CODES.indexOf(byday[2] ?? 'SU');
    if (byday[1] !== undefined) rule.nth = Number(byday[1]);
  }
  const monthDays = (parts.get('BYMONTHDAY') ?? '').split(',').map(Number).filter((d) => Number.isInteger(d) && d >= 1 && d <= 31);
  if (monthDays.length > 0) rule.monthDays = monthDays;
  const until = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(parts.get('UNTIL') ?? '');
  if (until) {
    const [, y, mo, d, h = '23', mi = '59', s = '59'] = until;
    rule.untilMs = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  }
  const count = Number(parts.get('COUNT') ?? 'NaN');
  if (Number.isInteger(count) && count > 0) rule.count = count;
  return rule;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function ruleDay(rule: YearlyRule, year: number, month: number, startDay: number): number | undefined {
  const dim = daysIn(year, month);
  const { weekday, nth, monthDays } = rule;
  if (weekday !== undefined && nth !== undefined && nth !== 0) {
    if (nth > 0) {
      const day = 1 + ((weekday - weekdayOf(year, month, 1) + 7) % 7) + (nth - 1) * 7;
      return day <= dim ? day : undefined;
    }
    const day = dim - ((weekdayOf(year, month, dim) - weekday + 7) % 7) + (nth + 1) * 7;
    return day >= 1 ? day : undefined;
  }
  if (monthDays !== undefined) {
    for (const d of monthDays) if (d <= dim && (weekday === undefined || weekdayOf(year, month, d) === weekday)) return d;
    return undefined;
  }
  return startDay <= dim ? startDay : undefined;
}

/**
 * Lists the onsets of every observance within the given years, sorted.
 *
 * @param def - the VTIMEZONE
 * @param fromYear - first year
 * @param toYear - last year (inclusive)
 * @returns onset instants with offsets before and after
 */
export function evaluateOnsets(def: VTimezoneDef, fromYear: number, toYear: number): Onset[] {
  const out: Onset[] = [];
  for (const o of def.observances) {
    const sy = Number(o.start.slice(0, 4));
    const sm = Number(o.start.slice(5, 7));
    const sd = Number(o.start.slice(8, 10));
    const h = Number(o.start.slice(11, 13));
    const mi = Number(o.start.slice(14, 16));
    const s = Number(o.start.slice(17, 19));
    const at = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d, h, mi, s) - o.fromNs / 1e6;
    if (sy >= fromYear && sy <= toYear) out.push({ ms: at(sy, sm, sd), fromNs: o.fromNs, toNs: o.toNs });
    const rule = o.rule;
    if (rule !== undefined) {
      for (let y = Math.max(fromYear, sy + 1); y <= toYear; y++) {
        if (rule.count !== undefined && y - sy >= rule.count) break;
        const month = rule.month ?? sm;
        const day = ruleDay(rule, y, month, sd);
        if (day === undefined) continue;
        const ms = at(y, month, day);
        if (rule.untilMs !== undefined && ms > rule.untilMs) break;
        out.push({ ms, fromNs: o.fromNs, toNs: o.toNs });
      }
    }
    for (const r of o.rdates) {
      const y = Number(r.slice(0, 4));
      if (y < fromYear || y > toYear) continue;
      const local = Date.UTC(y, Number(r.slice(5, 7)) - 1, Number(r.slice(8, 10)), Number(r.slice(11, 13)), Number(r.slice(14, 16)), Number(r.slice(17, 19)));
      out.push({ ms: local - o.fromNs / 1e6, fromNs: o.fromNs, toNs: o.toNs });
    }
  }
  return out.sort((a, b) => a.ms - b.ms);
}
