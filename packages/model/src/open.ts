import { z } from 'zod';

/**
 * Wraps a schema so a value can be stated, unstated, or ambiguous between
 * readings. The data never guesses: a conference with a weekday but no time
 * has `startTime: { status: 'unstated' }`, and "bimonthly" is
 * `{ status: 'ambiguous', candidates: [...] }`. Gap reports find these by
 * their `status`.
 *
 * @param value - schema of the stated value
 * @returns a schema for the open value
 * @example
 * const OpenTime = openValue(LocalTimeSchema);
 * OpenTime.parse({ status: 'stated', value: '12:00' });
 */
export function openValue<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('status', [
    z.object({
      /** The source states the value. */
      status: z.literal('stated'),
      /** The stated value. */
      value,
    }),
    z.object({
      /** The source does not state the value. */
      status: z.literal('unstated'),
      /** What the source says around the gap, if anything. */
      note: z.string().exactOptional(),
    }),
    z.object({
      /** The source can be read more than one way. */
      status: z.literal('ambiguous'),
      /** Each reading, with what it would mean. */
      candidates: z
        .array(
          z.object({
            /** The value under this reading. */
            value,
            /** The reading in words. */
            reading: z.string().min(1),
          }),
        )
        .min(2, 'an ambiguous value lists at least two readings'),
      /** The words that are ambiguous. */
      note: z.string().min(1),
    }),
  ]);
}

/** A value that may be stated, unstated or ambiguous. */
export type Open<T> =
  | { status: 'stated'; value: T }
  | { status: 'unstated'; note?: string }
  | { status: 'ambiguous'; candidates: { value: T; reading: string }[]; note: string };

/**
 * The stated value of an open value, or `undefined` when the source leaves it
 * open.
 *
 * @param open - an open value
 * @returns the value if stated
 * @example
 * statedValue({ status: 'stated', value: '12:00' }); // '12:00'
 * statedValue({ status: 'unstated' }); // undefined
 */
export function statedValue<T>(open: Open<T>): T | undefined {
  return open.status === 'stated' ? open.value : undefined;
}
