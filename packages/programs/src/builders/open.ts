import type { Open } from '@gmekit/model';

// Small constructors for open values, so the program modules read like the
// brochure: `stated(1986)`, `unstated('"several"')`.

/**
 * A value the source states.
 *
 * @param value - the stated value
 * @returns the open value
 */
export function stated<T>(value: T): { status: 'stated'; value: T } {
  return { status: 'stated', value };
}

/**
 * A value the source leaves open, with what it says around the gap.
 *
 * @param note - the words the source uses instead, or why the value is open
 * @returns the open value
 */
export function unstated(note?: string): { status: 'unstated'; note?: string } {
  return note === undefined ? { status: 'unstated' } : { status: 'unstated', note };
}

/**
 * A value the source's words allow more than one reading of.
 *
 * @param note - the ambiguous words, quoted
 * @param candidates - each reading with the value it gives
 * @returns the open value
 */
export function ambiguous<T>(note: string, ...candidates: { value: T; reading: string }[]): Open<T> {
  return { status: 'ambiguous', candidates, note };
}

/**
 * A value the source implies but does not say, with the reasoning in words.
 *
 * @param value - the inferred value
 * @param reasoning - how it follows from what the source says
 * @returns the open value
 */
export function inferred<T>(value: T, reasoning: string): { status: 'inferred'; value: T; reasoning: string } {
  return { status: 'inferred', value, reasoning };
}
