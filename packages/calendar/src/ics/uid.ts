/**
 * Stable UIDs derived from content, for events given without one.
 *
 * @module
 */

/**
 * A 64-bit FNV-1a hash of a string as 16 hex digits (two 32-bit halves with
 * different offsets, so it stays in 32-bit integer arithmetic).
 *
 * @param text - input
 * @returns 16 lower-case hex digits
 */
export function hash64(text: string): string {
  let a = 0x811c9dc5;
  let b = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (a >>> 7), 0x01000193) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

/**
 * Derives a UID from what identifies an event: its summary and when it
 * happens. The same content always gives the same UID.
 *
 * @param summary - the event's summary
 * @param series - its recurrence series (any JSON value)
 * @returns a UID like `3f2a…@gmekit`
 * @example
 * deriveUid('Tumor board', { start: { type: 'date', date: '2026-07-07' } });
 */
export function deriveUid(summary: string, series: unknown): string {
  return `${hash64(`${summary}\n${JSON.stringify(series)}`)}@gmekit`;
}
