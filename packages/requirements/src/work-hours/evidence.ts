import type { PeriodTable } from './input';

/**
 * The evidence fields of a finding: which input periods contributed.
 *
 * @param table - periods
 * @param indexes - contributing rows (any order, duplicates allowed)
 * @returns `periodIndexes` sorted and, when any of those rows has an id, `periodIds`
 */
export function evidence(table: PeriodTable, indexes: readonly number[]): { periodIndexes: readonly number[]; periodIds?: readonly string[] } {
  const sorted = [...new Set(indexes)].sort((a, b) => a - b);
  const ids: string[] = [];
  for (const row of sorted) {
    const id = table.idOf(row);
    if (id !== undefined) ids.push(id);
  }
  // Ids sorted by text, so they do not depend on row order.
  return ids.length > 0 ? { periodIndexes: sorted, periodIds: ids.sort() } : { periodIndexes: sorted };
}

/**
 * Rows with time in `[from, to)`.
 *
 * @param table - periods
 * @param rows - rows sorted by start
 * @param from - epoch ms
 * @param to - epoch ms (exclusive)
 * @returns the rows, in start order
 */
export function rowsIn(table: PeriodTable, rows: Int32Array, from: number, to: number): number[] {
  const out: number[] = [];
  for (const row of rows) {
    if ((table.start[row] ?? 0) >= to) break;
    if ((table.end[row] ?? 0) > from) out.push(row);
  }
  return out;
}
