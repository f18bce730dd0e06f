/**
 * Words for the model's open values and quantities.
 *
 * @module
 */
import type { Open, Quantity } from '@gmekit/model';

/**
 * An open value in words: the value, the value marked as inferred, "not
 * stated", or the readings.
 *
 * @param open - the open value
 * @param show - how to show a value
 * @returns text
 */
export function openText<T>(open: Open<T>, show: (value: T) => string = String): string {
  if (open.status === 'stated') return show(open.value);
  if (open.status === 'ambiguous') return `ambiguous: ${open.candidates.map((c) => c.reading).join(' / ')}`;
  if (open.status === 'inferred') return `${show(open.value)} (inferred, not stated)`;
  return open.note === undefined ? 'not stated' : `not stated (${open.note})`;
}

/**
 * A quantity in words.
 *
 * @param q - the quantity
 * @returns text
 */
export function quantityText(q: Quantity): string {
  switch (q.kind) {
    case 'exact':
      return String(q.value);
    case 'range':
      return `${q.min}–${q.max}`;
    case 'approximate':
      return `about ${q.value}`;
    case 'at-least':
      return `at least ${q.value}`;
    case 'at-most':
      return `at most ${q.value}`;
    case 'more-than':
      return `more than ${q.value}`;
    case 'unstated':
      return 'not stated';
    case 'remainder':
      return 'the remainder';
  }
}

/**
 * Months as short text (`2`, `0.5`, `1–2`).
 *
 * @param min - least
 * @param max - most
 * @returns text
 */
export function monthsText(min: number, max: number): string {
  const n = (x: number) => String(Math.round(x * 100) / 100);
  return min === max ? n(min) : `${n(min)}–${n(max)}`;
}
