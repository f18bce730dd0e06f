/**
 * Inclusive spans of day numbers: merging and cutting, for leave, rotations
 * and scheduling windows.
 *
 * @module
 */

/** An inclusive span of day numbers. */
export interface DaySpan {
  /** First day (day number). */
  readonly start: number;
  /** Last day, inclusive (day number). */
  readonly end: number;
}

/**
 * Sorts spans and merges overlapping or touching ones.
 *
 * @param spans - spans in any order
 * @returns merged spans sorted by start
 * @example
 * mergeSpans([{ start: 5, end: 9 }, { start: 1, end: 4 }]); // [{ start: 1, end: 9 }]
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
 * Subtracts sorted, non-overlapping spans from a span.
 *
 * @param span - the span to cut
 * @param holes - spans to remove, sorted by start and merged
 * @returns the pieces left, in order
 * @example
 * subtractSpans({ start: 1, end: 10 }, [{ start: 4, end: 5 }]); // [{ start: 1, end: 3 }, { start: 6, end: 10 }]
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
