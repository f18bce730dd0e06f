/**
 * Per-zone UTC-offset table. Wall-clock → instant conversion is the costly
 * part of expanding a zoned series, so each zone's transitions are fetched
 * from Temporal once per block of about a year, lazily, only for the blocks
 * asked for, and every later lookup is a few array reads. Blocks are kept
 * independently, so a series whose DTSTART is years before the window never
 * makes the table refetch either end (nor fetch every transition in
 * between, which for a window in year 9000 would take seconds).
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { RecurrenceError } from './errors';
import type { NonexistentPolicy } from './types';

const HALF_RANGE = 8_640_000_000_000; // Temporal's instant range, in seconds
/** Block length in seconds (2^25 s, about 388 days). */
const BLOCK = 33_554_432;
/** Far enough on either side of a wall time to hold every offset it may have. */
const REACH = 172_800;

/** Offsets of one block: `offs[0]` from the block start, `offs[i + 1]` from `trans[i]`. */
interface Block {
  readonly trans: number[];
  readonly offs: number[];
}

/** Most blocks kept per zone (about 500 years). */
const MAX_BLOCKS = 512;

/**
 * A zone Temporal does not know (a file's own VTIMEZONE): its offsets within
 * `[start, end)` epoch seconds, as `offs[0]` at `start` and `offs[i + 1]`
 * from `trans[i]` (all seconds, transitions ascending and inside the range).
 */
export type ZoneSource = (start: number, end: number) => { readonly trans: number[]; readonly offs: number[] };

/** Offsets of one zone (all in seconds). */
export class ZoneTable {
  /** Canonical zone id. */
  readonly id: string;
  private readonly blocks = new Map<number, Block>();
  private lastIndex = Number.NaN;
  private last: Block = { trans: [], offs: [0] };
  private readonly source: ZoneSource | undefined;

  /**
   * @param id - canonical zone id (already checked)
   * @param source - the zone's offsets when Temporal does not know it
   */
  constructor(id: string, source?: ZoneSource) {
    this.id = id;
    this.source = source;
  }

  private zdt(sec: number): Temporal.ZonedDateTime {
    return Temporal.Instant.fromEpochMilliseconds(sec * 1000).toZonedDateTimeISO(this.id);
  }

  private fetch(index: number): Block {
    const start = Math.max(index * BLOCK, -HALF_RANGE);
    const end = Math.min((index + 1) * BLOCK, HALF_RANGE);
    if (this.source !== undefined) return this.source(start, end);
    let z = this.zdt(start);
    const block: Block = { trans: [], offs: [z.offsetNanoseconds / 1e9] };
    if (this.id === 'UTC') return block;
    for (;;) {
      const sec = z.epochMilliseconds / 1000;
      const next = sec < HALF_RANGE - 86_400 ? z.getTimeZoneTransition('next') : null;
      if (next === null) break;
      const t = next.epochMilliseconds / 1000;
      if (t >= end) break;
      block.trans.push(t);
      block.offs.push(next.offsetNanoseconds / 1e9);
      z = next;
    }
    return block;
  }

  private block(sec: number): Block {
    const index = Math.floor(sec / BLOCK);
    if (index === this.lastIndex) return this.last;
    let b = this.blocks.get(index);
    if (b === undefined) {
      b = this.fetch(index);
      // Blocks are about a year each; a process that queries across millennia
      // should not keep them all.
      if (this.blocks.size >= MAX_BLOCKS) this.blocks.clear();
      this.blocks.set(index, b);
    }
    this.lastIndex = index;
    this.last = b;
    return b;
  }

  /**
   * @param sec - instant, epoch seconds
   * @returns UTC offset in seconds at that instant
   */
  offsetAt(sec: number): number {
    const { trans, offs } = this.block(sec);
    let i = 0;
    while (i < trans.length && (trans[i] ?? 0) <= sec) i++;
    return offs[i] ?? 0;
  }

  /**
   * Transitions within `[from, to)` and the offsets around them: `offs[0]`
   * holds at `from`, `offs[i + 1]` from `trans[i]`.
   */
  private around(from: number, to: number, trans: number[], offs: number[]): void {
    offs.push(this.offsetAt(from));
    for (let b = Math.floor(from / BLOCK); b * BLOCK < to; b++) {
      const block = this.block(b * BLOCK);
      block.trans.forEach((t, i) => {
        if (t > from && t < to) {
          trans.push(t);
          offs.push(block.offs[i + 1] ?? 0);
        }
      });
    }
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
    const from = wall - REACH;
    const to = wall + REACH;
    const b = this.block(from);
    // Common case: one block, no transition near: a single offset.
    if (Math.floor(to / BLOCK) === this.lastIndex) {
      let i = 0;
      while (i < b.trans.length && (b.trans[i] ?? 0) <= from) i++;
      if (i === b.trans.length || (b.trans[i] ?? 0) >= to) return wall - (b.offs[i] ?? 0);
    }
    const trans: number[] = [];
    const offs: number[] = [];
    this.around(from, to, trans, offs);
    for (let i = 0; i < offs.length; i++) {
      const t = wall - (offs[i] ?? 0);
      const lo = i === 0 ? -Infinity : (trans[i - 1] ?? 0);
      const hi = i === trans.length ? Infinity : (trans[i] ?? 0);
      // Segments are in time order, so the first fit is the earlier instant of a fold.
      if (t >= lo && t < hi) return t;
    }
    if (policy === 'omit') return Number.NaN;
    for (let i = 0; i < trans.length; i++) {
      const t = trans[i] ?? 0;
      const before = offs[i] ?? 0;
      const after = offs[i + 1] ?? 0;
      if (wall >= t + before && wall < t + after) return policy === 'forward' ? wall - before : wall - after;
    }
    return Number.NaN;
  }
}

const tables = new Map<string, ZoneTable>();
const custom = new Map<string, ZoneTable>();
/** Most custom zones kept; a server reading many files must not grow without bound. */
const MAX_CUSTOM = 2000;

/**
 * Registers a zone Temporal does not know under an id of the caller's choice
 * (the iCalendar reader's `vtimezone:` ids for a file's own VTIMEZONE), so
 * zoned values naming that id expand like any other. Registering an id again
 * replaces it.
 *
 * @param id - the zone id values will carry; must not be an IANA name
 * @param source - the zone's offsets
 */
export function registerCustomZone(id: string, source: ZoneSource): void {
  if (custom.size >= MAX_CUSTOM && !custom.has(id)) custom.clear();
  custom.set(id, new ZoneTable(id, source));
}

/**
 * @param id - a zone id
 * @returns true when `id` was registered with {@link registerCustomZone}
 */
export function isCustomZone(id: string): boolean {
  return custom.has(id);
}

/**
 * The shared table of a zone, created on first use.
 *
 * @param timeZone - IANA zone name
 * @param path - input path for the error
 * @returns the table
 * @throws {@link RecurrenceError} `unknown-time-zone`
 */
export function zoneTable(timeZone: string, path: readonly (string | number)[]): ZoneTable {
  const own = custom.get(timeZone);
  if (own !== undefined) return own;
  const cached = tables.get(timeZone);
  if (cached !== undefined) return cached;
  let id: string;
  try {
    id = Temporal.Instant.fromEpochMilliseconds(0).toZonedDateTimeISO(timeZone).timeZoneId;
  } catch {
    const hint = timeZone.startsWith('vtimezone:') ? ' (a zone defined by a VTIMEZONE is known only in the process that parsed its file; parse it again)' : '';
    throw new RecurrenceError('unknown-time-zone', path, `unknown time zone ${JSON.stringify(timeZone)}; expected an IANA name such as America/Los_Angeles${hint}`);
  }
  const table = tables.get(id) ?? new ZoneTable(id);
  tables.set(timeZone, table);
  tables.set(id, table);
  return table;
}
