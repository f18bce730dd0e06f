/**
 * Input errors shared by the academic, timeline, holiday and conference
 * helpers. They carry a stable code and the path of the offending input so a
 * caller can turn them into a finding; the message alone says what was wrong
 * and what was expected.
 *
 * @module
 */
import { GmekitError } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';

/** Stable codes of {@link CalendarInputError}. */
export type CalendarInputErrorCode =
  | 'invalid-date'
  | 'invalid-option'
  | 'invalid-window'
  | 'unknown-time-zone'
  | 'unsupported-year'
  | 'program-length';

/**
 * Thrown when an argument cannot be used at all (an impossible date, a window
 * that ends before it starts, an option out of range). Problems in the data
 * itself (an unstated conference time) are reported as findings instead.
 */
export class CalendarInputError extends GmekitError {
  /** Stable machine code. */
  declare readonly code: CalendarInputErrorCode;

  /**
   * @param code - stable machine code
   * @param path - path of the offending argument
   * @param message - what was wrong and what was expected
   */
  constructor(code: CalendarInputErrorCode, path: readonly (string | number)[], message: string) {
    super(code, path, message);
    this.name = 'CalendarInputError';
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads an ISO calendar date strictly: `2027-02-29` is rejected rather than
 * clamped to the 28th, because a silently moved date is a wrong answer.
 *
 * @param value - `YYYY-MM-DD` text or a PlainDate
 * @param path - argument path for the error
 * @returns the date
 * @throws {@link CalendarInputError} when the text is not a real calendar date
 */
export function toPlainDate(value: string | Temporal.PlainDate, path: readonly (string | number)[]): Temporal.PlainDate {
  if (typeof value !== 'string') return value;
  if (!ISO_DATE.test(value)) {
    throw new CalendarInputError('invalid-date', path, `${pathText(path)}: expected a date as YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  try {
    return Temporal.PlainDate.from(value, { overflow: 'reject' });
  } catch {
    throw new CalendarInputError('invalid-date', path, `${pathText(path)}: ${value} is not a real calendar date`);
  }
}

/**
 * Checks that a zone name is one the runtime's zone database knows.
 *
 * @param timeZone - IANA zone name
 * @param path - argument path for the error
 * @returns the canonical zone id
 * @throws {@link CalendarInputError} for an unknown zone
 */
export function checkTimeZone(timeZone: string, path: readonly (string | number)[]): string {
  try {
    return new Temporal.PlainDate(2000, 1, 1).toZonedDateTime(timeZone).timeZoneId;
  } catch {
    throw new CalendarInputError(
      'unknown-time-zone',
      path,
      `${pathText(path)}: unknown time zone ${JSON.stringify(timeZone)}; expected an IANA name such as America/Los_Angeles`,
    );
  }
}

/**
 * Writes an argument path the way people read it.
 *
 * @param path - path segments
 * @returns e.g. `window.end` or `leave[2].start`
 */
export function pathText(path: readonly (string | number)[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment}]` : out === '' ? segment : `.${segment}`;
  return out === '' ? 'input' : out;
}
