import { daysFromCivil, daysInMonth, readDigits } from '@gmekit/model';
/**
 * Hand-written parsing of ISO 8601 instants into epoch milliseconds.
 *
 * The audit reads hundreds of thousands of instants per call; going through
 * `Temporal.Instant.from` for each one costs microseconds, so the common form
 * `YYYY-MM-DDTHH:MM[:SS][.fff…](Z|±HH:MM)[Zone]` is decoded here by
 * arithmetic. Temporal is still used for everything that needs the zone
 * database (local days, see `zone-days.ts`).
 */

const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

/** An instant decoded from text. */
export interface ParsedInstant {
  /** Milliseconds since 1970-01-01T00:00Z (sub-millisecond digits are dropped). */
  readonly ms: number;
  /** The bracketed IANA zone, when the text carries one. */
  readonly zone: string | undefined;
  /** The UTC offset written in the text, in minutes east of UTC. */
  readonly offsetMinutes: number;
}

/** Offset (minutes east of UTC) of the last instant {@link instantMs} decoded. */
let lastOffset = 0;
/** Index of `[` in the last instant {@link instantMs} decoded, or -1. */
let lastBracket = -1;

function zoneCharOk(c: number): boolean {
  // [A-Za-z0-9_/+-], as InstantSchema allows inside the brackets.
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || c === 47 || c === 43 || c === 45;
}

/**
 * Decodes an instant written as `YYYY-MM-DDTHH:MM[:SS][.f…](Z|±HH:MM)`
 * optionally followed by `[Zone]` — the form `InstantSchema` accepts — to
 * epoch milliseconds without allocating (this is the audit's hot path).
 *
 * @param text - the instant as text
 * @returns epoch milliseconds (sub-millisecond digits dropped), or `NaN` when
 *   the text is not such an instant (no offset, impossible date or time,
 *   trailing garbage)
 * @example
 * instantMs('2026-07-01T07:00-07:00'); // Date.UTC(2026, 6, 1, 14)
 */
export function instantMs(text: string): number {
  const n = text.length;
  if (n < 17) return Number.NaN;
  // Digits are read inline (c - 48 must be 0–9); a non-digit makes d < 0 or > 9.
  const y0 = text.charCodeAt(0) - 48;
  const y1 = text.charCodeAt(1) - 48;
  const y2 = text.charCodeAt(2) - 48;
  const y3 = text.charCodeAt(3) - 48;
  const m0 = text.charCodeAt(5) - 48;
  const m1 = text.charCodeAt(6) - 48;
  const d0 = text.charCodeAt(8) - 48;
  const d1 = text.charCodeAt(9) - 48;
  const h0 = text.charCodeAt(11) - 48;
  const h1 = text.charCodeAt(12) - 48;
  const i0 = text.charCodeAt(14) - 48;
  const i1 = text.charCodeAt(15) - 48;
  if (
    (y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1 | h0 | h1 | i0 | i1) < 0 ||
    y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9 || h0 > 9 || h1 > 9 || i0 > 9 || i1 > 9
  ) {
    return Number.NaN;
  }
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45 || text.charCodeAt(10) !== 84 || text.charCodeAt(13) !== 58) return Number.NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  const hour = h0 * 10 + h1;
  const minute = i0 * 10 + i1;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59) return Number.NaN;
  if (day > 28 && day > daysInMonth(year, month)) return Number.NaN;
  let i = 16;
  let second = 0;
  let millis = 0;
  if (text.charCodeAt(i) === 58) {
    second = readDigits(text, i + 1, 2);
    if (second < 0 || second > 59) return Number.NaN;
    i += 3;
    if (text.charCodeAt(i) === 46) {
      let count = 0;
      i++;
      while (i < n && count < 9) {
        const c = text.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        if (count < 3) millis = millis * 10 + c;
        count++;
        i++;
      }
      if (count === 0) return Number.NaN;
      if (count === 1) millis *= 100;
      else if (count === 2) millis *= 10;
    }
  }
  let offsetMinutes: number;
  const sign = text.charCodeAt(i);
  if (sign === 90) {
    offsetMinutes = 0;
    i += 1;
  } else if (sign === 43 || sign === 45) {
    const oh = readDigits(text, i + 1, 2);
    const om = readDigits(text, i + 4, 2);
    if (text.charCodeAt(i + 3) !== 58 || oh < 0 || oh > 23 || om < 0 || om > 59) return Number.NaN;
    offsetMinutes = (sign === 45 ? -1 : 1) * (oh * 60 + om);
    i += 6;
  } else {
    return Number.NaN;
  }
  let bracket = -1;
  if (i < n) {
    if (text.charCodeAt(i) !== 91 || text.charCodeAt(n - 1) !== 93 || n - i < 3) return Number.NaN;
    // Most rows repeat one zone: compare with the last checked suffix first.
    if (n - i !== lastSuffix.length || !text.endsWith(lastSuffix)) {
      for (let k = i + 1; k < n - 1; k++) if (!zoneCharOk(text.charCodeAt(k))) return Number.NaN;
      lastSuffix = text.slice(i);
    }
    bracket = i;
  }
  lastOffset = offsetMinutes;
  lastBracket = bracket;
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + millis - offsetMinutes * MS_PER_MINUTE;
}

let lastSuffix = '';

/**
 * Decodes an instant with its offset and bracketed zone.
 *
 * @param text - the instant as text
 * @returns the decoded instant, or `undefined` when the text is not an
 *   instant `InstantSchema` would accept
 * @example
 * parseInstant('2026-07-01T07:00-07:00[America/Los_Angeles]')?.zone; // 'America/Los_Angeles'
 */
export function parseInstant(text: string): ParsedInstant | undefined {
  const ms = instantMs(text);
  if (Number.isNaN(ms)) return undefined;
  return { ms, zone: lastBracket < 0 ? undefined : text.slice(lastBracket + 1, -1), offsetMinutes: lastOffset };
}

/** Milliseconds in a 24-hour day (elapsed time, not a local calendar day). */
export const DAY_MS = MS_PER_DAY;
/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;
