/**
 * Result types of {@link layoutCurriculum}: what could be dated, what could
 * not and why, and which spans of each year nothing is placed in.
 *
 * @module
 */
import type { Duration, Finding } from '@gmekit/model';

/** Lower and upper bounds of a length. */
export interface LengthBounds {
  /** Least. */
  readonly min: number;
  /** Most. */
  readonly max: number;
}

/** Why a block could not be given dates. */
export type UnplacedReason =
  /** The source gives no position in the year. */
  | 'position-unstated'
  /** The source can be read as more than one position. */
  | 'position-ambiguous'
  /** Blocks of one group state different positions. */
  | 'group-position-conflict'
  /** The duration is not stated. */
  | 'duration-unstated'
  /** The duration is a bound ("at least 3 months"), so its end cannot be dated. */
  | 'duration-open-ended'
  /** The duration is in hours, which do not occupy a contiguous span of dates. */
  | 'duration-hours'
  /** The duration is a fraction of a month, which has no calendar meaning. */
  | 'duration-fractional'
  /** The block takes the remainder of the year, wherever that falls. */
  | 'remainder'
  /** The block is an option, not a fixed part of the year. */
  | 'optional'
  /** Another block of its group cannot be dated, so the group cannot be laid out contiguously. */
  | 'group-not-datable';

/** Fields every laid-out block carries. */
interface BlockRef {
  /** Index of the block in its curriculum year's `blocks`. */
  readonly blockIndex: number;
  /** The rotation. */
  readonly rotationId: string;
  /** Group label, when the block is part of a group. */
  readonly group?: string;
}

/** Fields of a block that was given dates. */
interface PlacedCommon extends BlockRef {
  /** Discriminant. */
  readonly kind: 'block';
  /** The position it was placed by. */
  readonly anchor: 'start' | 'end' | 'month';
  /** Whether the duration was stated as approximate ("about two months"). */
  readonly approximate: boolean;
  /**
   * Present when the block is one of a group that runs contiguously in an
   * order the source leaves open ("one month of IR and one month of neuro-IR"
   * at the very beginning of PGY 4): the group's span is known, and the
   * block's dates are the envelope of every order, so it is a
   * {@link RangedBlock} even when every length is exact.
   */
  readonly orderOpen?: true;
}

/** A block with exact dates. */
export interface DatedBlock extends PlacedCommon {
  /** Its dates are certain. */
  readonly status: 'dated';
  /** First day. */
  readonly start: string;
  /** Last day (inclusive). */
  readonly end: string;
}

/**
 * A block whose dates depend on a stated range ("one to two months"), its own
 * or an earlier block's in the same chain, or on an order the source leaves
 * open (`orderOpen`): the earliest and latest possible first and last days.
 */
export interface RangedBlock extends PlacedCommon {
  /** Its dates span a range. */
  readonly status: 'range';
  /** Earliest possible first day. */
  readonly minStart: string;
  /** Latest possible first day. */
  readonly maxStart: string;
  /** Earliest possible last day. */
  readonly minEnd: string;
  /** Latest possible last day. */
  readonly maxEnd: string;
}

/** A block that was given dates. */
export type PlacedBlock = DatedBlock | RangedBlock;

/**
 * A span of the year with no block placed in it. `unstated` when every block
 * the source lists is placed, so nothing the source says fills it; `open`
 * when unplaced blocks (listed beside it) may fall in it.
 */
export interface OpenSlot {
  /** Discriminant. */
  readonly kind: 'unstated' | 'open';
  /** First day. */
  readonly start: string;
  /** Last day (inclusive). */
  readonly end: string;
  /** Days, both ends counted. */
  readonly days: number;
  /** Whole calendar months, or `null` when the span is not whole months. */
  readonly months: number | null;
}

/** A block that could not be dated, with what is known of its length. */
export interface UnplacedBlock extends BlockRef {
  /** Why it has no dates. */
  readonly reason: UnplacedReason;
  /** The duration as stated. */
  readonly duration: Duration;
  /** Its length in months under the program's conversions, or `null` when not convertible. */
  readonly months: LengthBounds | null;
  /** Its length in hours, for hour-based durations. */
  readonly hours?: LengthBounds;
  /** The readings, for an ambiguous position. */
  readonly readings?: readonly string[];
}

/** One curriculum year laid onto dates. */
export interface LaidOutYear {
  /** Year of the program, 1 for the first. */
  readonly year: number;
  /** PGY level, when the curriculum states it. */
  readonly pgy?: number;
  /** First day. */
  readonly start: string;
  /** Last day (inclusive). */
  readonly end: string;
  /** Placed blocks and open spans, in date order (by earliest start). */
  readonly slots: readonly (PlacedBlock | OpenSlot)[];
  /** Blocks without dates. */
  readonly unplaced: readonly UnplacedBlock[];
  /** Months the listed (non-optional) blocks account for, and what is left unstated. */
  readonly months: {
    /** Bounds of the months the counted blocks take. */
    readonly listed: LengthBounds;
    /** Months the source leaves unstated, or `null` when the year's length is not exact months. */
    readonly unstated: LengthBounds | null;
    /** Blocks whose length could not be counted in months (their time may be part of `unstated`). */
    readonly uncounted: number;
  };
}

/** A curriculum laid onto dates. */
export interface CurriculumLayout {
  /** First day of the first year. */
  readonly startDate: string;
  /** The years in order. */
  readonly years: readonly LaidOutYear[];
  /** Overlaps, blocks past the year's end, years of unusual length. */
  readonly findings: readonly Finding[];
}
