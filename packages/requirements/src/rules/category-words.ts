/**
 * Rotation category tags in words, for messages a person reads: `ir` is
 * "interventional radiology", not "ir". Tags this table does not know are
 * written with spaces for hyphens.
 *
 * @module
 */

const WORDS: Readonly<Record<string, string>> = {
  ir: 'interventional radiology',
  'neuro-ir': 'neurointerventional radiology',
  icu: 'intensive care',
  micu: 'medical intensive care',
  sicu: 'surgical intensive care',
  ccu: 'cardiac care',
  picu: 'pediatric intensive care',
  nicu: 'neonatal intensive care',
  ed: 'emergency medicine',
  dr: 'diagnostic radiology',
  'nuc-med': 'nuclear medicine',
};

/**
 * The rotations a set of category tags selects, in words:
 * `['ir', 'clinical']` → `interventional radiology or clinical rotations`.
 *
 * @param tags - category tags
 * @returns the phrase
 */
export function categoryWords(tags: readonly string[]): string {
  return `${tags.map((t) => WORDS[t] ?? t.replace(/-/g, ' ')).join(' or ')} rotations`;
}
