import { type Finding, type PathSegment, zodIssuesToFindings } from '@gmekit/model';
import type { z } from 'zod';

/** Arrays longer than this are checked item by item, so a huge file can stop early. */
export const LARGE_ARRAY = 10_000;

/** What checking a long array item by item found. */
export interface ItemCheck<T> {
  /** Findings of the items checked, paths from the document's root. */
  readonly findings: Finding[];
  /** The items that matched, with their index. */
  readonly valid: { readonly index: number; readonly item: T }[];
  /** How many items were checked. */
  readonly checked: number;
  /** How many items were invalid. */
  readonly invalid: number;
}

/**
 * Checks the items of a long array one at a time and stops after
 * `stopAfterInvalid` invalid ones: a file of two million wrong items is
 * answered in seconds, from its first problems, instead of after minutes.
 *
 * @param items - the array
 * @param schema - schema of one item
 * @param prefix - path of the array in the document
 * @param stopAfterInvalid - invalid items to collect before stopping (Infinity: check all)
 * @returns findings, the valid items, and how far the check went
 */
export function checkItems<S extends z.ZodType>(items: readonly unknown[], schema: S, prefix: readonly PathSegment[], stopAfterInvalid: number): ItemCheck<z.output<S>> {
  const findings: Finding[] = [];
  const valid: { index: number; item: z.output<S> }[] = [];
  let invalid = 0;
  let checked = 0;
  for (let index = 0; index < items.length && invalid < stopAfterInvalid; index += 1) {
    checked += 1;
    const r = schema.safeParse(items[index]);
    if (r.success) {
      valid.push({ index, item: r.data });
      continue;
    }
    invalid += 1;
    findings.push(...zodIssuesToFindings(r.error.issues.map((issue) => ({ ...issue, path: [...prefix, index, ...issue.path] }))));
  }
  return { findings, valid, checked, invalid };
}
