/**
 * DATE and DATE-TIME values (RFC 5545 §3.3.4, §3.3.5): strict parsing with a
 * reason for every rejection, and formatting for the writer.
 *
 * @module
 */
import { daysInMonth } from '@gmekit/model';
import type { DateTimeValue } from '../recurrence/types';

/** A DATE or DATE-TIME parsed from text, before any TZID is applied. */
export type ParsedDateText =
  | { readonly ok: true; readonly kind: 'date'; readonly iso: string }
  | { readonly ok: true; readonly kind: 'date-time'; readonly iso: string; readonly utc: boolean; readonly leapSecond: boolean }
  | { readonly ok: false; readonly message: string };

const DATE_RE = /^(\d{4})(\d{2})(\d{2})$/;
const DATE_TIME_RE = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(Z?)$/;

function checkDate(y: string, m: string, d: string): string | undefined {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12) return `month ${m} is not 01-12`;
  if (day < 1 || day > daysInMonth(Number(y), month)) return `day ${d} does not exist in ${y}-${m}`;
  return undefined;
}

/**
 * Parses `YYYYMMDD` or `YYYYMMDDTHHMMSS[Z]`, validating month lengths, leap
 * years and clock ranges. A leap second (`60`) is accepted and clamped to
 * `59` because Temporal has no leap seconds; `leapSecond` says so.
 *
 * @param text - the value text
 * @param expect - the value type the property says it holds, if it says
 * @returns the ISO form (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM:SS`) or why not
 * @example
 * parseDateText('20260707T070000'); // { ok: true, kind: 'date-time', iso: '2026-07-07T07:00:00', utc: false, leapSecond: false }
 */
export function parseDateText(text: string, expect?: 'date' | 'date-time'): ParsedDateText {
  const date = expect !== 'date-time' ? DATE_RE.exec(text) : null;
  if (date) {
    const [, y = '', m = '', d = ''] = date;
    const bad = checkDate(y, m, d);
    if (bad !== undefined) return { ok: false, message: `invalid DATE ${JSON.stringify(text)}: ${bad}` };
    return { ok: true, kind: 'date', iso: `${y}-${m}-${d}` };
  }
  const dt = expect !== 'date' ? DATE_TIME_RE.exec(text) : null;
  if (!dt) {
    const wanted = expect === 'date' ? 'YYYYMMDD' : expect === 'date-time' ? 'YYYYMMDDTHHMMSS[Z]' : 'YYYYMMDD or YYYYMMDDTHHMMSS[Z]';
    return { ok: false, message: `invalid ${expect === 'date' ? 'DATE' : 'DATE-TIME'} ${JSON.stringify(text.slice(0, 40))}: expected ${wanted}` };
  }
  const [, y = '', m = '', d = '', hh = '', mm = '', ss = '', z = ''] = dt;
  const bad = checkDate(y, m, d);
  if (bad !== undefined) return { ok: false, message: `invalid DATE-TIME ${JSON.stringify(text)}: ${bad}` };
  if (Number(hh) > 23) return { ok: false, message: `invalid DATE-TIME ${JSON.stringify(text)}: hour ${hh} is not 00-23` };
  if (Number(mm) > 59) return { ok: false, message: `invalid DATE-TIME ${JSON.stringify(text)}: minute ${mm} is not 00-59` };
  if (Number(ss) > 60) return { ok: false, message: `invalid DATE-TIME ${JSON.stringify(text)}: second ${ss} is not 00-60` };
  const leapSecond = ss === '60';
  return { ok: true, kind: 'date-time', iso: `${y}-${m}-${d}T${hh}:${mm}:${leapSecond ? '59' : ss}`, utc: z === 'Z', leapSecond };
}

/**
 * Formats an ISO date (`YYYY-MM-DD`) or local date-time
 * (`YYYY-MM-DDTHH:MM:SS`, seconds optional) in iCalendar basic form.
 *
 * @param iso - ISO text as held in a {@link DateTimeValue}
 * @returns `YYYYMMDD` or `YYYYMMDDTHHMMSS`
 * @example
 * compactIso('2026-07-07T07:00:00'); // '20260707T070000'
 */
export function compactIso(iso: string): string {
  if (iso.length === 10) return iso.slice(0, 4) + iso.slice(5, 7) + iso.slice(8, 10);
  const seconds = iso.length >= 19 ? iso.slice(17, 19) : '00';
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${seconds}`;
}

/**
 * Formats a value's text as it appears after the colon (no parameters).
 *
 * @param value - the value
 * @returns `YYYYMMDD`, `YYYYMMDDTHHMMSS` or `YYYYMMDDTHHMMSSZ`
 */
export function formatDateTimeText(value: DateTimeValue): string {
  if (value.type === 'date') return compactIso(value.date);
  return compactIso(value.dateTime) + (value.type === 'utc' ? 'Z' : '');
}

/**
 * Formats a UTC instant given as ISO text (`2026-07-01T00:00:00Z`, with or
 * without fractional seconds) as an iCalendar UTC DATE-TIME.
 *
 * @param instant - ISO 8601 instant in UTC
 * @returns `YYYYMMDDTHHMMSSZ`
 */
export function formatUtcInstant(instant: string): string {
  return `${compactIso(instant.slice(0, 19))}Z`;
}
