/**
 * A series resolved once (validated, rule compiled, RDATE/EXDATE/override
 * lookups built) and expanded on demand; what `expand`, `iterate` and
 * `compileSeries` all run on.
 *
 * @module
 */
import { DAY } from './civil';
import { RecurrenceError } from './errors';
import { boundKey, excluded, extras, isInstance, occurrence, overrideTimes, type Extras } from './occurrence';
import type { Budget } from './generator';
import { endKeyOf, resolveSeries, wallOfKey, type SeriesContext } from './series';
import type { ExpandOptions, ExpandWindow, Occurrence, RecurrenceSeries } from './types';
import { walkRules } from './walker';

/** Default most instances one call returns. */
export const DEFAULT_LIMIT = 100_000;
/** Default most candidate times one `expand` call may generate (see `ExpandOptions.maxCandidates`). */
export const DEFAULT_MAX_CANDIDATES = 10_000_000;

/** True when `[s, e)` overlaps the window `[ws, we)`; an instance without duration overlaps when it starts inside it. */
function overlaps(s: number, e: number, ws: number, we: number): boolean {
  return s < we && (e > ws || (e === s && s >= ws));
}

/** Occurrences with their sort keys, kept in step. */
class Collector {
  readonly out: Occurrence[] = [];
  private readonly keys: number[] = [];
  private sorted = true;

  constructor(private readonly limit: number) {}

  push(o: Occurrence, key: number): void {
    if (this.out.length >= this.limit) throw new RecurrenceError('limit-exceeded', ['options', 'limit'], `more than ${String(this.limit)} instances; narrow the window or raise options.limit`);
    const last = this.keys[this.keys.length - 1];
    if (last !== undefined && key < last) this.sorted = false;
    this.out.push(o);
    this.keys.push(key);
  }

  /** @returns the occurrences by key (stable: equal keys keep their order) */
  result(): Occurrence[] {
    if (this.sorted) return this.out;
    const { out, keys } = this;
    const order = out.map((_, j) => j).sort((a, b) => (keys[a] ?? 0) - (keys[b] ?? 0));
    return order.map((j) => out[j]).filter((o): o is Occurrence => o !== undefined);
  }
}

/** A resolved series; see `compileSeries`. */
export class SeriesExpander {
  private readonly ctx: SeriesContext;
  private readonly x: Extras;
  /** The caller's limit: `expand` falls back to the default, `iterate` to none. */
  private readonly limit: number | undefined;
  /** The caller's candidate bound: `expand` falls back to the default, `iterate` to none. */
  private readonly maxCandidates: number | undefined;

  /**
   * @param series - the series
   * @param options - DST-gap policy, limit, zone
   */
  constructor(series: RecurrenceSeries, options: ExpandOptions) {
    this.ctx = resolveSeries(series, options);
    this.x = extras(this.ctx);
    this.limit = options.limit;
    this.maxCandidates = options.maxCandidates;
  }

  private unbounded(): boolean {
    const ctx = this.ctx;
    return ctx.rrule !== null && [ctx, ...ctx.others].some((c) => c.rrule?.count === undefined && c.rrule?.until === undefined);
  }

  /**
   * @param window - half-open window, or none for a bounded series
   * @returns the instances overlapping it, sorted
   */
  expand(window?: ExpandWindow): Occurrence[] {
    const max = this.maxCandidates ?? DEFAULT_MAX_CANDIDATES;
    return this.expandWithin(window, { left: max, max });
  }

  /**
   * {@link expand} spending from a budget the caller shares between calls
   * (`expandCalendar` bounds a whole calendar with one).
   *
   * @param window - half-open window, or none for a bounded series
   * @param budget - candidate work left
   * @returns the instances overlapping it, sorted
   */
  expandWithin(window: ExpandWindow | undefined, budget: Budget): Occurrence[] {
    const ctx = this.ctx;
    ctx.budget = budget;
    for (const other of ctx.others) other.budget = budget;
    let ws = -Infinity;
    let we = Infinity;
    const raw: unknown = window;
    if (raw === null || (raw !== undefined && typeof raw !== 'object')) {
      throw new RecurrenceError('invalid-window', ['window'], `expected a window { start, end }; got ${JSON.stringify(raw)}`);
    }
    if (window === undefined) {
      if (this.unbounded()) throw new RecurrenceError('unbounded', ['window'], 'the series repeats forever (RRULE without COUNT or UNTIL); pass a window');
    } else {
      ws = boundKey(ctx, window.start, ['window', 'start']);
      we = boundKey(ctx, window.end, ['window', 'end']);
      if (we < ws) throw new RecurrenceError('invalid-window', ['window'], 'window ends before it starts');
    }
    const x = this.x;
    const found = new Collector(this.limit ?? DEFAULT_LIMIT);
    const from = ws === -Infinity ? null : wallOfKey(ctx, ws) - ctx.maxDurSeconds - 2 * DAY;
    const walker = walkRules(ctx, from);
    if (x.none) {
      // Instances from DTSTART and the rule alone: no lookups to consult.
      while (walker.next()) {
        const key = walker.key;
        if (key >= we + DAY) break;
        const end = endKeyOf(ctx, walker.wall, key);
        if (overlaps(key, end, ws, we)) found.push(occurrence(ctx, key, key, end, false, false), key);
      }
      return found.result();
    }
    const ruleKeys = new Set<number>();
    let walkedAll = true;
    while (walker.next()) {
      const { wall, key } = walker;
      // Keys run in wall order, which a DST shift can put up to a day off instant order.
      if (key >= we + DAY) {
        walkedAll = false;
        break;
      }
      ruleKeys.add(key);
      if (x.overrides.has(key) || excluded(ctx, x, key)) continue;
      const end = endKeyOf(ctx, wall, key);
      if (overlaps(key, end, ws, we)) found.push(occurrence(ctx, key, key, end, false, false), key);
    }
    for (const key of x.rdates) {
      if (ruleKeys.has(key) || x.overrides.has(key) || excluded(ctx, x, key)) continue;
      const end = endKeyOf(ctx, wallOfKey(ctx, key), key);
      if (overlaps(key, end, ws, we)) found.push(occurrence(ctx, key, key, end, false, true), key);
    }
    // An override's RECURRENCE-ID inside the stretch just walked is an
    // instance exactly when the walk met it; only one outside it (an instance
    // moved into the window from far away) needs a walk of its own. Checking
    // every override by walking made thousands of them quadratic under COUNT,
    // where a walk cannot jump and starts at DTSTART.
    const jumped = from !== null && from > ctx.dtWall && [ctx, ...ctx.others].some((c) => c.rrule?.count === undefined);
    const walkedFrom = jumped ? from + 2 * DAY : -Infinity;
    const walked = (rid: number): boolean => wallOfKey(ctx, rid) >= walkedFrom && (walkedAll || rid < we);
    let i = 0;
    for (const [rid, o] of x.overrides) {
      const path = ['series', 'overrides', i++];
      if (o.cancelled === true) continue;
      const [s, e] = overrideTimes(ctx, o, rid, path);
      if (!overlaps(s, e, ws, we)) continue;
      const instance = walked(rid) ? (ruleKeys.has(rid) || x.rdateSet.has(rid)) && !excluded(ctx, x, rid) : isInstance(ctx, x, rid);
      if (instance) found.push(occurrence(ctx, rid, s, e, true, !ruleKeys.has(rid) && x.rdateSet.has(rid), o), s);
    }
    return found.result();
  }

  /** @returns a lazy walk from DTSTART in RECURRENCE-ID order */
  iterate(): Generator<Occurrence, void, undefined> {
    if (this.unbounded() && this.limit === undefined) {
      throw new RecurrenceError('unbounded', ['options', 'limit'], 'the series repeats forever (RRULE without COUNT or UNTIL); pass options.limit (Infinity to walk forever)');
    }
    const max = this.maxCandidates ?? Infinity;
    this.ctx.budget = { left: max, max };
    for (const other of this.ctx.others) other.budget = this.ctx.budget;
    return walk(this.ctx, this.x, this.limit ?? Infinity);
  }
}

function* walk(ctx: SeriesContext, x: Extras, limit: number): Generator<Occurrence, void, undefined> {
  const walker = walkRules(ctx, null);
  let more = walker.next();
  let r = 0;
  let yielded = 0;
  while (yielded < limit) {
    const rd = x.rdates[r];
    let key: number;
    let fromRdate = false;
    if (more && (rd === undefined || walker.key <= rd)) {
      key = walker.key;
      if (rd === key) r += 1;
      more = walker.next();
    } else if (rd !== undefined) {
      key = rd;
      fromRdate = true;
      r += 1;
    } else return;
    if (excluded(ctx, x, key)) continue;
    const o = x.overrides.get(key);
    if (o?.cancelled === true) continue;
    const wall = wallOfKey(ctx, key);
    if (o === undefined) yield occurrence(ctx, key, key, endKeyOf(ctx, wall, key), false, fromRdate);
    else {
      const [s, e] = overrideTimes(ctx, o, key, ['series', 'overrides']);
      yield occurrence(ctx, key, s, e, true, fromRdate, o);
    }
    yielded += 1;
  }
}
