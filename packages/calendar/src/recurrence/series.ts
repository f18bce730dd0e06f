/**
 * Resolves a {@link RecurrenceSeries} into the numeric frame the engine works
 * in: instants (epoch seconds) for UTC and zoned series, wall seconds for
 * floating and all-day series.
 *
 * @module
 */
import { DAY, formatDay, formatWall, parseDay, parseWall } from './civil';
import { compileRule, type CompiledRule } from './compile';
import type { Budget } from './generator';
import { RecurrenceError } from './errors';
import { formatRRule, parseRRule } from './rrule';
import type { DateTimeValue, ExpandOptions, NonexistentPolicy, RecurrenceRule, RecurrenceSeries } from './types';
import { zoneTable, type ZoneTable } from './zone-table';

type Path = readonly (string | number)[];
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** A series ready to expand. */
export interface SeriesContext {
  /** The series as given. */
  readonly series: RecurrenceSeries;
  /** Kind of the start, which every instance shares. */
  readonly kind: DateTimeValue['type'];
  /** Zone of a zoned series. */
  readonly zone: ZoneTable | null;
  /** Zone name as written in the series. */
  readonly zoneName: string;
  /** DTSTART wall seconds. */
  readonly dtWall: number;
  /** DTSTART key (instant or wall seconds). */
  readonly dtKey: number;
  /** Compiled rule, if any. */
  readonly rule: CompiledRule | null;
  /** The rule as given. */
  readonly rrule: RecurrenceRule | null;
  /** DST-gap policy for generated instances. */
  readonly policy: NonexistentPolicy;
  /** Whole calendar days of the duration. */
  readonly durDays: number;
  /** Exact seconds of the duration (after the days). */
  readonly durSeconds: number;
  /** Upper bound of the duration in seconds, for window slack. */
  readonly maxDurSeconds: number;
  /** UNTIL as a key (`untilIsWall` says which frame), or Infinity. */
  readonly until: number;
  /** True when `until` is wall seconds rather than an instant. */
  readonly untilIsWall: boolean;
  /** Zone for local window bounds and for instants against a floating series. */
  readonly windowZone: ZoneTable | null;
  /** Candidate work left for the current call (replaced at the start of each call). */
  budget: Budget;
  /** One context per further RRULE (`series.moreRules`), differing in rule, COUNT and UNTIL. */
  readonly others: readonly SeriesContext[];
}

/**
 * Reads a value's wall seconds strictly.
 *
 * @param v - the value
 * @param path - input path for errors
 * @returns wall seconds (a date is its midnight)
 */
export function wallOf(v: DateTimeValue, path: Path): number {
  const wall = v.type === 'date' ? parseDay(v.date) : parseWall(v.dateTime);
  if (wall === undefined) {
    const text = v.type === 'date' ? v.date : v.dateTime;
    const form = v.type === 'date' ? 'YYYY-MM-DD' : 'YYYY-MM-DDTHH:MM:SS';
    throw new RecurrenceError('invalid-date-time', path, `expected a real ${v.type} value as ${form}; got ${JSON.stringify(text)}`);
  }
  return v.type === 'date' ? wall * DAY : wall;
}

/**
 * @param ctx - series context
 * @returns true when the frame counts instants
 */
export function isInstantFrame(ctx: SeriesContext): boolean {
  return ctx.kind === 'utc' || ctx.kind === 'zoned';
}

/**
 * Key of a wall time of the series' own kind.
 *
 * @param ctx - series context
 * @param wall - wall seconds
 * @param policy - DST-gap policy
 * @returns the key, or NaN for an omitted nonexistent time
 */
export function keyOfWall(ctx: SeriesContext, wall: number, policy: NonexistentPolicy): number {
  return ctx.zone === null ? wall : ctx.zone.toInstant(wall, policy);
}

/**
 * Key of any value in the series' frame (EXDATE, RDATE, RECURRENCE-ID, override times).
 *
 * @param ctx - series context
 * @param v - the value
 * @param path - input path for errors
 * @returns the key
 */
export function keyOf(ctx: SeriesContext, v: DateTimeValue, path: Path): number {
  const wall = wallOf(v, path);
  if (!isInstantFrame(ctx) || v.type === 'utc') return wall;
  if (v.type === 'zoned') return zoneTable(v.timeZone, [...path, 'timeZone']).toInstant(wall, 'forward');
  return keyOfWall(ctx, wall, 'forward');
}

/**
 * The series-kind value of a key, as an occurrence shows it.
 *
 * @param ctx - series context
 * @param key - the key
 * @returns the value
 */
export function valueOf(ctx: SeriesContext, key: number): DateTimeValue {
  switch (ctx.kind) {
    case 'date':
      return { type: 'date', date: formatDay(Math.floor(key / DAY)) };
    case 'floating':
      return { type: 'floating', dateTime: formatWall(key) };
    case 'utc':
      return { type: 'utc', dateTime: formatWall(key) };
    case 'zoned':
      return { type: 'zoned', dateTime: formatWall(key + (ctx.zone?.offsetAt(key) ?? 0)), timeZone: ctx.zoneName };
  }
}

/**
 * Wall seconds of a key in the series' zone.
 *
 * @param ctx - series context
 * @param key - the key
 * @returns wall seconds
 */
export function wallOfKey(ctx: SeriesContext, key: number): number {
  return ctx.zone === null ? key : key + ctx.zone.offsetAt(key);
}

/**
 * End key of an instance starting at `wall`/`key`.
 *
 * @param ctx - series context
 * @param wall - start wall seconds
 * @param key - start key
 * @returns end key
 */
export function endKeyOf(ctx: SeriesContext, wall: number, key: number): number {
  if (ctx.durDays === 0) return key + ctx.durSeconds;
  const endWall = wall + ctx.durDays * DAY;
  return keyOfWall(ctx, endWall, 'forward') + ctx.durSeconds;
}

const DURATION_RE = /^P(?:(\d+)W|(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?)$/;

function duration(series: RecurrenceSeries, ctx: { kind: DateTimeValue['type'] }, startKey: number, keyFn: (v: DateTimeValue, p: Path) => number): [number, number] {
  if (series.end !== undefined) {
    if ((ctx.kind === 'date') !== (series.end.type === 'date')) {
      throw new RecurrenceError('invalid-end', ['series', 'end'], 'end must be a date when start is a date, and a date-time when start is a date-time');
    }
    const diff = keyFn(series.end, ['series', 'end']) - startKey;
    if (diff < 0) throw new RecurrenceError('invalid-end', ['series', 'end'], 'end is before start');
    return ctx.kind === 'date' ? [Math.round(diff / DAY), 0] : [0, diff];
  }
  if (series.duration !== undefined) {
    const m = DURATION_RE.exec(series.duration);
    if (m === null || series.duration === 'P' || series.duration.endsWith('T')) {
      throw new RecurrenceError('invalid-duration', ['series', 'duration'], `duration must be ISO 8601 like PT1H, P1D or P2W (no sign, no years or months); got ${JSON.stringify(series.duration)}`);
    }
    const days = Number(m[1] ?? 0) * 7 + Number(m[2] ?? 0);
    const seconds = Number(m[3] ?? 0) * 3600 + Number(m[4] ?? 0) * 60 + Number(m[5] ?? 0);
    if (ctx.kind === 'date' && seconds !== 0) {
      throw new RecurrenceError('invalid-duration', ['series', 'duration'], `an all-day series needs a duration in whole days or weeks; got ${series.duration}`);
    }
    return [days, seconds];
  }
  return ctx.kind === 'date' ? [1, 0] : [0, 0];
}

function checkLimit(options: ExpandOptions): void {
  for (const name of ['limit', 'maxCandidates'] as const) {
    const value = options[name];
    if (value !== undefined && !(value >= 0 && (Number.isInteger(value) || value === Infinity))) {
      throw new RecurrenceError('invalid-option', ['options', name], `${name} must be a whole number ≥ 0 (or Infinity); got ${String(value)}`);
    }
  }
}

function checkRule(rule: RecurrenceRule, path: Path): void {
  const check = parseRRule(formatRRule(rule));
  if (!check.ok) throw new RecurrenceError(check.error.code, [...path, ...check.error.path], check.error.message);
}

/** A rule's UNTIL as a key, and whether that key is wall seconds. */
function untilOf(ctx: SeriesContext, rule: RecurrenceRule | null, path: Path): [number, boolean] {
  const u = rule?.until;
  if (u === undefined) return [Infinity, true];
  const wall = wallOf(u, path);
  if (u.type === 'date') return [wall + DAY - 1, true];
  if (isInstantFrame(ctx) && (u.type === 'utc' || u.type === 'zoned')) return [keyOf(ctx, u, path), false];
  return [wall, true];
}

/**
 * Validates and resolves a series.
 *
 * @param series - the series
 * @param options - expansion options
 * @returns the context
 * @throws {@link RecurrenceError} for unusable input
 */
export function resolveSeries(series: RecurrenceSeries, options: ExpandOptions): SeriesContext {
  checkLimit(options);
  const start = series.start;
  const dtWall = wallOf(start, ['series', 'start']);
  const zone = start.type === 'zoned' ? zoneTable(start.timeZone, ['series', 'start', 'timeZone']) : null;
  const windowZone = options.timeZone === undefined ? zone : zoneTable(options.timeZone, ['options', 'timeZone']);
  const rrule = series.rrule ?? null;
  if (rrule !== null) checkRule(rrule, ['series']);
  (series.moreRules ?? []).forEach((r, i) => {
    checkRule(r, ['series', 'moreRules', i]);
  });
  const skip = rrule?.skip;
  const policy: NonexistentPolicy = options.nonexistent ?? (skip === 'FORWARD' ? 'forward' : skip === 'BACKWARD' ? 'backward' : 'omit');
  // Built once as a complete literal and then filled in: spreading partial
  // contexts would leave V8 a slow dictionary object that every lookup pays for.
  const ctx: Mutable<SeriesContext> = {
    series,
    kind: start.type,
    zone,
    zoneName: start.type === 'zoned' ? start.timeZone : 'UTC',
    dtWall,
    dtKey: 0,
    rule: null,
    rrule,
    policy,
    durDays: 0,
    durSeconds: 0,
    maxDurSeconds: 0,
    until: Infinity,
    untilIsWall: true,
    windowZone,
    budget: { left: Infinity, max: Infinity },
    others: [],
  };
  const dtKey = keyOfWall(ctx, dtWall, policy === 'backward' ? 'backward' : 'forward');
  ctx.dtKey = dtKey;
  const [durDays, durSeconds] = duration(series, ctx, dtKey, (v, p) => keyOf(ctx, v, p));
  [ctx.until, ctx.untilIsWall] = untilOf(ctx, rrule, ['series', 'rrule', 'until']);
  ctx.rule = rrule === null ? null : compileRule(rrule, dtWall, start.type === 'date');
  ctx.durDays = durDays;
  ctx.durSeconds = durSeconds;
  ctx.maxDurSeconds = durDays * DAY + durSeconds + 7200;
  if (rrule !== null && series.moreRules !== undefined && series.moreRules.length > 0) {
    ctx.others = series.moreRules.map((r, i) => {
      const other: Mutable<SeriesContext> = { ...ctx, rrule: r, rule: compileRule(r, dtWall, start.type === 'date'), others: [] };
      [other.until, other.untilIsWall] = untilOf(ctx, r, ['series', 'moreRules', i, 'until']);
      return other;
    });
  }
  return ctx;
}
