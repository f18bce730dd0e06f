// Month and leave arithmetic on day numbers (days since 1970-01-01). Records
// carry plain ISO dates, so counting days never needs a time zone; the day
// numbers themselves come from the model's one calendar module.
import { civilFromDays, type DaySpan, daysInMonth, subtractSpans } from '@gmekit/model';

/**
 * Months in an inclusive span of days under the calendar-month-fraction
 * convention: every day is worth `1 / (days in its month)`, so July 1–31 and
 * February 1–28 are each exactly one month and July 1–15 is 15/31.
 *
 * @param start - first day number
 * @param end - last day number, inclusive
 * @returns months (0 when `end < start`)
 * @example
 * spanMonths(daysOfIsoDate('2026-07-01'), daysOfIsoDate('2026-08-31')); // 2
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
