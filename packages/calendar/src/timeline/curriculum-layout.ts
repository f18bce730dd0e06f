/**
 * Lays a program's curriculum onto dates for a start year (or an off-cycle
 * start date), honouring what the source states and nothing more:
 *
 * - a block positioned at the start of its year is laid from the year's first
 *   day, at the end so it finishes on the year's last day ("end of PGY2", two
 *   months → May 1 – June 30), at month *m* from the year's *m*-th month;
 *   several blocks with the same anchor are laid in listed order;
 * - a group is one contiguous run in listed order (or the order the year's
 *   `groups` states), placed by the position any of its blocks states; when
 *   the source leaves the order open, the run is still placed, and each of
 *   its blocks gets the earliest and latest dates it could have in any order
 *   (`status: 'range'`, `orderOpen: true`);
 * - a ranged duration ("one to two months") gives earliest and latest dates
 *   (`status: 'range'`), and so does every block chained after it;
 * - blocks with no or an ambiguous position, an unstated or open-ended
 *   duration, a remainder, or an optional block are listed as unplaced, with
 *   their length in months where it can be counted;
 * - hour-based durations (80 hours of MICU) are never dated, because hours do
 *   not occupy a contiguous run of days; they are listed with their hours and,
 *   when the program states `conversions.hoursPerMonth`, with months too;
 * - spans of the year with nothing placed are `open` slots, or `unstated` when
 *   every listed block is placed; the year's `months.unstated` says how much
 *   time the source does not account for at all (the IR internship's 12th
 *   month).
 *
 * Months are calendar months counted from the year's start, whatever block
 * system the program states: a brochure's "two months" is not silently
 * turned into two four-week blocks. Weeks and days are laid out as 7 and 1
 * days.
 *
 * @module
 */
import { Temporal } from 'temporal-polyfill';
import { yearBlockMonths, type Finding, type Program } from '@gmekit/model';
import { academicYearRange, type AcademicYearOptions } from '../academic/academic-year';
import { toPlainDate } from '../academic/input-error';
import type { CurriculumLayout, LaidOutYear, OpenSlot, PlacedBlock } from './layout-types';
import { move, yearUnits, type Member, type Unit } from './layout-units';

/** Options of {@link layoutCurriculum}. */
export interface LayoutOptions {
  /**
   * What to do with a position the source leaves ambiguous ("one month of IR
   * and one month of neuro-IR at the very beginning of PGY 4", order not
   * said): list the block as unplaced (default), or lay it out by the first
   * reading the data lists, reported as an `info` finding per block.
   */
  readonly ambiguousPositions?: 'unplaced' | 'first-reading';
}

/** Where the first curriculum year starts: an on-cycle academic year, or a date. */
export type LayoutStart =
  | {
      /** Calendar year the first academic year starts in. */
      readonly startYear: number;
      /** Where academic years start (July 1 by default). */
      readonly academicYear?: AcademicYearOptions;
    }
  | {
      /** First day of training, `YYYY-MM-DD` (off-cycle starts allowed). */
      readonly startDate: string;
    };

type D = Temporal.PlainDate;
const cmp = (a: D, b: D) => Temporal.PlainDate.compare(a, b);
const min = (a: D, b: D) => (cmp(a, b) <= 0 ? a : b);
const max = (a: D, b: D) => (cmp(a, b) >= 0 ? a : b);

interface Span {
  readonly lo: D;
  readonly hi: D;
  readonly startLo: D;
  readonly startHi: D;
  readonly endLo: D;
  readonly endHi: D;
  readonly member: Member;
  readonly anchor: 'start' | 'end' | 'month';
  /** Blocks of one chain are contiguous by construction and never overlap each other. */
  readonly chain: string;
  /** Member of a unit whose order the source leaves open. */
  readonly orderOpen: boolean;
}

/**
 * A unit whose members' order the source leaves open occupies the span its
 * listed-order chain gives, but each member can only be dated to the envelope
 * of every order: from the unit's earliest start (running first) to its
 * latest end (running last).
 */
function openOrder(unit: Unit, chained: Span[]): Span[] {
  const first = chained[0];
  const last = chained.at(-1);
  if (!unit.orderOpen || first === undefined || last === undefined) return chained;
  return chained.map((span) => {
    const { member } = span;
    const endLo = move(first.startLo, member.min, 1).subtract({ days: 1 });
    const startHi = move(last.endHi.add({ days: 1 }), member.min, -1);
    return { ...span, lo: first.startLo, hi: last.endHi, startLo: first.startLo, startHi, endLo, endHi: last.endHi, orderOpen: true };
  });
}

function forward(units: readonly Unit[], from: D, anchor: 'start' | 'month', chain: string): Span[] {
  const spans: Span[] = [];
  let lo = from;
  let hi = from;
  for (const unit of units) {
    const chained: Span[] = [];
    for (const member of unit.members) {
      const endLo = move(lo, member.min, 1).subtract({ days: 1 });
      const endHi = move(hi, member.max, 1).subtract({ days: 1 });
      chained.push({ lo, hi: endHi, startLo: lo, startHi: hi, endLo, endHi, member, anchor, chain, orderOpen: false });
      lo = endLo.add({ days: 1 });
      hi = endHi.add({ days: 1 });
    }
    spans.push(...openOrder(unit, chained));
  }
  return spans;
}

function backward(units: readonly Unit[], last: D): Span[] {
  const spans: Span[] = [];
  let lo = last;
  let hi = last;
  for (const unit of [...units].reverse()) {
    const chained: Span[] = [];
    for (const member of [...unit.members].reverse()) {
      const startHi = move(hi.add({ days: 1 }), member.min, -1);
      const startLo = move(lo.add({ days: 1 }), member.max, -1);
      chained.unshift({ lo: startLo, hi, startLo, startHi, endLo: lo, endHi: hi, member, anchor: 'end', chain: 'end', orderOpen: false });
      lo = startLo.subtract({ days: 1 });
      hi = startHi.subtract({ days: 1 });
    }
    spans.unshift(...openOrder(unit, chained));
  }
  return spans;
}

function toPlaced(span: Span): PlacedBlock {
  const { member } = span;
  const common = {
    kind: 'block' as const,
    blockIndex: member.index,
    rotationId: member.block.rotationId,
    ...(member.block.group === undefined ? {} : { group: member.block.group }),
    anchor: span.anchor,
    approximate: member.approximate,
    ...(span.orderOpen ? { orderOpen: true as const } : {}),
  };
  if (cmp(span.startLo, span.startHi) === 0 && cmp(span.endLo, span.endHi) === 0) {
    return { ...common, status: 'dated', start: span.startLo.toString(), end: span.endLo.toString() };
  }
  return {
    ...common,
    status: 'range',
    minStart: span.startLo.toString(),
    maxStart: span.startHi.toString(),
    minEnd: span.endLo.toString(),
    maxEnd: span.endHi.toString(),
  };
}

function openSlots(spans: readonly Span[], first: D, last: D, kind: OpenSlot['kind']): OpenSlot[] {
  const slots: OpenSlot[] = [];
  let cursor = first;
  const sorted = [...spans].sort((a, b) => cmp(a.lo, b.lo));
  const push = (start: D, end: D) => {
    if (cmp(end, start) < 0) return;
    const span = start.until(end.add({ days: 1 }), { largestUnit: 'months' });
    slots.push({ kind, start: start.toString(), end: end.toString(), days: start.until(end).days + 1, months: span.days === 0 ? span.months : null });
  };
  for (const span of sorted) {
    push(cursor, min(span.lo.subtract({ days: 1 }), last));
    cursor = max(cursor, span.hi.add({ days: 1 }));
  }
  push(cursor, last);
  return slots;
}

function checkSpans(spans: readonly Span[], first: D, last: D, path: (string | number)[]): Finding[] {
  const findings: Finding[] = [];
  const sorted = [...spans].sort((a, b) => cmp(a.lo, b.lo));
  sorted.forEach((span, i) => {
    const name = `block ${span.member.index} (${span.member.block.rotationId})`;
    if (cmp(span.lo, first) < 0 || cmp(span.hi, last) > 0) {
      findings.push({
        code: 'layout/outside-year',
        severity: 'warning',
        path: [...path, 'blocks', span.member.index],
        message: `${name} would run ${span.lo.toString()} – ${span.hi.toString()}, outside its year ${first.toString()} – ${last.toString()}`,
      });
    }
    for (const next of sorted.slice(i + 1)) {
      if (next.chain === span.chain || cmp(next.lo, span.hi) > 0) continue;
      const certain = cmp(next.startHi, span.endLo) <= 0;
      findings.push({
        code: 'layout/overlap',
        severity: 'warning',
        path: [...path, 'blocks', next.member.index],
        message: `block ${next.member.index} (${next.member.block.rotationId}) ${certain ? 'overlaps' : 'may overlap'} ${name}: their stated positions and lengths do not fit side by side`,
      });
    }
  });
  return findings;
}

/**
 * Lays a program's curriculum onto dates.
 *
 * @param program - the program (its curriculum and unit conversions)
 * @param start - `{ startYear }` for an on-cycle start, or `{ startDate }`
 * @param options - how ambiguous positions are treated
 * @returns each year's placed blocks, open spans, unplaced blocks and month accounting
 * @throws `CalendarInputError` for an invalid start
 * @example
 * const layout = layoutCurriculum(program, { startYear: 2026 });
 * layout.years[1]?.slots; // [{ kind: 'open', … }, { kind: 'block', status: 'dated', start: '2028-05-01', end: '2028-06-30', … }]
 */
export function layoutCurriculum(program: Pick<Program, 'curriculum' | 'conversions'>, start: LayoutStart, options: LayoutOptions = {}): CurriculumLayout {
  const startDate = 'startDate' in start ? toPlainDate(start.startDate, ['start', 'startDate']) : Temporal.PlainDate.from(academicYearRange(start.startYear, start.academicYear).start);
  const findings: Finding[] = [];
  const years: LaidOutYear[] = program.curriculum.years.map((year, i) => {
    const path = ['curriculum', 'years', i];
    const first = startDate.add({ months: 12 * i });
    const last = startDate.add({ months: 12 * (i + 1) }).subtract({ days: 1 });
    const length = year.length.unit === 'months' && year.length.amount.kind === 'exact' ? year.length.amount.value : null;
    if (length !== 12) {
      findings.push({
        code: 'layout/year-length',
        severity: 'info',
        path: [...path, 'length'],
        message: `year ${year.year} is not stated as exactly 12 months; it is laid out on the anniversary span ${first.toString()} – ${last.toString()}`,
      });
    }
    const { units, unplaced, chosen } = yearUnits(year, program.conversions, options.ambiguousPositions);
    for (const { path: at, reading } of chosen) {
      const what = at[0] === 'groups' ? `group ${String(at[1])}: the order` : `block ${String(at[1])}: the position`;
      findings.push({
        code: 'layout/reading-chosen',
        severity: 'info',
        path: [...path, ...at],
        message: `year ${year.year}, ${what} is ambiguous; laid out by its first reading, "${reading}", as options.ambiguousPositions asks`,
      });
    }
    const byAnchor = (anchor: string) => units.filter((u) => u.position.anchor === anchor);
    const spans = [...forward(byAnchor('start'), first, 'start', 'start'), ...backward(byAnchor('end'), last)];
    const months = new Map<number, Unit[]>();
    for (const unit of byAnchor('month')) {
      const m = unit.position.anchor === 'month' ? unit.position.month : 1;
      months.set(m, [...(months.get(m) ?? []), unit]);
    }
    for (const [m, list] of months) spans.push(...forward(list, first.add({ months: m - 1 }), 'month', `month-${m}`));
    findings.push(...checkSpans(spans, first, last, path));

    const counted = yearBlockMonths(year, program);
    const fillsGaps = unplaced.some((u) => u.reason !== 'optional');
    const slots = [...spans.map(toPlaced), ...openSlots(spans, first, last, fillsGaps ? 'open' : 'unstated')].sort((a, b) =>
      firstDay(a) < firstDay(b) ? -1 : firstDay(a) > firstDay(b) ? 1 : 0,
    );
    const unstated =
      length === null
        ? null
        : counted.hasRemainder
          ? { min: 0, max: 0 }
          : { min: counted.uncounted > 0 ? 0 : Math.max(0, length - counted.max), max: Math.max(0, length - counted.min) };
    return {
      year: year.year,
      ...(year.pgy === undefined ? {} : { pgy: year.pgy }),
      start: first.toString(),
      end: last.toString(),
      slots,
      unplaced: unplaced.map((u) =>
        u.reason === 'remainder' && length !== null && counted.uncounted === 0
          ? { ...u, months: { min: Math.max(0, length - counted.max), max: Math.max(0, length - counted.min) } }
          : u,
      ),
      months: { listed: { min: counted.min, max: counted.max }, unstated, uncounted: counted.uncounted },
    };
  });
  return { startDate: startDate.toString(), years, findings };
}

function firstDay(slot: PlacedBlock | OpenSlot): string {
  return slot.kind === 'block' && slot.status === 'range' ? slot.minStart : slot.start;
}
