import { z } from 'zod';

const finite = z.number().nonnegative();

/**
 * A number as a brochure states it: exact ("two months"), approximate
 * ("about 80 hours"), a bound ("a minimum of 36 months", "over 50"), a range
 * ("1 to 2 months"), the remainder of an enclosing whole ("the remainder of
 * the year"), or unstated ("several"). Unstated is a value of its own and is
 * never the same as zero.
 */
export const QuantitySchema = z.discriminatedUnion('kind', [
  z.object({
    /** Stated exactly. */
    kind: z.literal('exact'),
    /** The stated number. */
    value: finite,
  }),
  z.object({
    /** Stated as "about", "approximately" or "averages". */
    kind: z.literal('approximate'),
    /** The stated number. */
    value: finite,
  }),
  z.object({
    /** Stated as a lower bound that may be met ("a minimum of 36"). */
    kind: z.literal('at-least'),
    /** The lower bound, inclusive. */
    value: finite,
  }),
  z.object({
    /** Stated as a strict lower bound ("over 50"). */
    kind: z.literal('more-than'),
    /** The lower bound, exclusive. */
    value: finite,
  }),
  z.object({
    /** Stated as an upper bound ("up to 12"). */
    kind: z.literal('at-most'),
    /** The upper bound, inclusive. */
    value: finite,
  }),
  z
    .object({
      /** Stated as a range ("1 to 2 months"). */
      kind: z.literal('range'),
      /** Lower end, inclusive. */
      min: finite,
      /** Upper end, inclusive. */
      max: finite,
    })
    .refine((q) => q.min <= q.max, { message: 'a range must not have min above max', path: ['max'] }),
  z.object({
    /** Whatever is left of the enclosing whole ("the remainder of the year"). */
    kind: z.literal('remainder'),
  }),
  z.object({
    /** The source does not give the number ("several", "many", or silence). */
    kind: z.literal('unstated'),
    /** What the source says instead, if anything. */
    note: z.string().exactOptional(),
  }),
]);
/** A number as a source states it. */
export type Quantity = z.infer<typeof QuantitySchema>;

/** Units a curriculum duration may be stated in. */
export const DurationUnitSchema = z.enum(['months', 'weeks', 'days', 'hours']);
/** A unit of curriculum time. */
export type DurationUnit = z.infer<typeof DurationUnitSchema>;

/** A length of curriculum time: a {@link Quantity} in a {@link DurationUnit}. */
export const DurationSchema = z.object({
  /** How much, as stated. */
  amount: QuantitySchema,
  /** In which unit. */
  unit: DurationUnitSchema,
});
/** A length of curriculum time. */
export type Duration = z.infer<typeof DurationSchema>;

/**
 * A program's own conversion between units of curriculum time, stated as
 * data because programs differ (one counts 80 ICU hours as half a month,
 * another might count a month as four weeks).
 */
export const UnitConversionsSchema = z.object({
  /** Hours the program counts as one month of rotation time. */
  hoursPerMonth: z.number().positive().exactOptional(),
  /** Days the program counts as one month. */
  daysPerMonth: z.number().positive().exactOptional(),
  /** Weeks the program counts as one month. */
  weeksPerMonth: z.number().positive().exactOptional(),
  /** Where the conversion comes from and how it was derived. */
  basis: z.string().min(1),
});
/** A program's conversion between units of curriculum time. */
export type UnitConversions = z.infer<typeof UnitConversionsSchema>;

/**
 * Lower and upper bounds of a quantity. `max` is `Infinity` for open-ended
 * lower bounds; `null` means the quantity cannot be bounded (unstated or a
 * remainder that needs its enclosing whole).
 */
export interface Bounds {
  /** Smallest value consistent with the statement. */
  readonly min: number;
  /** Largest value consistent with the statement (`Infinity` if unbounded). */
  readonly max: number;
  /** Whether the statement was approximate ("about"). */
  readonly approximate: boolean;
}

/**
 * The bounds a stated quantity allows.
 *
 * @param quantity - the quantity as stated
 * @returns its bounds, or `null` when it is unstated or a remainder
 * @example
 * quantityBounds({ kind: 'range', min: 1, max: 2 }); // { min: 1, max: 2, approximate: false }
 */
export function quantityBounds(quantity: Quantity): Bounds | null {
  switch (quantity.kind) {
    case 'exact':
      return { min: quantity.value, max: quantity.value, approximate: false };
    case 'approximate':
      return { min: quantity.value, max: quantity.value, approximate: true };
    case 'at-least':
    case 'more-than':
      return { min: quantity.value, max: Number.POSITIVE_INFINITY, approximate: false };
    case 'at-most':
      return { min: 0, max: quantity.value, approximate: false };
    case 'range':
      return { min: quantity.min, max: quantity.max, approximate: false };
    case 'remainder':
    case 'unstated':
      return null;
  }
}

/**
 * How many months one unit of `unit` is worth under a program's conversions,
 * or `null` when the program states no conversion for that unit.
 *
 * @param unit - the unit to convert from
 * @param conversions - the program's own conversions, if any
 * @returns months per unit, or `null`
 * @example
 * monthsPerUnit('hours', { hoursPerMonth: 160, basis: '…' }); // 1 / 160
 */
export function monthsPerUnit(unit: DurationUnit, conversions?: UnitConversions): number | null {
  switch (unit) {
    case 'months':
      return 1;
    case 'weeks':
      return conversions?.weeksPerMonth ? 1 / conversions.weeksPerMonth : null;
    case 'days':
      return conversions?.daysPerMonth ? 1 / conversions.daysPerMonth : null;
    case 'hours':
      return conversions?.hoursPerMonth ? 1 / conversions.hoursPerMonth : null;
  }
}

/**
 * A duration's bounds in months under a program's conversions.
 *
 * @param duration - the duration as stated
 * @param conversions - the program's conversions between units
 * @returns bounds in months, or `null` when unstated, a remainder, or not convertible
 * @example
 * durationMonths({ amount: { kind: 'approximate', value: 80 }, unit: 'hours' }, { hoursPerMonth: 160, basis: '…' });
 * // { min: 0.5, max: 0.5, approximate: true }
 */
export function durationMonths(duration: Duration, conversions?: UnitConversions): Bounds | null {
  const bounds = quantityBounds(duration.amount);
  const factor = monthsPerUnit(duration.unit, conversions);
  if (bounds === null || factor === null) return null;
  return { min: bounds.min * factor, max: bounds.max * factor, approximate: bounds.approximate };
}

/** How often a longitudinal experience recurs: an amount of time per period. */
export const CadenceSchema = z.object({
  /** Time per period, e.g. half a day. */
  amount: DurationSchema,
  /** The period. */
  per: z.enum(['day', 'week', 'month', 'year']),
});
/** How often a longitudinal experience recurs. */
export type Cadence = z.infer<typeof CadenceSchema>;
