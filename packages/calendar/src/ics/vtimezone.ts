/**
 * VTIMEZONE generation from the real IANA transitions (Temporal
 * `getTimeZoneTransition`). Every transition in the covered years becomes
 * an explicit observance, which is exact; the transitions of the last covered
 * year additionally carry a yearly RRULE when the next year follows the same
 * "nth weekday of the month" rule, so clients that rely on the VTIMEZONE
 * (Outlook) stay right after the covered range too.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';

/**
 * Formats a UTC offset in iCalendar form: `+HHMM`, or `+HHMMSS` when the
 * seconds are not zero (historical local mean times).
 *
 * @param offsetNs - the offset in nanoseconds
 * @returns e.g. `-0800`
 * @example
 * formatUtcOffset(5.5 * 3600e9); // '+0530'
 */
export function formatUtcOffset(offsetNs: number): string {
  const total = Math.round(offsetNs / 1e9);
  const sign = total < 0 ? '-' : '+';
  const abs = Math.abs(total);
  const hh = String(Math.floor(abs / 3600)).padStart(2, '0');
  const mm = String(Math.floor((abs % 3600) / 60)).padStart(2, '0');
  const ss = abs % 60;
  return `${sign}${hh}${mm}${ss === 0 ? '' : String(ss).padStart(2, '0')}`;
}

const WEEKDAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

interface Transition {
  /** Epoch milliseconds of the change. */
  readonly ms: number;
  /** Offset before, in nanoseconds. */
  readonly from: number;
  /** Offset after, in nanoseconds. */
  readonly to: number;
  /** Local wall time of the change in the offset before. */
  readonly local: Temporal.PlainDateTime;
}

function offsetAt(ms: number, zone: string): number {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(zone).offsetNanoseconds;
}

function makeTransition(zdt: Temporal.ZonedDateTime, zone: string): Transition {
  const ms = zdt.epochMilliseconds;
  const from = offsetAt(ms - 1, zone);
  const local = Temporal.Instant.fromEpochMilliseconds(ms + from / 1e6).toZonedDateTimeISO('UTC').toPlainDateTime();
  return { ms, from, to: zdt.offsetNanoseconds, local };
}

/** The yearly rule a transition follows, e.g. `FREQ=YEARLY;BYMONTH=3;BYDAY=2SU`. */
function yearlyRule(local: Temporal.PlainDateTime): string {
  const nth = local.day + 7 > local.daysInMonth ? -1 : Math.ceil(local.day / 7);
  return `FREQ=YEARLY;BYMONTH=${local.month};BYDAY=${nth}${WEEKDAYS[local.dayOfWeek - 1] ?? 'SU'}`;
}

function followsRule(next: Transition | undefined, t: Transition): boolean {
  if (next === undefined) return false;
  const a = next.local;
  const b = t.local;
  return (
    a.year === b.year + 1 &&
    a.month === b.month &&
    a.dayOfWeek === b.dayOfWeek &&
    a.hour === b.hour &&
    a.minute === b.minute &&
    next.from === t.from &&
    next.to === t.to &&
    yearlyRule(a) === yearlyRule(b)
  );
}

const cache = new Map<string, readonly string[]>();

/**
 * Builds the content lines of a VTIMEZONE for an IANA zone covering the given
 * years. A zone without transitions in those years (UTC, Asia/Kolkata) gets a
 * single STANDARD observance.
 *
 * @param zone - IANA time-zone name
 * @param fromYear - first calendar year that must be described exactly
 * @param toYear - last calendar year that must be described exactly
 * @returns unfolded content lines from `BEGIN:VTIMEZONE` to `END:VTIMEZONE`
 * @throws RangeError when the zone is not a known IANA zone
 * @example
 * vtimezoneLines('America/Los_Angeles', 2026, 2032)[0]; // 'BEGIN:VTIMEZONE'
 */
export function vtimezoneLines(zone: string, fromYear: number, toYear: number): readonly string[] {
  const key = `${zone} ${fromYear} ${toYear}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const start = Temporal.ZonedDateTime.from({ timeZone: zone, year: fromYear, month: 1, day: 1 });
  const endMs = Temporal.ZonedDateTime.from({ timeZone: zone, year: toYear + 1, month: 1, day: 1 }).epochMilliseconds;
  const transitions: Transition[] = [];
  let t = start.getTimeZoneTransition('next');
  while (t && t.epochMilliseconds < endMs && transitions.length < 4000) {
    transitions.push(makeTransition(t, zone));
    t = t.getTimeZoneTransition('next');
  }
  const after = t ? makeTransition(t, zone) : undefined;
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zone}`, `X-LIC-LOCATION:${zone}`];
  if (transitions.length === 0) {
    const offset = formatUtcOffset(start.offsetNanoseconds);
    lines.push('BEGIN:STANDARD', 'DTSTART:19700101T000000', `TZOFFSETFROM:${offset}`, `TZOFFSETTO:${offset}`, 'END:STANDARD');
  } else {
    const previous = start.getTimeZoneTransition('previous');
    const all = previous ? [makeTransition(previous, zone), ...transitions] : transitions;
    // The transitions of the last covered year repeat yearly when the first
    // ones of the year after follow the same rule.
    const lastYear = transitions.filter((x) => x.local.year === toYear);
    const nextYear: Transition[] = [];
    let n = after;
    let probe = t;
    while (n && probe && n.local.year === toYear + 1 && nextYear.length < 4) {
      nextYear.push(n);
      probe = probe.getTimeZoneTransition('next');
      n = probe ? makeTransition(probe, zone) : undefined;
    }
    const ruled = new Set<Transition>();
    if (lastYear.length > 0 && lastYear.length === nextYear.length && lastYear.every((x, i) => followsRule(nextYear[i], x))) {
      for (const x of lastYear) ruled.add(x);
    }
    for (const x of all) {
      const kind = x.to > x.from ? 'DAYLIGHT' : 'STANDARD';
      lines.push(
        `BEGIN:${kind}`,
        `DTSTART:${x.local.toString().replace(/[-:]/g, '').slice(0, 15)}`,
        `TZOFFSETFROM:${formatUtcOffset(x.from)}`,
        `TZOFFSETTO:${formatUtcOffset(x.to)}`,
      );
      if (ruled.has(x)) lines.push(`RRULE:${yearlyRule(x.local)}`);
      lines.push(`END:${kind}`);
    }
  }
  lines.push('END:VTIMEZONE');
  if (cache.size > 256) cache.clear();
  cache.set(key, lines);
  return lines;
}
