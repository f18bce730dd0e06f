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
