// Sums rotation time the way a reader of the brochure would: every
// non-optional block whose rotation carries one of the tags, within the PGY
// levels, converted to months with the program's own conversions.
import { durationMonths, type Program } from '@gmekit/model';

export interface MonthSum {
  min: number;
  max: number;
  /** Blocks that matched but cannot be counted (remainder or unstated). */
  open: number;
}

export function monthsTagged(program: Program, tags: readonly string[], pgy?: { from: number; to: number }): MonthSum {
  const tagged = new Set(program.rotations.filter((r) => r.categories.some((c) => tags.includes(c))).map((r) => r.id as string));
  let min = 0;
  let max = 0;
  let open = 0;
  for (const year of program.curriculum.years) {
    if (pgy && (year.pgy === undefined || year.pgy < pgy.from || year.pgy > pgy.to)) continue;
    for (const block of year.blocks) {
      if (block.optional === true || !tagged.has(block.rotationId)) continue;
      const m = durationMonths(block.duration, program.conversions);
      if (m === null) {
        open += 1;
        continue;
      }
      min += m.min;
      max += m.max;
    }
  }
  return { min, max, open };
}

/**
 * The program as it would be under one reading of each split block: the
 * block leaves the year that lists it and its months go to the years the
 * reading names (a reading index past a split's readings keeps it in place).
 */
export function underSplitReading(program: Program, reading: number): Program {
  const copy = structuredClone(program);
  const moved: { year: number; block: Program['curriculum']['years'][number]['blocks'][number] }[] = [];
  for (const year of copy.curriculum.years) {
    year.blocks = year.blocks.filter((block) => {
      const split = block.split;
      if (split?.status !== 'ambiguous') return true;
      const shares = split.candidates[reading]?.value;
      if (shares === undefined) return true;
      for (const share of shares) {
        const share_ = { ...block, duration: { amount: { kind: 'exact' as const, value: share.months }, unit: 'months' as const } };
        delete share_.split;
        moved.push({ year: share.year, block: share_ });
      }
      return false;
    });
  }
  for (const m of moved) copy.curriculum.years.find((y) => y.year === m.year)?.blocks.push(m.block);
  return copy;
}
