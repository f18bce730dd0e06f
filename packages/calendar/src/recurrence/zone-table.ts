/**
 * Per-zone UTC-offset table. Wall-clock → instant conversion is the costly
 * part of expanding a zoned series, so each zone's transitions are fetched
 * from Temporal once (lazily, only over the range asked for) and every later
 * lookup is a couple of array reads.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { RecurrenceError } from './errors';
import type { NonexistentPolicy } from './types';

const HALF_RANGE = 8_640_000_000_000; // Temporal's instant range, in seconds
const FAR = 3 * 366 * 86_400;

/** Offsets of one zone, as segments between transitions (all in seconds). */
export class ZoneTable {
  /** Canonical zone id. */
  readonly id: string;
  /** Instants where the offset changes, ascending. */
  private readonly trans: number[] = [];
  /** `offs[i]` holds before `trans[i]`; the last one after the last transition. */
  private readonly offs: number[];
  private lo: number;
  private hi: number;
  private loDone = false;
  private hiDone = false;
  private hint = 0;

  /**
   * @param id - canonical zone id (already checked)
   * @param seed - an instant to start the table at, epoch seconds
   */
  constructor(id: string, seed: number) {
    this.id = id;
    this.lo = seed;
    this.hi = seed;
    this.offs = [this.temporalOffset(seed)];
    if (id === 'UTC') {
      this.loDone = true;
      this.hiDone = true;
    }
  }

  private reseed(sec: number): void {
    this.trans.length = 0;
    this.offs.length = 0;
    this.offs.push(this.temporalOffset(sec));
    this.lo = sec;
    this.hi = sec;
    this.hint = 0;
    this.loDone = false;
    this.hiDone = false;
  }

  private zdt(sec: number): Temporal.ZonedDateTime {
    return Temporal.Instant.fromEpochMilliseconds(sec * 1000).toZonedDateTimeISO(this.id);
  }

  private temporalOffset(sec: number): number {
    return this.zdt(sec).offsetNanoseconds / 1e9;
  }

  private cover(sec: number): void {
    // Far from what is known: start afresh there rather than fetch every
    // transition in between (a window in year 9000 must not walk 7,000 years).
    if (!this.hiDone && sec > this.hi + FAR) this.reseed(sec);
    else if (!this.loDone && sec < this.lo - FAR) this.reseed(sec);
    while (sec > this.hi && !this.hiDone) {
      const next = this.hi < HALF_RANGE - 86_400 ? this.zdt(this.hi).getTimeZoneTransition('next') : null;
      if (next === null) {
        this.hiDone = true;
        break;
      }
      const t = next.epochMilliseconds / 1000;
      this.trans.push(t);
      this.offs.push(next.offsetNanoseconds / 1e9);
      this.hi = t;
    }
    while (sec < this.lo && !this.loDone) {
      const prev = this.lo > -HALF_RANGE + 86_400 ? this.zdt(this.lo).getTimeZoneTransition('previous') : null;
      if (prev === null) {
        this.loDone = true;
        break;
      }
      const t = prev.epochMilliseconds / 1000;
      this.trans.unshift(t);
      this.offs.unshift(this.temporalOffset(t - 1));
      this.hint += 1;
      this.lo = t;
    }
  }

  /** Index of the segment holding instant `sec` (segment i = [trans[i-1], trans[i])). */
  private segment(sec: number): number {
    this.cover(sec);
    const { trans } = this;
    const h = this.hint;
    if ((h === 0 || (trans[h - 1] ?? 0) <= sec) && (h === trans.length || sec < (trans[h] ?? 0))) return h;
    let a = 0;
    let b = trans.length;
    while (a < b) {
      const mid = (a + b) >> 1;
      if ((trans[mid] ?? 0) <= sec) a = mid + 1;
      else b = mid;
    }
    this.hint = a;
    return a;
  }

  /**
   * @param sec - instant, epoch seconds
   * @returns UTC offset in seconds at that instant
   */
  offsetAt(sec: number): number {
    return this.offs[this.segment(sec)] ?? 0;
  }

  /**
   * Converts a wall-clock time to an instant. A time that happens twice
   * resolves to the earlier instant; one inside a gap follows `policy`.
   *
   * @param wall - wall seconds
   * @param policy - what to do inside a DST gap
   * @returns epoch seconds, or NaN when the time does not exist and `policy` is `omit`
   */
  toInstant(wall: number, policy: NonexistentPolicy): number {
    this.cover(wall - 172_800);
    this.cover(wall + 172_800);
    const guess = this.segment(wall - (this.offs[this.hint] ?? 0));
    const { trans, offs } = this;
    let best = Number.NaN;
    for (let i = Math.max(0, guess - 1); i <= Math.min(trans.length, guess + 1); i++) {
      const t = wall - (offs[i] ?? 0);
      const from = i === 0 ? -Infinity : (trans[i - 1] ?? 0);
      const to = i === trans.length ? Infinity : (trans[i] ?? 0);
      if (t >= from && t < to && !(t >= best)) best = t;
    }
    if (!Number.isNaN(best) || policy === 'omit') return best;
    for (let i = Math.max(0, guess - 1); i < Math.min(trans.length, guess + 2); i++) {
      const t = trans[i] ?? 0;
      const before = offs[i] ?? 0;
      const after = offs[i + 1] ?? 0;
      if (wall >= t + before && wall < t + after) return policy === 'forward' ? wall - before : wall - after;
    }
    return Number.NaN;
  }
}

const tables = new Map<string, ZoneTable>();

/**
 * The shared table of a zone, created on first use.
 *
 * @param timeZone - IANA zone name
 * @param path - input path for the error
 * @param seed - an instant near where lookups will happen, epoch seconds
 * @returns the table
 * @throws {@link RecurrenceError} `unknown-time-zone`
 */
export function zoneTable(timeZone: string, path: readonly (string | number)[], seed: number): ZoneTable {
  const cached = tables.get(timeZone);
  if (cached !== undefined) return cached;
  let id: string;
  try {
    id = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone).timeZoneId;
  } catch {
    throw new RecurrenceError('unknown-time-zone', path, `unknown time zone ${JSON.stringify(timeZone)}; expected an IANA name such as America/Los_Angeles`);
  }
  const table = tables.get(id) ?? new ZoneTable(id, seed);
  tables.set(timeZone, table);
  tables.set(id, table);
  return table;
}
