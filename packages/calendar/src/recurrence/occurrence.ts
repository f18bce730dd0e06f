/**
 * Building blocks of expansion: a series' RDATE, EXDATE and override lookups,
 * the Occurrence objects themselves, and window bounds as keys.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { DAY, formatWall, parseDay, parseWall } from './civil';
import { RecurrenceError } from './errors';
import { endKeyOf, isInstantFrame, keyOf, valueOf, wallOf, wallOfKey, type SeriesContext } from './series';
import type { DateTimeValue, Occurrence, RecurrenceOverride } from './types';
import { walkRules } from './walker';

type Path = readonly (string | number)[];

/** RDATE, EXDATE and override lookups of one series, keyed like its instances. */
export interface Extras {
  /** EXDATE keys. */
  readonly exKeys: Set<number>;
  /** Day numbers of date EXDATEs on a date-time series. */
  readonly exDays: Set<number>;
  /** RDATE keys, ascending, without repeats. */
  readonly rdates: number[];
  /** The same keys, for lookups. */
  readonly rdateSet: Set<number>;
  /** Overrides by the key of their RECURRENCE-ID (first one wins). */
  readonly overrides: Map<number, RecurrenceOverride>;
  /** True when the series has none of them: instances come from DTSTART and the rule alone. */
  readonly none: boolean;
}

/**
 * @param ctx - series context
 * @returns the lookups
 */
export function extras(ctx: SeriesContext): Extras {
  const s = ctx.series;
  const exKeys = new Set<number>();
  const exDays = new Set<number>();
  (s.exdates ?? []).forEach((v, i) => {
    const path = ['series', 'exdates', i];
    // A date EXDATE on a date-time series removes that whole local day.
    if (v.type === 'date' && ctx.kind !== 'date') exDays.add(wallOf(v, path) / DAY);
    else exKeys.add(keyOf(ctx, v, path));
  });
  const rdateSet = new Set((s.rdates ?? []).map((v, i) => keyOf(ctx, v, ['series', 'rdates', i])));
  const rdates = [...rdateSet].sort((a, b) => a - b);
  const overrides = new Map<number, RecurrenceOverride>();
  (s.overrides ?? []).forEach((o, i) => {
    const key = keyOf(ctx, o.recurrenceId, ['series', 'overrides', i, 'recurrenceId']);
    if (!overrides.has(key)) overrides.set(key, o);
  });
  const none = exKeys.size === 0 && exDays.size === 0 && rdates.length === 0 && overrides.size === 0;
  return { exKeys, exDays, rdates, rdateSet, overrides, none };
}

/**
 * @param ctx - series context
 * @param x - the series' lookups
 * @param key - an instance key
 * @returns true when an EXDATE removes it
 */
export function excluded(ctx: SeriesContext, x: Extras, key: number): boolean {
  return x.exKeys.has(key) || (x.exDays.size > 0 && x.exDays.has(Math.floor(wallOfKey(ctx, key) / DAY)));
}

/**
 * One Occurrence. Built as one object literal per shape, never by spreading:
 * V8 (Node 20) copies a spread into a slow dictionary object, which once
 * made this the hot spot of expand.
 *
 * @param ctx - series context
 * @param rid - RECURRENCE-ID key
 * @param start - start key
 * @param end - end key
 * @param overridden - replaced by an override
 * @param fromRdate - from RDATE only
 * @param override - the override, if any
 * @returns the occurrence
 */
export function occurrence(ctx: SeriesContext, rid: number, start: number, end: number, overridden: boolean, fromRdate: boolean, override?: RecurrenceOverride): Occurrence {
  const ridValue = valueOf(ctx, rid);
  const startValue = override?.start ?? (start === rid ? ridValue : valueOf(ctx, start));
  const endValue = override?.end ?? (end === start ? startValue : valueOf(ctx, end));
  if (!isInstantFrame(ctx)) return { start: startValue, end: endValue, recurrenceId: ridValue, overridden, fromRdate };
  const startInstant = `${formatWall(start)}Z`;
  return {
    start: startValue,
    end: endValue,
    recurrenceId: ridValue,
    overridden,
    fromRdate,
    startInstant,
    endInstant: end === start ? startInstant : `${formatWall(end)}Z`,
    startEpochMs: start * 1000,
    endEpochMs: end * 1000,
  };
}

/**
 * @param ctx - series context
 * @param o - the override
 * @param ridKey - key of its RECURRENCE-ID
 * @param path - input path for errors
 * @returns start and end keys of an override (its own times, or the series duration from its new start)
 */
export function overrideTimes(ctx: SeriesContext, o: RecurrenceOverride, ridKey: number, path: Path): [number, number] {
  const start = o.start === undefined ? ridKey : keyOf(ctx, o.start, [...path, 'start']);
  const end = o.end === undefined ? endKeyOf(ctx, wallOfKey(ctx, start), start) : keyOf(ctx, o.end, [...path, 'end']);
  return [start, end];
}

/**
 * @param ctx - series context
 * @param x - the series' lookups
 * @param key - a key
 * @returns true when `key` is an instance of the series (before overrides)
 */
export function isInstance(ctx: SeriesContext, x: Extras, key: number): boolean {
  if (excluded(ctx, x, key)) return false;
  if (x.rdateSet.has(key)) return true;
  const wall = wallOfKey(ctx, key);
  const w = walkRules(ctx, wall - 2 * DAY);
  while (w.next()) {
    if (w.key === key) return true;
    if (w.wall > wall + DAY) return false;
  }
  return false;
}

const isDigit = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
};

/** True when `text` ends in `Z` (either case) or a `±HH:MM` offset: an instant, not a local time. */
function endsWithOffset(text: string): boolean {
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  if (last === 90 || last === 122) return true;
  const sign = text.charCodeAt(n - 6);
  return (sign === 43 || sign === 45) && isDigit(text, n - 5) && isDigit(text, n - 4) && text.charCodeAt(n - 3) === 58 && isDigit(text, n - 2) && isDigit(text, n - 1);
}

/**
 * A window bound as a key of the series' frame.
 *
 * @param ctx - series context
 * @param bound - the bound as given
 * @param path - input path for errors
 * @returns the key
 */
export function boundKey(ctx: SeriesContext, bound: string | DateTimeValue, path: Path): number {
  // Callers from plain JavaScript or JSON can pass anything; say what is wrong instead of a TypeError.
  const raw: unknown = bound;
  if (typeof raw !== 'string' && (typeof raw !== 'object' || raw === null || !('type' in raw))) {
    throw new RecurrenceError('invalid-window', path, `expected a date (YYYY-MM-DD), a local date-time or an instant; got ${raw === undefined ? 'nothing' : JSON.stringify(raw)}`);
  }
  let local: number | undefined;
  let instant: number | undefined;
  if (typeof bound === 'string') {
    if (endsWithOffset(bound)) {
      try {
        instant = Temporal.Instant.from(bound).epochMilliseconds / 1000;
      } catch {
        throw new RecurrenceError('invalid-window', path, `expected an ISO instant such as 2026-07-01T00:00:00Z; got ${JSON.stringify(bound)}`);
      }
    } else {
      const day = parseDay(bound);
      local = day === undefined ? parseWall(bound) : day * DAY;
      if (local === undefined) throw new RecurrenceError('invalid-window', path, `expected YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS or an instant with Z or an offset; got ${JSON.stringify(bound)}`);
    }
  } else if (bound.type === 'utc' || bound.type === 'zoned') {
    instant = isInstantFrame(ctx) ? keyOf(ctx, bound, path) : undefined;
    local = isInstantFrame(ctx) ? undefined : wallOf(bound, path);
    if (!isInstantFrame(ctx) && bound.type === 'utc' && ctx.windowZone !== null) instant = wallOf(bound, path);
  } else local = wallOf(bound, path);
  if (instant !== undefined) {
    if (isInstantFrame(ctx)) return instant;
    if (ctx.windowZone === null) {
      throw new RecurrenceError('window-needs-time-zone', path, `a ${ctx.kind} series has no zone to place an instant bound in; pass options.timeZone`);
    }
    return instant + ctx.windowZone.offsetAt(instant);
  }
  const wall = local ?? 0;
  if (!isInstantFrame(ctx)) return wall;
  return ctx.windowZone === null ? wall : ctx.windowZone.toInstant(wall, 'forward');
}
