/**
 * The date window a feed request asks for: `?from=YYYY-MM-DD&to=YYYY-MM-DD`,
 * or `?past=N&future=N` days around today, or the server's default. Anything
 * else — a malformed or impossible date, only one bound, a reversed window, a
 * window longer than the server allows — is a {@link RequestError} with a
 * clear message, so no request can ask for an unbounded expansion.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';

/** A request the server refuses, with the HTTP status and a one-line reason. */
export class RequestError extends Error {
  /** HTTP status (4xx). */
  readonly status: number;

  /**
   * @param status - HTTP status
   * @param message - what is wrong, for the response body
   */
  constructor(status: number, message: string) {
    super(message);
    this.name = 'RequestError';
    this.status = status;
  }
}

/** Inclusive local dates. */
export interface FeedWindow {
  /** First date, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last date (inclusive), `YYYY-MM-DD`. */
  readonly end: string;
}

/** How windows are chosen and bounded. */
export interface WindowPolicy {
  /** Days before today in the default window. */
  readonly pastDays: number;
  /** Days after today in the default window. */
  readonly futureDays: number;
  /** Longest window a request may ask for, in days (both ends counted). */
  readonly maxDays: number;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Dates a feed can be asked for: the four-digit years of ISO 8601 without an expansion. */
export const FIRST_DATE = '0001-01-01';
/** Last date a feed can be asked for. */
export const LAST_DATE = '9999-12-31';

function parseDate(name: string, text: string): Temporal.PlainDate {
  const m = DATE.exec(text);
  if (!m) throw new RequestError(400, `${name}: expected a date YYYY-MM-DD, got ${JSON.stringify(text.slice(0, 40))}`);
  try {
    const date = Temporal.PlainDate.from({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { overflow: 'reject' });
    if (date.year < 1) throw new RangeError('year 0');
    return date;
  } catch {
    throw new RequestError(400, `${name}: ${text} is not a calendar date (dates run from ${FIRST_DATE} to ${LAST_DATE})`);
  }
}

function parseDays(name: string, text: string, max: number): number {
  if (!/^\d{1,5}$/.test(text)) throw new RequestError(400, `${name}: expected a whole number of days, got ${JSON.stringify(text.slice(0, 40))}`);
  const n = Number(text);
  if (n > max) throw new RequestError(400, `${name}: at most ${max} days`);
  return n;
}

/**
 * Reads the window of a request.
 *
 * @param query - the request's query parameters
 * @param today - today's date in the feed's zone
 * @param policy - defaults and the longest window allowed
 * @returns the window
 * @throws {@link RequestError} for anything but a sane, bounded window
 */
export function readWindow(query: URLSearchParams, today: Temporal.PlainDate, policy: WindowPolicy): FeedWindow {
  for (const key of query.keys()) {
    if (!['from', 'to', 'past', 'future'].includes(key)) throw new RequestError(400, `unknown query parameter ${JSON.stringify(key.slice(0, 40))}; use from and to, or past and future`);
    if (query.getAll(key).length > 1) throw new RequestError(400, `${key}: given more than once`);
  }
  const from = query.get('from');
  const to = query.get('to');
  const past = query.get('past');
  const future = query.get('future');
  let start: Temporal.PlainDate;
  let end: Temporal.PlainDate;
  if (from !== null || to !== null) {
    if (past !== null || future !== null) throw new RequestError(400, 'give either from and to, or past and future, not both');
    if (from === null || to === null) throw new RequestError(400, `an unbounded window: give both from and to (only ${from === null ? 'to' : 'from'} was given)`);
    start = parseDate('from', from);
    end = parseDate('to', to);
  } else {
    start = today.subtract({ days: past === null ? policy.pastDays : parseDays('past', past, policy.maxDays) });
    end = today.add({ days: future === null ? policy.futureDays : parseDays('future', future, policy.maxDays) });
  }
  if (start.year < 1 || end.year > 9999) throw new RequestError(400, `the window ${start.toString()} to ${end.toString()} leaves ${FIRST_DATE} – ${LAST_DATE}`);
  if (Temporal.PlainDate.compare(end, start) < 0) throw new RequestError(400, `a reversed window: to (${end.toString()}) is before from (${start.toString()})`);
  const days = start.until(end).days + 1;
  if (days > policy.maxDays) throw new RequestError(400, `the window is ${days} days; at most ${policy.maxDays} are served`);
  return { start: start.toString(), end: end.toString() };
}
