import { formatIsoDate } from '@gmekit/model';
import { Temporal } from 'temporal-polyfill';
import { DAY_MS } from './instant';

/**
 * Local calendar days of one time zone, as epoch day numbers, with the
 * instant each day starts at.
 *
 * Day-off counting, call nights and averaging windows work in the trainee's
 * local calendar days, while hours are real elapsed time. Asking Temporal for
 * every instant would dominate the audit's run time, so each day's start is
 * computed once per zone (Temporal's `startOfDay`, which also handles zones
 * whose midnight falls in a DST gap) and cached; mapping an instant to its
 * day is then two array reads.
 */
export class ZoneDays {
  /** The zone: an IANA name or a fixed offset such as `+05:30`. */
  readonly zone: string;
  private base = 0;
  private starts = new Float64Array(0);
  private readonly fixedOffsetMs: number | undefined;

  /**
   * @param zone - an IANA zone name or a fixed `±HH:MM` offset
   * @throws RangeError when the runtime does not know the zone
   */
  constructor(zone: string) {
    this.zone = zone;
    if (zone === 'UTC' || zone === 'Etc/UTC') this.fixedOffsetMs = 0;
    else if (/^[+-]\d{2}:\d{2}$/.test(zone)) {
      const minutes = Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6));
      this.fixedOffsetMs = (zone.startsWith('-') ? -minutes : minutes) * 60_000;
    } else {
      this.fixedOffsetMs = undefined;
      // Fail early with the zone's name rather than deep inside the audit.
      Temporal.Now.zonedDateTimeISO(zone);
    }
  }

  /**
   * The instant a local day starts at.
   *
   * @param day - epoch day number of the local date
   * @returns epoch milliseconds of the day's first instant
   */
  dayStart(day: number): number {
    if (this.fixedOffsetMs !== undefined) return day * DAY_MS - this.fixedOffsetMs;
    let index = day - this.base;
    if (index < 0 || index >= this.starts.length) {
      this.grow(day);
      index = day - this.base;
    }
    let value = this.starts[index] ?? Number.NaN;
    if (Number.isNaN(value)) {
      value = Temporal.PlainDate.from(formatIsoDate(day)).toZonedDateTime({ timeZone: this.zone }).epochMilliseconds;
      this.starts[index] = value;
    }
    return value;
  }

  /**
   * The local calendar day an instant falls on.
   *
   * @param ms - epoch milliseconds
   * @returns the epoch day number of the local date
   */
  dayOf(ms: number): number {
    // UTC offsets are under a day, so the local date is the UTC date or a
    // neighbour of it.
    let day = Math.floor(ms / DAY_MS);
    if (ms < this.dayStart(day)) day--;
    else if (ms >= this.dayStart(day + 1)) day++;
    return day;
  }

  private grow(day: number): void {
    if (this.starts.length === 0) {
      this.base = day - 64;
      this.starts = new Float64Array(512).fill(Number.NaN);
      return;
    }
    const lo = Math.min(this.base, day - 64);
    const hi = Math.max(this.base + this.starts.length, day + 64);
    const next = new Float64Array(Math.max(hi - lo, this.starts.length * 2)).fill(Number.NaN);
    next.set(this.starts, this.base - lo);
    this.base = lo;
    this.starts = next;
  }
}

const cache = new Map<string, ZoneDays>();

/**
 * The shared day table of a zone (one per zone for the whole process, since
 * a zone's day starts never change within a run).
 *
 * @param zone - an IANA zone name or a fixed `±HH:MM` offset
 * @returns the zone's day table
 * @throws RangeError when the runtime does not know the zone
 */
export function zoneDays(zone: string): ZoneDays {
  let days = cache.get(zone);
  if (days === undefined) {
    days = new ZoneDays(zone);
    cache.set(zone, days);
  }
  return days;
}
