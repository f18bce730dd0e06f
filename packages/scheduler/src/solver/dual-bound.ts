import { boundsOf, type LinearModel } from './linear-model';

/**
 * Share of the bound's terms' magnitudes taken off for the rounding of the
 * sum itself: a double's relative error is 1.1e-16 per operation, so over
 * some 10^5 terms well under 1e-10.
 */
const ROUNDING = 1e-10;

/**
 * A lower bound on a model's optimum from any row multipliers — the
 * Lagrangian bound of linear-programming duality — so a relaxation solved
 * only to a tolerance (an interior-point method without crossover) still
 * gives a bound that is proved, not one assumed close.
 *
 * For multipliers y, every x within the variable bounds that meets the rows
 * has cᵀx ≥ Σᵢ yᵢ·(row i's bound) + Σⱼ minⱼ (cⱼ − Σᵢ yᵢ·aᵢⱼ)·xⱼ over xⱼ's
 * bounds, where a positive yᵢ takes the row's lower bound and a negative one
 * its upper bound (a multiplier whose side is open counts as 0). Integer
 * variables are taken as continuous within their bounds (binaries within
 * 0 and 1), so the bound also holds for the integer program. The better the
 * multipliers (an LP solver's row duals at its optimum), the closer the
 * bound to the relaxation's optimum.
 *
 * @param model - the model (minimised)
 * @param rowDuals - one multiplier per constraint, in order
 * @returns the bound, constant included; `null` when a variable without a finite bound on the side its reduced cost pushes to makes the bound −∞, or when the multipliers do not match the rows
 * @example
 * // minimise x + 2y with x + y ≥ 3 and x ≤ 2 (0 ≤ x, y ≤ 10): optimum 4 at (2, 1).
 * // Duals (2, −1) give 2·3 − 1·2 = 4, the optimum; (1, 0) give 3, a weaker bound.
 */
export function dualBound(model: LinearModel, rowDuals: readonly number[]): number | null {
  if (rowDuals.length !== model.constraints.length) return null;
  const reduced = new Float64Array(model.variables.length);
  for (const t of model.objective) reduced[t.variable] = (reduced[t.variable] ?? 0) + t.coefficient;
  let bound = model.objectiveConstant;
  let magnitude = Math.abs(bound);
  for (const [i, c] of model.constraints.entries()) {
    const raw = rowDuals[i] ?? 0;
    if (!Number.isFinite(raw)) return null;
    const side = raw > 0 ? c.lower : raw < 0 ? c.upper : undefined;
    if (side === undefined || !Number.isFinite(side)) continue;
    bound += raw * side;
    magnitude += Math.abs(raw * side);
    for (const t of c.terms) reduced[t.variable] = (reduced[t.variable] ?? 0) - raw * t.coefficient;
  }
  for (const [j, v] of model.variables.entries()) {
    const d = reduced[j] ?? 0;
    if (d === 0) continue;
    const { lower, upper } = boundsOf(v);
    const at = d > 0 ? lower : upper;
    if (!Number.isFinite(at)) return null;
    bound += d * at;
    magnitude += Math.abs(d * at);
  }
  return bound - ROUNDING * magnitude;
}
