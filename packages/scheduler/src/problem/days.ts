/**
 * Day numbers (days since 1970-01-01) for `YYYY-MM-DD` dates, so spans,
 * leave and PGY anniversaries are integer arithmetic with no time zone.
 *
 * @module
 */

/** An inclusive span of day numbers. */
export interface Span {
  /** First day. */
  readonly start: number;
  /** Last day (inclusive). */
  readonly end: number;
}

/**
 * Day number of a civil date (proleptic Gregorian).
 *
 * @param y - year
 * @param m - month 1–12
 * @param d - day 1–31
 * @returns days since 1970-01-01
 */
export function civilToDay(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Civil date of a day number.
 *
 * @param day - days since 1970-01-01
 * @returns year, month and day
 */
export function dayToCivil(day: number): { y: number; m: number; d: number } {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/**
 * Day number of `YYYY-MM-DD`.
 *
 * @param iso - the date
 * @returns days since 1970-01-01
 */
export function day(iso: string): number {
  return civilToDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/**
 * `YYYY-MM-DD` of a day number.
 *
 * @param n - days since 1970-01-01
 * @returns the date
 */
export function iso(n: number): string {
  const { y, m, d } = dayToCivil(n);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthLength(y: number, m: number): number {
  return civilToDay(m === 12 ? y + 1 : y, m === 12 ? 1 : m + 1, 1) - civilToDay(y, m, 1);
}

/**
 * Adds whole months, keeping the day of month where it exists and
 * otherwise the month's last day (the convention of the requirements engine).
 *
 * @param n - a day number
 * @param months - months to add
 * @returns the day number
 */
export function addMonths(n: number, months: number): number {
  const { y, m, d } = dayToCivil(n);
  const index = y * 12 + (m - 1) + months;
  const ny = Math.floor(index / 12);
  const nm = index - ny * 12 + 1;
  return civilToDay(ny, nm, Math.min(d, monthLength(ny, nm)));
}

/**
 * Merges spans into sorted, non-overlapping ones.
 *
 * @param spans - spans in any order
 * @returns merged spans
 */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last !== undefined && s.start <= last.end + 1) out[out.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
    else out.push(s);
  }
  return out;
}

/**
 * The pieces of a span not covered by merged holes.
 *
 * @param span - the span
 * @param holes - merged, sorted spans to take out
 * @returns the pieces left, in order
 */
export function without(span: Span, holes: readonly Span[]): Span[] {
  const out: Span[] = [];
  let from = span.start;
  for (const h of holes) {
    if (h.end < from || h.start > span.end) continue;
    if (h.start > from) out.push({ start: from, end: h.start - 1 });
    from = Math.max(from, h.end + 1);
  }
  if (from <= span.end) out.push({ start: from, end: span.end });
  return out;
}
