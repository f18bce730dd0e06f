import { type Duration, type Program, type Requirement, durationMonths, knownValue } from '@gmekit/model';
import { EPS, evidence, fmt, makeResult } from './result';
import type { Evidence, PlanStatus, RequirementResult } from './types';
import { categoryWords } from './category-words';

type RotationTime = Extract<Requirement, { kind: 'rotation-time' }>;
type TrainingLength = Extract<Requirement, { kind: 'training-length' }>;

/** The months a plan can give a category: `[low, high]`, `high` may be `Infinity`. */
interface Interval {
  low: number;
  high: number;
}

/**
 * PGY level of each curriculum year: the year's own `pgy`, else the program's
 * first PGY level plus the year's offset, else `null`.
 */
function yearPgy(program: Program, index: number): number | null {
  const year = program.curriculum.years[index];
  if (year === undefined) return null;
  if (year.pgy !== undefined) return year.pgy;
  // An inferred range (the IR internship read as PGY1) places years like a stated one.
  const levels = knownValue(program.pgyLevels);
  return levels === undefined ? null : levels.from + year.year - 1;
}

/**
 * Months a curriculum year gives rotations whose categories meet `matches`.
 *
 * Non-optional blocks with a stated length count in both ends. A remainder
 * block takes what the year leaves after the other blocks, with bounds. A
 * block with an unstated (or unconvertible) length counts 0 in the low end
 * and up to whatever the year leaves in the high end; so does time the year
 * leaves unaccounted when it has no remainder block, and optional blocks.
 */
function yearInterval(program: Program, index: number, matches: (rotationId: string) => boolean, out: Evidence[]): Interval {
  const year = program.curriculum.years[index];
  if (year === undefined) return { low: 0, high: 0 };
  const length = durationMonths(year.length, program.conversions);
  const lengthMin = length?.min ?? 0;
  const lengthMax = length?.max ?? Number.POSITIVE_INFINITY;
  let matchMin = 0;
  let matchMax = 0;
  let otherMin = 0;
  let otherMax = 0;
  let optionalMatchMax = 0;
  let flexible = false; // some matching time of unknown length exists
  let unknownOthers = false;
  let remainderMatches = false;
  let hasRemainder = false;
  for (const [b, block] of year.blocks.entries()) {
    const hit = matches(block.rotationId);
    const id = `year${year.year}/block${b}`;
    if (block.duration.amount.kind === 'remainder') {
      if (block.optional === true) continue;
      hasRemainder = true;
      if (hit) remainderMatches = true;
      continue;
    }
    const months = durationMonths(block.duration, program.conversions);
    if (block.optional === true) {
      if (hit) {
        optionalMatchMax += months?.max ?? Number.POSITIVE_INFINITY;
        out.push(evidence('block', id, 0, `${block.rotationId}, optional: best case only`));
      }
      otherMax += months?.max ?? Number.POSITIVE_INFINITY;
      continue;
    }
    if (months === null) {
      if (hit) {
        flexible = true;
        out.push(evidence('block', id, 0, `${block.rotationId}, length unstated: 0 in the worst case`));
      } else unknownOthers = true;
      continue;
    }
    if (hit) {
      matchMin += months.min;
      matchMax += months.max;
      const stated = months.min === months.max ? monthsText(months.min) : `${fmt(months.min)}–${fmt(months.max)} months`;
      out.push(evidence('block', id, months.min, `${block.rotationId}, ${stated}${months.approximate ? ' (approximate)' : ''}`));
    } else {
      otherMin += months.min;
      otherMax += months.max;
    }
  }
  let low = matchMin;
  if (remainderMatches) {
    const left = flexible || unknownOthers ? 0 : Math.max(0, lengthMin - matchMax - otherMax);
    low += Number.isFinite(left) ? left : 0;
    out.push(evidence('block', `year${year.year}/remainder`, left, `the remainder of the year`));
  }
  const room = lengthMax - otherMin;
  const open = flexible || remainderMatches || !hasRemainder;
  const high = open ? room : Math.min(matchMax + optionalMatchMax, room);
  return { low, high: Math.max(low, high) };
}

function monthsText(n: number): string {
  return n === 1 ? '1 month' : `${fmt(n)} months`;
}

function sameCategories(a: readonly string[], b: readonly string[]): boolean {
  const set = new Set(a);
  return set.size === new Set(b).size && b.every((c) => set.has(c));
}

/** Decides a plan status from the interval the plan allows and the required range. */
export function planStatus(range: Interval, min: number, max: number): { status: PlanStatus; best: number; worst: number } {
  const worstOk = range.low >= min - EPS && range.high <= max + EPS;
  const bestOk = range.high >= min - EPS && range.low <= max + EPS;
  const status: PlanStatus = worstOk ? 'met' : bestOk ? 'uncertain' : 'unmet';
  const hasMin = min > 0;
  const hasMax = Number.isFinite(max);
  let best: number;
  let worst: number;
  if (hasMin && !hasMax) {
    best = range.high;
    worst = range.low;
  } else if (!hasMin && hasMax) {
    best = range.low;
    worst = range.high;
  } else {
    best = range.high < min ? range.high : range.low > max ? range.low : Math.max(range.low, min);
    worst = range.low < min - EPS ? range.low : range.high > max + EPS ? range.high : range.low;
  }
  return { status, best, worst };
}

function requiredBounds(min: Duration | undefined, max: Duration | undefined, program: Program): { min: number; max: number } | null {
  let lo = 0;
  let hi = Number.POSITIVE_INFINITY;
  if (min !== undefined) {
    const b = durationMonths(min, program.conversions);
    if (b === null) return null;
    lo = b.min;
  }
  if (max !== undefined) {
    const b = durationMonths(max, program.conversions);
    if (b === null) return null;
    hi = b.max;
  }
  return { min: lo, max: hi };
}

function describe(req: { min: number; max: number }): string {
  if (Number.isFinite(req.max) && req.min > 0) return req.min === req.max ? monthsText(req.min) : `${fmt(req.min)}–${fmt(req.max)} months`;
  return Number.isFinite(req.max) ? `at most ${fmt(req.max)} months` : `at least ${fmt(req.min)} months`;
}

function phrase(range: Interval): string {
  if (!Number.isFinite(range.high)) return `at least ${fmt(range.low)} months (no upper bound stated)`;
  return Math.abs(range.high - range.low) < EPS ? monthsText(range.low) : `${fmt(range.low)} to ${fmt(range.high)} months`;
}

/**
 * Plan check of a rotation-time requirement: sums the curriculum's blocks by
 * category over the PGY range, and narrows the sum with any unsequenced total
 * the curriculum states over exactly the same categories and PGY range.
 *
 * @param requirement - the rotation-time requirement
 * @param program - the program whose curriculum is checked
 * @returns the result
 */
export function planRotationTime(requirement: RotationTime, program: Program): RequirementResult {
  const unit = 'months';
  const required = requiredBounds(requirement.min, requirement.max, program);
  const requiredRange = { min: required?.min ?? null, max: required === null || !Number.isFinite(required.max) ? null : required.max };
  if (required === null) {
    return makeResult(requirement, { status: 'not-evaluable', unit, required: requiredRange, measured: { min: null, max: null }, message: `${requirement.title}: the required time is in a unit the program gives no conversion for.` });
  }
  const categories = new Set(requirement.categories);
  const tagged = new Map<string, boolean>(program.rotations.map((r) => [r.id, r.categories.some((c) => categories.has(c))]));
  const matches = (rotationId: string): boolean => tagged.get(rotationId) ?? false;
  const out: Evidence[] = [];
  const range: Interval = { low: 0, high: 0 };
  for (let i = 0; i < program.curriculum.years.length; i++) {
    if (requirement.pgy !== undefined) {
      const pgy = yearPgy(program, i);
      if (pgy === null) {
        return makeResult(requirement, { status: 'not-evaluable', unit, required: requiredRange, measured: { min: null, max: null }, message: `${requirement.title}: the curriculum does not say which PGY level its year ${i + 1} is.` });
      }
      if (pgy < requirement.pgy.from || pgy > requirement.pgy.to) continue;
    }
    const year = yearInterval(program, i, matches, out);
    range.low += year.low;
    range.high += year.high;
  }
  for (const total of program.curriculum.totals) {
    if (total.basis !== 'unsequenced' || !sameCategories(total.categories, requirement.categories)) continue;
    const samePgy = total.pgy === undefined ? requirement.pgy === undefined : total.pgy.from === requirement.pgy?.from && total.pgy.to === requirement.pgy.to;
    const bounds = samePgy ? durationMonths(total.duration, program.conversions) : null;
    if (bounds === null) continue;
    const low = Math.max(range.low, bounds.min);
    const high = Math.min(range.high, bounds.max);
    // A stated total outside what the blocks allow is the source's own word; it wins.
    range.low = low <= high + EPS ? low : bounds.min;
    range.high = low <= high + EPS ? high : bounds.max;
    out.push(evidence('total', total.id, bounds.min, `${total.label}: stated without a sequence`));
  }
  const { status, best, worst } = planStatus(range, required.min, required.max);
  const where = requirement.pgy === undefined ? '' : ` in PGY${requirement.pgy.from}–PGY${requirement.pgy.to}`;
  const verdict = status === 'met' ? 'meets' : status === 'unmet' ? 'does not meet' : 'meets only in its best case';
  return makeResult(requirement, {
    status,
    unit,
    required: requiredRange,
    measured: { min: range.low, max: Number.isFinite(range.high) ? range.high : null },
    bestCase: best,
    worstCase: worst,
    evidence: out,
    message: `The plan gives ${phrase(range)} of ${categoryWords(requirement.categories)}${where}, and ${verdict} the requirement of ${describe(required)}.`,
  });
}

/**
 * Plan check of the training length: the curriculum's years added up (the
 * program's stated length when it lists no years) against the required length.
 *
 * @param requirement - the training-length requirement
 * @param program - the program
 * @returns the result
 */
export function planTrainingLength(requirement: TrainingLength, program: Program): RequirementResult {
  const unit = 'months';
  const required = durationMonths(requirement.length, program.conversions);
  const out: Evidence[] = [];
  let range: Interval | null = { low: 0, high: 0 };
  if (program.curriculum.years.length === 0) {
    const stated = durationMonths(program.length, program.conversions);
    range = stated === null ? null : { low: stated.min, high: stated.max };
  } else {
    for (const year of program.curriculum.years) {
      const months = durationMonths(year.length, program.conversions);
      if (months === null || range === null) {
        range = null;
        continue;
      }
      range.low += months.min;
      range.high += months.max;
      out.push(evidence('year', `year${year.year}`, months.min));
    }
  }
  const requiredRange = { min: required?.min ?? null, max: required === null || !Number.isFinite(required.max) ? null : required.max };
  if (required === null || range === null) {
    return makeResult(requirement, { status: 'not-evaluable', unit, required: requiredRange, measured: { min: range?.low ?? null, max: range?.high ?? null }, evidence: out, message: `${requirement.title}: a length is unstated or in a unit without a conversion.` });
  }
  const { status, best, worst } = planStatus(range, required.min, required.max);
  const verdict = status === 'met' ? 'matches' : status === 'unmet' ? 'does not match' : 'may or may not match';
  return makeResult(requirement, {
    status,
    unit,
    required: requiredRange,
    measured: { min: range.low, max: Number.isFinite(range.high) ? range.high : null },
    bestCase: best,
    worstCase: worst,
    evidence: out,
    message: `The curriculum's years add up to ${phrase(range)}, which ${verdict} the required ${describe(required)}.`,
  });
}
