/**
 * Walks the instances DTSTART and the RRULE produce, in wall-clock order,
 * applying COUNT, UNTIL and the DST-gap policy. No RDATE, EXDATE or
 * overrides here.
 *
 * @module
 */
import { PeriodGenerator } from './generator';
import { keyOfWall, type SeriesContext } from './series';

/** Cursor over the rule's instances; read `wall` and `key` after `next()` returns true. */
export class RuleWalker {
  /** Current instance's wall seconds. */
  wall = 0;
  /** Current instance's key (instant or wall seconds). */
  key = 0;
  private readonly ctx: SeriesContext;
  private readonly gen: PeriodGenerator | null;
  private readonly count: number;
  private emitted = 0;
  private startPending: boolean;
  private batch: number[] = [];
  private index = 0;
  private finished = false;

  /**
   * @param ctx - series context
   * @param from - wall seconds to jump to (only without COUNT), or null to start at DTSTART
   */
  constructor(ctx: SeriesContext, from: number | null) {
    this.ctx = ctx;
    this.count = ctx.rrule?.count ?? Infinity;
    const jump = from !== null && ctx.rrule?.count === undefined && from > ctx.dtWall;
    this.startPending = !jump;
    this.gen = ctx.rule === null ? null : new PeriodGenerator(ctx.rule, ctx.dtWall, ctx.budget);
    if (jump) this.gen?.seek(from);
  }

  /** @returns true when a further instance was found */
  next(): boolean {
    const ctx = this.ctx;
    if (this.startPending) {
      this.startPending = false;
      this.wall = ctx.dtWall;
      this.key = ctx.dtKey;
      this.emitted = 1;
      return true;
    }
    while (!this.finished && this.emitted < this.count) {
      if (this.index >= this.batch.length) {
        const b = this.gen?.next() ?? null;
        if (b === null) break;
        this.batch = b;
        this.index = 0;
      }
      const wall = this.batch[this.index++] ?? 0;
      if (wall === ctx.dtWall) continue;
      const key = keyOfWall(ctx, wall, ctx.policy);
      if (Number.isNaN(key)) continue;
      if ((ctx.untilIsWall ? wall : key) > ctx.until) break;
      this.emitted += 1;
      this.wall = wall;
      this.key = key;
      return true;
    }
    this.finished = true;
    return false;
  }
}

/** The instances of several RRULEs of one series, merged in wall-clock order, each time once. */
class UnionWalker {
  /** Current instance's wall seconds. */
  wall = 0;
  /** Current instance's key (instant or wall seconds). */
  key = 0;
  private readonly heads: RuleWalker[] = [];

  constructor(walkers: readonly RuleWalker[]) {
    for (const w of walkers) if (w.next()) this.heads.push(w);
  }

  /** @returns true when a further instance was found */
  next(): boolean {
    let best: RuleWalker | undefined;
    for (const w of this.heads) if (best === undefined || w.wall < best.wall) best = w;
    if (best === undefined) return false;
    const { wall, key } = best;
    this.wall = wall;
    this.key = key;
    // Every rule positioned at this wall time moves on: a time made by two rules counts once.
    for (let i = this.heads.length - 1; i >= 0; i--) {
      const w = this.heads[i];
      if (w?.wall === wall && !w.next()) this.heads.splice(i, 1);
    }
    return true;
  }
}

/** A cursor over a series' rule instances: {@link RuleWalker}, or a union when the series has several RRULEs. */
export interface InstanceWalker {
  /** Current instance's wall seconds. */
  readonly wall: number;
  /** Current instance's key. */
  readonly key: number;
  /** @returns true when a further instance was found */
  next(): boolean;
}

/**
 * @param ctx - series context
 * @param from - wall seconds to jump to (only without COUNT), or null to start at DTSTART
 * @returns a walker over every RRULE of the series
 */
export function walkRules(ctx: SeriesContext, from: number | null): InstanceWalker {
  if (ctx.others.length === 0) return new RuleWalker(ctx, from);
  return new UnionWalker([ctx, ...ctx.others].map((c) => new RuleWalker(c, from)));
}
