/**
 * A light reading of RRULE text, enough to tell whether a rule's dates
 * depend on DTSTART's phase (and so need the series' anchor date) and which
 * weekdays a weekly rule meets on. Full parsing is the recurrence engine's.
 *
 * @module
 */

/** The parts of an RRULE, upper-cased, by name. */
export type RRuleParts = ReadonlyMap<string, string>;

/**
 * Splits RRULE text into its parts.
 *
 * @param text - e.g. `FREQ=WEEKLY;BYDAY=TU`
 * @returns parts by name
 */
export function rruleParts(text: string): RRuleParts {
  const parts = new Map<string, string>();
  for (const piece of text.replace(/^RRULE:/i, '').split(';')) {
    const eq = piece.indexOf('=');
    if (eq > 0) parts.set(piece.slice(0, eq).trim().toUpperCase(), piece.slice(eq + 1).trim().toUpperCase());
  }
  return parts;
}

/**
 * Whether a rule's dates depend on where DTSTART falls: an interval above 1,
 * a COUNT, or a frequency with no BYxxx part to fix its days (a bare
 * `FREQ=MONTHLY` repeats DTSTART's day of the month).
 *
 * @param parts - the rule's parts
 * @returns true when the series needs a stated anchor date
 */
export function needsPhase(parts: RRuleParts): boolean {
  if (Number(parts.get('INTERVAL') ?? '1') > 1 || parts.has('COUNT')) return true;
  const freq = parts.get('FREQ');
  const has = (name: string) => parts.has(name);
  switch (freq) {
    case 'DAILY':
      return false;
    case 'WEEKLY':
      return !has('BYDAY');
    case 'MONTHLY':
      return !has('BYDAY') && !has('BYMONTHDAY');
    case 'YEARLY':
      return !has('BYDAY') && !has('BYMONTHDAY') && !has('BYYEARDAY') && !has('BYWEEKNO');
    default:
      return true;
  }
}

const ISO_WEEKDAY: Readonly<Record<string, number>> = { MO: 1, TU: 2, WE: 3, TH: 4, FR: 5, SA: 6, SU: 7 };

/**
 * ISO weekday numbers (1 = Monday) of a rule whose BYDAY lists plain weekdays
 * with FREQ=DAILY or WEEKLY, so DTSTART can be put on a meeting day;
 * `null` for other rules.
 *
 * @param parts - the rule's parts
 * @returns weekday numbers, or `null`
 */
export function plainWeekdays(parts: RRuleParts): number[] | null {
  const freq = parts.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'DAILY') return null;
  const byday = parts.get('BYDAY');
  if (byday === undefined) return freq === 'DAILY' ? [1, 2, 3, 4, 5, 6, 7] : null;
  const days = byday.split(',').map((d) => ISO_WEEKDAY[d]);
  return days.every((d): d is number => d !== undefined) ? days : null;
}
