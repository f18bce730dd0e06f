import { Temporal } from 'temporal-polyfill';
import { usageError } from '../errors';

/**
 * Parses a date option strictly as `YYYY-MM-DD` naming a real day.
 *
 * @param option - option name for messages, e.g. `--from`
 * @param text - the value typed
 * @returns the date
 * @throws CliError (usage) for anything else, e.g. `2026-02-30` or `7/1/2026`
 */
export function parseDateOption(option: string, text: string): Temporal.PlainDate {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) throw usageError(`${option}: expected a date as YYYY-MM-DD, got "${text}"`);
  try {
    return Temporal.PlainDate.from({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { overflow: 'reject' });
  } catch {
    throw usageError(`${option}: "${text}" is not a real calendar date`);
  }
}

/** An inclusive window of dates. */
export interface DateWindow {
  /** First day. */
  readonly from: Temporal.PlainDate;
  /** Last day (inclusive). */
  readonly to: Temporal.PlainDate;
}

/**
 * Parses a `--from`/`--to` pair: both must be dates, in order, and, when
 * `maxDays` is given, no longer than that. Commands that expand recurrences
 * bound their work by occurrence count instead, so a window may be as long as
 * a residency.
 *
 * @param from - `--from` value
 * @param to - `--to` value
 * @param maxDays - longest window accepted (default: any)
 * @returns the window
 * @throws CliError for a missing, malformed, reversed or too long window
 */
export function parseWindow(from: string | undefined, to: string | undefined, maxDays = Number.POSITIVE_INFINITY): DateWindow {
  if (from === undefined || to === undefined) throw usageError(`a window needs both --from <date> and --to <date>`);
  const a = parseDateOption('--from', from);
  const b = parseDateOption('--to', to);
  if (Temporal.PlainDate.compare(a, b) > 0) throw usageError(`--from ${from} is after --to ${to}`);
  const days = a.until(b, { largestUnit: 'days' }).days + 1;
  if (days > maxDays) throw usageError(`the window ${from}..${to} is ${days} days; at most ${maxDays} days are expanded at once`);
  return { from: a, to: b };
}
