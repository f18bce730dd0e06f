import { Temporal } from 'temporal-polyfill';
import { SchedulingInputError } from '../problem/input-error';

/**
 * `2026-07-06T07:00:00-07:00`, `…T07:00Z`, `…T07:00:00.250+05:30`, each
 * perhaps with one zone name in brackets (`…-07:00[America/Los_Angeles]`,
 * as schedules write them): hours 00–23, seconds 00–59, an offset always.
 */
const PLAIN_INSTANT = /^(\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d))(\[[A-Za-z][A-Za-z0-9_+\-/]*\])?$/;

/**
 * Epoch milliseconds of an instant with a UTC offset (and, optionally, a
 * bracketed zone), as `Temporal.Instant.from` reads it.
 *
 * The plain form — an offset, no leap second — is ECMAScript's own
 * date-time string format, which `Date.parse` reads exactly (never as local
 * time: the offset is always there) and some fifteen times faster than the
 * polyfill; a long span's window reads a history of thousands. A zone name
 * in brackets after it changes nothing, as `Temporal.Instant.from` reads
 * only the offset. Anything else goes to Temporal.
 *
 * @param text - the instant
 * @param path - where it is in the input, for the error
 * @returns epoch milliseconds
 * @throws SchedulingInputError when the text is not an instant with an offset
 * @example
 * instantMs('2026-11-01T01:30:00-08:00', ['start']); // 1793525400000
 */
export function instantMs(text: string, path: (string | number)[]): number {
  const plain = PLAIN_INSTANT.exec(text)?.[1];
  if (plain !== undefined) {
    const ms = Date.parse(plain);
    if (Number.isFinite(ms)) return ms;
  }
  try {
    return Temporal.Instant.from(text).epochMilliseconds;
  } catch {
    throw new SchedulingInputError(path, `${path.join('.')}: "${text}" is not an instant with an offset`);
  }
}
