import type { Duration, Open, PgyRange, Quantity } from '@gmekit/model';

/**
 * A stated quantity in words: `4`, `about 80`, `at least 36`, `1–2`.
 *
 * @param q - the quantity
 * @returns the text
 */
export function quantityText(q: Quantity): string {
  switch (q.kind) {
    case 'exact':
      return String(q.value);
    case 'approximate':
      return `about ${q.value}`;
    case 'at-least':
      return `at least ${q.value}`;
    case 'more-than':
      return `more than ${q.value}`;
    case 'at-most':
      return `at most ${q.value}`;
    case 'range':
      return `${q.min}–${q.max}`;
    case 'remainder':
      return 'the remainder';
    case 'unstated':
      return 'unstated';
  }
}

/**
 * A duration in words: `12 months`, `1–2 months`, `about 80 hours`.
 *
 * @param d - the duration
 * @returns the text
 */
export function durationText(d: Duration): string {
  if (d.amount.kind === 'remainder') return `the remainder of the year`;
  if (d.amount.kind === 'unstated') return `unstated (${d.unit})`;
  const one = d.amount.kind === 'exact' && d.amount.value === 1;
  return `${quantityText(d.amount)} ${one ? d.unit.slice(0, -1) : d.unit}`;
}

/**
 * An open value in words; unstated and ambiguous values say so instead of
 * showing a guess, and inferred values are marked as inferred (the source's
 * notes and the reasoning are in the program's gap list).
 *
 * @param open - the open value
 * @param show - formats a stated value
 * @returns the text
 */
export function openText<T>(open: Open<T>, show: (value: T) => string): string {
  if (open.status === 'stated') return show(open.value);
  if (open.status === 'unstated') return 'unstated';
  if (open.status === 'inferred') return `${show(open.value)} (inferred, not stated)`;
  return `${open.candidates.map((c) => show(c.value)).join(' or ')} (ambiguous)`;
}

/**
 * A PGY range as `PGY2–PGY6` (or `PGY1` for one level).
 *
 * @param r - the range
 * @returns the text
 */
export function pgyText(r: PgyRange): string {
  return r.from === r.to ? `PGY${r.from}` : `PGY${r.from}–PGY${r.to}`;
}
