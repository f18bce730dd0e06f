import { type Requirement, type RequirementSet, durationMonths, programMonths } from '@gmekit/model';
import { spanMonths } from '@gmekit/requirements';
import { type Span, addMonths, day, without } from '../problem/days';
import type { Prepared, PreparedTrainee } from '../problem/prepare';

type RotationTime = Extract<Requirement, { kind: 'rotation-time' }>;

/** Tolerance of the requirements engine's comparisons. */
const EPS = 1e-9;

/**
 * One trainee's `rotation-time` requirement as a linear row over the
 * horizon: `lower ≤ Σ coefficient[b] × (on a matching rotation in b) ≤ upper`.
 */
export interface RequirementRow {
  /** Index of the trainee. */
  readonly trainee: number;
  /** The set. */
  readonly set: RequirementSet;
  /** The requirement. */
  readonly requirement: RotationTime;
  /** Rotation indices that count. */
  readonly rotations: ReadonlySet<number>;
  /** Months a matching block counts, per block (0 outside the window). */
  readonly coefficients: readonly number[];
  /** Months already done before the horizon. */
  readonly done: number;
  /** Least months to schedule (null: none). */
  readonly lower: number | null;
  /** Most months to schedule (null: none). */
  readonly upper: number | null;
  /** Minimum months required in total, for messages. */
  readonly min: number;
  /** Whether the window ends within the horizon (the minimum must be met), rather than later (it must stay reachable). */
  readonly closes: boolean;
  /** Months of the window left after the horizon (leave out). */
  readonly left: number;
}

function months(span: Span, leave: readonly Span[]): number {
  if (span.end < span.start) return 0;
  let total = 0;
  for (const piece of without(span, leave)) total += spanMonths(piece.start, piece.end);
  return total;
}

function setMonths(prepared: Prepared, set: RequirementSet): number | null {
  const stated = programMonths(prepared.problem.program);
  if (stated !== null) return stated.min;
  for (const r of set.requirements) {
    if (r.kind !== 'training-length') continue;
    const b = durationMonths(r.length, prepared.problem.program.conversions);
    if (b !== null) return b.min;
  }
  return null;
}

/**
 * The rows for one trainee, counted the way `evaluate` counts a trainee's
 * rotation time as of the horizon's last day: days of matching assignments
 * inside the PGY window as calendar-month fractions, leave taken out; the
 * minimum must be met when the window closes inside the horizon and must stay
 * reachable with the window's remaining time otherwise. Requirements
 * `evaluate` cannot judge (unconvertible units, a window that ended before the
 * trainee entered, one that starts after the horizon) get no row.
 *
 * @param prepared - the prepared problem
 * @param ti - trainee index
 * @returns the rows
 */
export function requirementRows(prepared: Prepared, ti: number): RequirementRow[] {
  const t: PreparedTrainee | undefined = prepared.trainees[ti];
  if (t === undefined) return [];
  const program = prepared.problem.program;
  const start = day(t.input.trainee.startDate);
  const pgy0 = t.input.trainee.pgyAtStart;
  const last = prepared.last;
  const out: RequirementRow[] = [];
  for (const set of prepared.problem.rules.requirementSets) {
    const length = setMonths(prepared, set);
    const whole = length === null ? 0 : Math.floor(length);
    const end = length === null ? null : addMonths(start, whole) + Math.round((length - whole) * 30.4375) - 1;
    for (const requirement of set.requirements) {
      if (requirement.kind !== 'rotation-time') continue;
      const min = requirement.min === undefined ? 0 : (durationMonths(requirement.min, program.conversions)?.min ?? null);
      const max = requirement.max === undefined ? Number.POSITIVE_INFINITY : (durationMonths(requirement.max, program.conversions)?.max ?? null);
      if (min === null || max === null) continue;
      const level = requirement.pgy?.from ?? pgy0;
      const from = Math.max(start, level <= pgy0 ? start : addMonths(start, 12 * (level - pgy0)));
      const pgyEnd = (lv: number) => {
        const e = addMonths(start, 12 * (lv - pgy0 + 1)) - 1;
        return end === null ? e : Math.min(e, end);
      };
      const to = requirement.pgy === undefined ? end : pgyEnd(requirement.pgy.to);
      if ((to !== null && to < from) || last < from) continue;
      const lastCounted = to === null ? last : Math.min(last, to);
      const cats = new Set(requirement.categories);
      const rotations = new Set<number>();
      program.rotations.forEach((r, i) => {
        if (r.categories.some((c) => cats.has(c))) rotations.add(i);
      });
      const clip = (s: Span): Span => ({ start: Math.max(s.start, from), end: Math.min(s.end, lastCounted) });
      const coefficients = prepared.blocks.map((b, bi) => (t.available[bi] === true ? months(clip(b), t.leave) : 0));
      const tagged = new Set(program.rotations.filter((_, i) => rotations.has(i)).map((r) => String(r.id)));
      let done = 0;
      for (const a of t.input.done) if (tagged.has(String(a.rotationId))) done += months(clip({ start: day(a.start), end: day(a.end) }), t.leave);
      const closes = to !== null && last >= to;
      const left = to === null || closes ? 0 : months({ start: last + 1, end: to }, t.leave);
      let lower: number | null = null;
      if (min > 0 && to !== null) lower = min - done - left - EPS / 2;
      const upper = Number.isFinite(max) ? max - done + EPS / 2 : null;
      if (lower !== null && lower <= 0) lower = null;
      out.push({ trainee: ti, set, requirement, rotations, coefficients, done, lower, upper, min, closes, left });
    }
  }
  return out;
}
