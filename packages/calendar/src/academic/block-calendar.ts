/**
 * Block calendars: an academic year cut into rotation blocks. Calendar-month
 * blocks follow the months from the year's start; four-week blocks are 13 ×
 * 28 = 364 days, so a year of 365 or 366 days has one or two days left over.
 * Those days are appended to the last block by default (block 13 of
 * 2026–2027 runs 2027-06-02 – 2027-06-30, 29 days), or returned as a short
 * block of their own with `remainder: 'separate'`.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { academicYearRange, type AcademicYear, type AcademicYearOptions } from './academic-year';
import { CalendarInputError, toPlainDate } from './input-error';

/** What happens to days left over after the last whole block. */
export type BlockRemainder = 'extend-last' | 'separate';

/** How to cut the year into blocks. */
export type BlockCalendarSpec =
  | {
      /** One block per calendar month counted from the year's start day. */
      readonly kind: 'calendar-months';
    }
  | {
      /** Thirteen 28-day blocks. */
      readonly kind: 'four-week';
      /** Leftover day(s): appended to block 13 (default) or a short block 14. */
      readonly remainder?: BlockRemainder;
    }
  | {
      /** Blocks of a fixed number of days. */
      readonly kind: 'custom';
      /** Days per block (1–366). */
      readonly lengthDays: number;
      /** Leftover days: appended to the last whole block (default) or a short final block. */
      readonly remainder?: BlockRemainder;
    };

/** One dated block of a block calendar. */
export interface CalendarBlock {
  /** 1-based block number. */
  readonly index: number;
  /** First day, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day (inclusive), `YYYY-MM-DD`. */
  readonly end: string;
  /** Days in the block, both ends counted. */
  readonly days: number;
  /** Whether the block is the short block of leftover days (`remainder: 'separate'`). */
  readonly partial: boolean;
}

/** A year's blocks. */
export interface BlockCalendar {
  /** The academic year cut. */
  readonly academicYear: AcademicYear;
  /** The blocks in order; together they cover the year exactly once. */
  readonly blocks: readonly CalendarBlock[];
  /** Days of the year past the last whole block (0 for calendar months), and where they went. */
  readonly leftoverDays: number;
}

function block(index: number, start: Temporal.PlainDate, end: Temporal.PlainDate, partial: boolean): CalendarBlock {
  return { index, start: start.toString(), end: end.toString(), days: start.until(end).days + 1, partial };
}

function fixedLengthBlocks(first: Temporal.PlainDate, last: Temporal.PlainDate, lengthDays: number, remainder: BlockRemainder) {
  const yearDays = first.until(last).days + 1;
  const whole = Math.floor(yearDays / lengthDays);
  const leftoverDays = yearDays - whole * lengthDays;
  const blocks: CalendarBlock[] = [];
  for (let i = 0; i < whole; i += 1) {
    const start = first.add({ days: i * lengthDays });
    const isLast = i === whole - 1;
    const end = isLast && remainder === 'extend-last' ? last : start.add({ days: lengthDays - 1 });
    blocks.push(block(i + 1, start, end, false));
  }
  if (leftoverDays > 0 && remainder === 'separate') {
    blocks.push(block(whole + 1, first.add({ days: whole * lengthDays }), last, true));
  }
  return { blocks, leftoverDays };
}

/**
 * Cuts an academic year into dated rotation blocks.
 *
 * @param year - an academic year, or the calendar year it starts in
 * @param spec - calendar months, four-week blocks, or blocks of a custom length in days
 * @param options - where academic years start, when `year` is a number
 * @returns the blocks, covering the year without gaps or overlaps
 * @throws {@link CalendarInputError} for a block length outside 1 – the year's length
 * @example
 * const { blocks } = blockCalendar(2026, { kind: 'four-week' });
 * blocks[0]; // { index: 1, start: '2026-07-01', end: '2026-07-28', days: 28, partial: false }
 * blocks[12]; // { index: 13, start: '2027-06-02', end: '2027-06-30', days: 29, partial: false }
 */
export function blockCalendar(year: AcademicYear | number, spec: BlockCalendarSpec, options?: AcademicYearOptions): BlockCalendar {
  const academicYear = typeof year === 'number' ? academicYearRange(year, options) : year;
  const first = toPlainDate(academicYear.start, ['year', 'start']);
  const last = toPlainDate(academicYear.end, ['year', 'end']);
  if (Temporal.PlainDate.compare(last, first) < 0) {
    throw new CalendarInputError('invalid-window', ['year', 'end'], `year.end: ${academicYear.end} is before year.start ${academicYear.start}`);
  }
  if (spec.kind === 'calendar-months') {
    const blocks: CalendarBlock[] = [];
    for (let i = 0; ; i += 1) {
      const start = first.add({ months: i });
      if (Temporal.PlainDate.compare(start, last) > 0) break;
      const next = first.add({ months: i + 1 }).subtract({ days: 1 });
      blocks.push(block(i + 1, start, Temporal.PlainDate.compare(next, last) > 0 ? last : next, false));
    }
    return { academicYear, blocks, leftoverDays: 0 };
  }
  const lengthDays = spec.kind === 'four-week' ? 28 : spec.lengthDays;
  const yearDays = first.until(last).days + 1;
  if (!Number.isInteger(lengthDays) || lengthDays < 1 || lengthDays > yearDays) {
    throw new CalendarInputError(
      'invalid-option',
      ['spec', 'lengthDays'],
      `spec.lengthDays: expected a whole number of days from 1 to ${yearDays} (the year's length), got ${lengthDays}`,
    );
  }
  const { blocks, leftoverDays } = fixedLengthBlocks(first, last, lengthDays, spec.remainder ?? 'extend-last');
  return { academicYear, blocks, leftoverDays };
}
