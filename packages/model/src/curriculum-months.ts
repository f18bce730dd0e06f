import type { Program } from './program/program';
import type { CurriculumYear } from './program/curriculum';
import { durationMonths, type Bounds } from './quantity';

/** Bounds, in months, of the time a curriculum year's blocks account for. */
export interface YearMonths {
  /** Least months the stated blocks take. */
  readonly min: number;
  /** Most months the stated blocks take (`Infinity` if a block is open-ended). */
  readonly max: number;
  /** Blocks whose length cannot be counted (unstated, unconvertible, or a remainder). */
  readonly uncounted: number;
  /** Whether the year has a block that takes the remainder of the year. */
  readonly hasRemainder: boolean;
}

/**
 * Sums the stated (non-optional) blocks of a curriculum year in months under
 * the program's conversions.
 *
 * @param year - the curriculum year
 * @param program - the program, for its unit conversions
 * @returns bounds of the months the blocks account for
 * @example
 * yearBlockMonths(program.curriculum.years[0], program); // { min: 11, max: 11, uncounted: 0, hasRemainder: false }
 */
export function yearBlockMonths(year: CurriculumYear, program: Pick<Program, 'conversions'>): YearMonths {
  let min = 0;
  let max = 0;
  let uncounted = 0;
  let hasRemainder = false;
  for (const block of year.blocks) {
    if (block.optional === true) continue;
    if (block.duration.amount.kind === 'remainder') {
      hasRemainder = true;
      continue;
    }
    const months = durationMonths(block.duration, program.conversions);
    if (months === null) {
      uncounted += 1;
      continue;
    }
    min += months.min;
    max += months.max;
  }
  return { min, max, uncounted, hasRemainder };
}

/**
 * Length of a program in months, when it is stated in a convertible unit.
 *
 * @param program - the program
 * @returns the length's bounds in months, or `null`
 */
export function programMonths(program: Pick<Program, 'length' | 'conversions'>): Bounds | null {
  return durationMonths(program.length, program.conversions);
}
