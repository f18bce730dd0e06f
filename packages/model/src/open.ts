import { z } from 'zod';

/**
 * Wraps a schema so a value can be stated, inferred, unstated, or ambiguous
 * between readings. The data never guesses: a conference with a weekday but
 * no time has `startTime: { status: 'unstated' }`, "bimonthly" is
 * `{ status: 'ambiguous', candidates: [...] }`, and a value the text implies
 * without saying it is `{ status: 'inferred', value, reasoning }`, with the
 * reasoning in words. Gap reports find these by their `status`.
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
      /** The source implies the value without saying it. */
      status: z.literal('inferred'),
      /** The inferred value. */
      value,
      /** How the value follows from what the source says, in words. */
      reasoning: z.string().min(1),
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

/**
 * A value the source implies but does not say: "our Los Angeles facility"
 * read as the Cancer Center, a month of 160 hours worked back from a stated
 * total. Never reported as stated.
 */
export interface InferredValue<T> {
  /** The source implies the value without saying it. */
  status: 'inferred';
  /** The inferred value. */
  value: T;
  /** How the value follows from what the source says, in words. */
  reasoning: string;
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

/** A value that may be stated, inferred, unstated or ambiguous. */
export type Open<T> = StatedValue<T> | InferredValue<T> | UnstatedValue | AmbiguousValue<T>;

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

/**
 * The value of an open value that is stated or inferred (an inference is the
 * best reading the source supports, but it is not stated; callers that must
 * tell them apart check `status`), or `undefined` when the source leaves it
 * unstated or ambiguous.
 *
 * @param open - an open value
 * @returns the stated or inferred value
 * @example
 * knownValue({ status: 'inferred', value: 'kp-lamc', reasoning: '…' }); // 'kp-lamc'
 * knownValue({ status: 'unstated' }); // undefined
 */
export function knownValue<T>(open: Open<T>): T | undefined {
  return open.status === 'stated' || open.status === 'inferred' ? open.value : undefined;
}

/**
 * A map from the names of an entity's plain (not open) fields to the
 * reasoning behind them, for values the source implies but does not say
 * whose field cannot be an open value without breaking every reader (a
 * conference's `timeZone`, a site's `affiliation`, a program's `length`).
 * A field listed here is inferred; a field not listed is stated or plain data.
 *
 * @param fields - the fields that may be inferred
 * @returns a schema for `{ [field]?: reasoning }`
 * @example
 * const SeriesInferred = inferredFields(['timeZone']);
 * SeriesInferred.parse({ timeZone: 'Los Angeles keeps Pacific time' });
 */
export function inferredFields<const F extends string>(fields: readonly [F, ...F[]]): z.ZodType<Partial<Record<F, string>>> {
  // The return type is spelled out: the one TypeScript infers from `z.enum`
  // over a generic tuple emits a declaration that fails to type-check in
  // consumers (the consumer test compiles the published .d.ts).
  return z.partialRecord(z.enum(fields), z.string().min(1, 'an inference says its reasoning in words'));
}
