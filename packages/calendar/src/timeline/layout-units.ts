/**
 * The first step of curriculum layout: blocks become units (a group is one
 * unit, its blocks contiguous in listed order), each with a position and a
 * datable length, or the reason it has none.
 *
 * @module
 */
import type { Temporal } from 'temporal-polyfill';
import { durationMonths, quantityBounds, type BlockPosition, type CurriculumYear, type RotationBlock, type UnitConversions } from '@gmekit/model';
import type { UnplacedBlock, UnplacedReason } from './layout-types';

/** A datable length: whole months, or days. */
export type Length = { readonly months: number } | { readonly days: number };

/** A member block of a unit with its length bounds. */
export interface Member {
  /** Index in the year's blocks. */
  readonly index: number;
  /** The block. */
  readonly block: RotationBlock;
  /** Shortest length. */
  readonly min: Length;
  /** Longest length. */
  readonly max: Length;
  /** Whether the duration was approximate. */
  readonly approximate: boolean;
}

/** A unit that can be placed. */
export interface Unit {
  /** Where it goes. */
  readonly position: BlockPosition;
  /** Members in the order they run (listed order unless the year's `groups` states another). */
  readonly members: readonly Member[];
  /** `true` when the source leaves the order of the members open: only the unit's span can be dated. */
  readonly orderOpen: boolean;
}

/** An ambiguous value laid out by its first reading: where it is in the year, and the reading. */
export interface Chosen {
  /** Path from the curriculum year to the ambiguous value. */
  readonly path: readonly (string | number)[];
  /** The reading taken. */
  readonly reading: string;
}

const DAYS_PER: Partial<Record<string, number>> = { weeks: 7, days: 1 };

/**
 * The datable length bounds of a block, or why it has none.
 *
 * @param block - the block
 * @returns length bounds or an unplaced reason
 */
export function blockLength(block: RotationBlock): { min: Length; max: Length; approximate: boolean } | UnplacedReason {
  const { amount, unit } = block.duration;
  if (amount.kind === 'unstated') return 'duration-unstated';
  if (amount.kind === 'remainder') return 'remainder';
  if (unit === 'hours') return 'duration-hours';
  const bounds = quantityBounds(amount);
  if (bounds === null) return 'duration-unstated';
  if (amount.kind === 'at-least' || amount.kind === 'more-than' || amount.kind === 'at-most') return 'duration-open-ended';
  if (unit === 'months') {
    if (!Number.isInteger(bounds.min) || !Number.isInteger(bounds.max)) return 'duration-fractional';
    return { min: { months: bounds.min }, max: { months: bounds.max }, approximate: bounds.approximate };
  }
  const factor = DAYS_PER[unit] ?? 1;
  const min = bounds.min * factor;
  const max = bounds.max * factor;
  if (!Number.isInteger(min) || !Number.isInteger(max)) return 'duration-fractional';
  return { min: { days: min }, max: { days: max }, approximate: bounds.approximate };
}

/**
 * Adds a length to a date.
 *
 * @param date - the date
 * @param length - months or days
 * @param sign - 1 to add, -1 to subtract
 * @returns the moved date
 */
export function move(date: Temporal.PlainDate, length: Length, sign: 1 | -1): Temporal.PlainDate {
  const duration = 'months' in length ? { months: length.months * sign } : { days: length.days * sign };
  return date.add(duration);
}

function unplaced(index: number, block: RotationBlock, reason: UnplacedReason, conversions: UnitConversions | undefined, readings?: string[]): UnplacedBlock {
  const months = durationMonths(block.duration, conversions);
  const bounds = quantityBounds(block.duration.amount);
  return {
    blockIndex: index,
    rotationId: block.rotationId,
    ...(block.group === undefined ? {} : { group: block.group }),
    reason,
    duration: block.duration,
    months: months ? { min: months.min, max: months.max } : null,
    ...(block.duration.unit === 'hours' && bounds ? { hours: { min: bounds.min, max: bounds.max } } : {}),
    ...(readings ? { readings } : {}),
  };
}

/**
 * The order a group's blocks run in, from the year's `groups`: the listed
 * order when the group has no entry, a stated order, the first reading of an
 * ambiguous one when asked, or open.
 */
function groupOrder(
  year: CurriculumYear,
  group: string | undefined,
  ambiguity: 'unplaced' | 'first-reading',
): { indexes?: readonly number[]; open: boolean; chosen?: Chosen } {
  const entry = group === undefined ? -1 : (year.groups ?? []).findIndex((g) => g.id === group);
  const order = year.groups?.[entry]?.order;
  if (order === undefined) return { open: false };
  if (order.status === 'stated') return { indexes: order.value, open: false };
  const first = order.status === 'ambiguous' && ambiguity === 'first-reading' ? order.candidates[0] : undefined;
  if (first !== undefined) return { indexes: first.value, open: false, chosen: { path: ['groups', entry, 'order'], reading: first.reading } };
  return { open: true };
}

function samePosition(a: BlockPosition, b: BlockPosition): boolean {
  return a.anchor === b.anchor && (a.anchor !== 'month' || (b.anchor === 'month' && a.month === b.month));
}

/**
 * Splits a year's blocks into placeable units and unplaced blocks.
 *
 * @param year - the curriculum year
 * @param conversions - the program's unit conversions, for the months of unplaced blocks
 * @param ambiguity - leave ambiguous positions unplaced, or take each one's first reading
 * @returns units in listed order, unplaced blocks, and the readings taken
 */
export function yearUnits(
  year: CurriculumYear,
  conversions: UnitConversions | undefined,
  ambiguity: 'unplaced' | 'first-reading' = 'unplaced',
): { units: Unit[]; unplaced: UnplacedBlock[]; chosen: Chosen[] } {
  const chosen: Chosen[] = [];
  const units: Unit[] = [];
  const out: UnplacedBlock[] = [];
  const groups = new Map<string, { index: number; block: RotationBlock }[]>();
  const order: { index: number; block: RotationBlock }[][] = [];
  year.blocks.forEach((block, index) => {
    if (block.optional === true) {
      out.push(unplaced(index, block, 'optional', conversions));
      return;
    }
    if (block.group === undefined) {
      order.push([{ index, block }]);
      return;
    }
    const existing = groups.get(block.group);
    if (existing) existing.push({ index, block });
    else {
      const list = [{ index, block }];
      groups.set(block.group, list);
      order.push(list);
    }
  });

  for (const list of order) {
    const stated = list.flatMap(({ index, block }) => {
      if (block.position.status === 'stated') return [block.position.value];
      const first = block.position.status === 'ambiguous' && ambiguity === 'first-reading' ? block.position.candidates[0] : undefined;
      if (first === undefined) return [];
      chosen.push({ path: ['blocks', index, 'position'], reading: first.reading });
      return [first.value];
    });
    const ambiguous = list.flatMap(({ block }) => (block.position.status === 'ambiguous' ? [block.position] : []));
    const lengths = list.map(({ block }) => blockLength(block));
    const firstStated = stated[0];
    let reason: UnplacedReason | null = null;
    let readings: string[] | undefined;
    if (firstStated === undefined) {
      const first = ambiguous[0];
      reason = first ? 'position-ambiguous' : 'position-unstated';
      if (first) readings = first.candidates.map((c) => c.reading);
    } else if (stated.some((p) => !samePosition(p, firstStated))) {
      reason = 'group-position-conflict';
    }
    if (reason !== null) {
      const why = reason;
      list.forEach(({ index, block }, i) => {
        const length = lengths[i];
        const own = typeof length === 'string' && why === 'position-unstated' ? length : why;
        out.push(unplaced(index, block, own, conversions, readings));
      });
      continue;
    }
    const members: Member[] = [];
    list.forEach(({ index, block }, i) => {
      const length = lengths[i];
      if (length !== undefined && typeof length !== 'string') members.push({ index, block, ...length });
    });
    if (members.length < list.length || firstStated === undefined) {
      list.forEach(({ index, block }, i) => {
        const length = lengths[i];
        out.push(unplaced(index, block, typeof length === 'string' ? length : 'group-not-datable', conversions));
      });
      continue;
    }
    const order = groupOrder(year, list[0]?.block.group, ambiguity);
    if (order.chosen !== undefined) chosen.push(order.chosen);
    const byIndex = new Map(members.map((m) => [m.index, m]));
    const ordered = order.indexes?.flatMap((i) => byIndex.get(i) ?? []) ?? members;
    units.push({ position: firstStated, members: ordered.length === members.length ? ordered : members, orderOpen: order.open });
  }
  out.sort((a, b) => a.blockIndex - b.blockIndex);
  return { units, unplaced: out, chosen };
}
