// Calendar arithmetic on day numbers (days since 1970-01-01 in the proleptic
// Gregorian calendar). Records carry plain ISO dates, so counting days never
// needs a time zone; plain integers keep 1,000-record evaluations cheap.
import { daysFromCivil } from '../shared/day-number';

/** An inclusive span of day numbers. */
export interface DaySpan {
  /** First day (day number). */
  readonly start: number;
  /** Last day, inclusive (day number). */
  readonly end: number;
}

export { dayNumber, daysFromCivil } from '../shared/day-number';

/**
 * The calendar date of a day number.
 *
 * @param days - days since 1970-01-01
 * @returns `{ year, month, day }`
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * ISO text of a day number.
 *
 * @param days - days since 1970-01-01
 * @returns `YYYY-MM-DD`
 */
export function isoDate(days: number): string {
  const cached = isoCache.get(days);
  if (cached !== undefined) return cached;
  const { year, month, day } = civilFromDays(days);
  const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Reports name the same few deadlines over and over; keep the cache small.
  if (isoCache.size > 4096) isoCache.clear();
  isoCache.set(days, text);
  return text;
}

const isoCache = new Map<number, string>();

/**
 * Number of days in a calendar month.
 *
 * @param year - calendar year
 * @param month - 1–12
 * @returns 28–31
 */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_DAYS[month] ?? 31;
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
}

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The day `months` calendar months after `days`, clamped to the end of a
 * shorter month (Jan 31 + 1 month = Feb 28/29), as `Temporal.PlainDate.add`
 * does with the default `constrain` overflow.
 *
 * @param days - a day number
 * @param months - whole months to add (may be negative)
 * @returns the day number
 */
export function addMonths(days: number, months: number): number {
  const { year, month, day } = civilFromDays(days);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * Months in an inclusive span of days under the calendar-month-fraction
 * convention: every day is worth `1 / (days in its month)`, so July 1–31 and
 * February 1–28 are each exactly one month and July 1–15 is 15/31.
 *
 * @param start - first day number
 * @param end - last day number, inclusive
 * @returns months (0 when `end < start`)
 * @example
 * spanMonths(dayNumber('2026-07-01'), dayNumber('2026-08-31')); // 2
 */
export function spanMonths(start: number, end: number): number {
  if (end < start) return 0;
  const a = civilFromDays(start);
  const b = civilFromDays(end);
  if (a.year === b.year && a.month === b.month) return (end - start + 1) / daysInMonth(a.year, a.month);
  const firstDays = daysInMonth(a.year, a.month);
  const head = (firstDays - a.day + 1) / firstDays;
  const tail = b.day / daysInMonth(b.year, b.month);
  const whole = (b.year * 12 + b.month) - (a.year * 12 + a.month) - 1;
  return head + whole + tail;
}

/**
 * Subtracts sorted, non-overlapping spans from a span.
 *
 * @param span - the span to cut
 * @param holes - spans to remove, sorted by start and merged
 * @returns the pieces left, in order
 */
export function subtractSpans(span: DaySpan, holes: readonly DaySpan[]): DaySpan[] {
  const out: DaySpan[] = [];
  let cursor = span.start;
  for (const hole of holes) {
    if (hole.end < cursor) continue;
    if (hole.start > span.end) break;
    if (hole.start > cursor) out.push({ start: cursor, end: Math.min(span.end, hole.start - 1) });
    cursor = Math.max(cursor, hole.end + 1);
    if (cursor > span.end) break;
  }
  if (cursor <= span.end) out.push({ start: cursor, end: span.end });
  return out;
}

/**
 * Sorts spans and merges overlapping or touching ones.
 *
 * @param spans - spans in any order
 * @returns merged spans sorted by start
 */
export function mergeSpans(spans: readonly DaySpan[]): DaySpan[] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  const out: { start: number; end: number }[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s.start <= last.end + 1) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/**
 * Months in a span after leave is taken out.
 *
 * @param span - the span
 * @param leave - merged, sorted leave spans
 * @returns months under the calendar-month-fraction convention
 */
export function monthsLessLeave(span: DaySpan, leave: readonly DaySpan[]): number {
  if (span.end < span.start) return 0;
  if (!overlapsAny(span, leave)) return spanMonths(span.start, span.end);
  let total = 0;
  for (const piece of subtractSpans(span, leave)) total += spanMonths(piece.start, piece.end);
  return total;
}

/**
 * Days in a span after leave is taken out.
 *
 * @param span - the span
 * @param leave - merged, sorted leave spans
 * @returns whole days
 */
export function daysLessLeave(span: DaySpan, leave: readonly DaySpan[]): number {
  if (span.end < span.start) return 0;
  if (!overlapsAny(span, leave)) return span.end - span.start + 1;
  let total = 0;
  for (const piece of subtractSpans(span, leave)) total += piece.end - piece.start + 1;
  return total;
}

function overlapsAny(span: DaySpan, spans: readonly DaySpan[]): boolean {
  for (const s of spans) if (s.start <= span.end && s.end >= span.start) return true;
  return false;
}
