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

/** A value the source states. */
export interface StatedValue<T> {
  /** The source states the value. */
  status: 'stated';
  /** The stated value. */
  value: T;
}

/** A value the source leaves open. */
export interface UnstatedValue {
  /** The source does not state the value. */
  status: 'unstated';
  /** What the source says around the gap, if anything. */
  note?: string;
}

/** One way to read an ambiguous statement. */
export interface Reading<T> {
  /** The value under this reading. */
  value: T;
  /** The reading in words. */
  reading: string;
}

/** A value the source states in words that can be read more than one way. */
export interface AmbiguousValue<T> {
  /** The source can be read more than one way. */
  status: 'ambiguous';
  /** Each reading, with what it would mean. */
  candidates: Reading<T>[];
  /** The words that are ambiguous. */
  note: string;
}

/** A value that may be stated, unstated or ambiguous. */
export type Open<T> = StatedValue<T> | UnstatedValue | AmbiguousValue<T>;

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
