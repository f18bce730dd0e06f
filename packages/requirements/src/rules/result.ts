import type { Requirement } from '@gmekit/model';
import type { Evidence, Range, RequirementResult, RequirementStatus } from './types';

/** Tolerance for comparing sums of fractional months (0.1 + 0.2 ≠ 0.3). */
export const EPS = 1e-9;

/**
 * Rounds to 6 decimals so reports are stable across platforms and free of
 * float noise; infinities and NaN become `null` (JSON has neither).
 *
 * @param value - a number
 * @returns the rounded number or `null`
 */
export function clean(value: number | null): number | null {
  if (value === null || !Number.isFinite(value)) return null;
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/**
 * Formats a number for a sentence: at most one decimal, no trailing `.0`.
 *
 * @param value - a number
 * @returns text such as `7.5`, `38` or `unknown`
 */
export function fmt(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return 'an unknown amount';
  const rounded = Math.round(value * 10) / 10;
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

/** Fields a rule computes; the rest come from the requirement. */
export interface ResultParts {
  /** Status. */
  status: RequirementStatus;
  /** Unit. */
  unit: string;
  /** Required range. */
  required: Range;
  /** Measured range. */
  measured: Range;
  /** Plan best case. */
  bestCase?: number | null;
  /** Plan worst case. */
  worstCase?: number | null;
  /** Trainee projection. */
  projected?: number | null;
  /** Trainee deadline. */
  deadline?: string | null;
  /** Evidence. */
  evidence?: readonly Evidence[];
  /** Sentence. */
  message: string;
}

/**
 * Assembles a result with every field present (stable JSON shape) and
 * numbers cleaned.
 *
 * @param requirement - the requirement
 * @param parts - what the rule computed
 * @returns the result
 */
export function makeResult(requirement: Requirement, parts: ResultParts): RequirementResult {
  return {
    requirementId: requirement.id,
    kind: requirement.kind,
    title: requirement.title,
    status: parts.status,
    unit: parts.unit,
    required: { min: clean(parts.required.min), max: clean(parts.required.max) },
    measured: { min: clean(parts.measured.min), max: clean(parts.measured.max) },
    bestCase: clean(parts.bestCase ?? null),
    worstCase: clean(parts.worstCase ?? null),
    projected: clean(parts.projected ?? null),
    deadline: parts.deadline ?? null,
    evidence: parts.evidence ?? [],
    message: parts.message,
  };
}

/**
 * Builds an evidence item.
 *
 * @param type - kind of thing that counted
 * @param id - its id
 * @param amount - what it contributed
 * @param note - a short note
 * @returns the evidence item with numbers cleaned
 */
export function evidence(type: Evidence['type'], id: string, amount: number | null, note: string | null = null): Evidence {
  return { type, id, amount: clean(amount), note };
}
