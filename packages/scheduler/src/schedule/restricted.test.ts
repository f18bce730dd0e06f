import { describe, expect, it } from 'vitest';
import { ModelBuilder } from '../solver/linear-model';
import { restricted } from './restricted';

/**
 * x0, x1, z binary, y continuous in [0, 10]; minimise 1 + x0 + 2·x1 + 0.5·y + 3·z
 * subject to
 *   r0: x0 + y ≥ 1
 *   r1: x1 + z ≤ 1
 *   r2: 2·x0 + 3·x1 ≤ 4
 *   r3: y − z ≥ −1
 */
function small() {
  const b = new ModelBuilder();
  const x0 = b.variable({ name: 'x0', type: 'binary' });
  const x1 = b.variable({ name: 'x1', type: 'binary' });
  const y = b.variable({ name: 'y', type: 'continuous', lower: 0, upper: 10 });
  const z = b.variable({ name: 'z', type: 'binary' });
  b.constraint({ name: 'r0', terms: [{ variable: x0, coefficient: 1 }, { variable: y, coefficient: 1 }], lower: 1 });
  b.constraint({ name: 'r1', terms: [{ variable: x1, coefficient: 1 }, { variable: z, coefficient: 1 }], upper: 1 });
  b.constraint({ name: 'r2', terms: [{ variable: x0, coefficient: 2 }, { variable: x1, coefficient: 3 }], upper: 4 });
  b.constraint({ name: 'r3', terms: [{ variable: y, coefficient: 1 }, { variable: z, coefficient: -1 }], lower: -1 });
  b.cost(x0, 1);
  b.cost(x1, 2);
  b.cost(y, 0.5);
  b.cost(z, 3);
  b.addConstant(1);
  return b.build();
}

describe('restricted', () => {
  // A solver's solution: x0 a hair under 1, y at one half.
  const values = [0.9999999, 0, 0.5, 0];

  it('holds an integer variable at its rounded value and a continuous one at its value as it is', () => {
    const held = restricted(small(), values, (j) => j === 0 || j === 2);
    expect(held.model.variables.map((v) => v.name)).toEqual(['x1', 'z']);
    // r0 holds only x0 and y: 1 + 0.5 ≥ 1 is met, so the row goes. r2 moves 2·1 into its bound (3·x1 ≤ 2),
    // r3 moves y's 0.5, not a rounded 0 or 1 (−z ≥ −1.5).
    expect(held.model.constraints.map((c) => [c.name, c.terms.map((t) => [t.variable, t.coefficient]), c.lower, c.upper])).toEqual([
      ['r1', [[0, 1], [1, 1]], undefined, 1],
      ['r2', [[0, 3]], undefined, 2],
      ['r3', [[1, -1]], -1.5, undefined],
    ]);
    // 1 + 1·1 + 0.5·0.5 = 2.25 from what is held.
    expect(held.model.objectiveConstant).toBe(2.25);
    expect(held.model.objective).toEqual([{ variable: 0, coefficient: 2 }, { variable: 1, coefficient: 3 }]);
    expect([...held.start]).toEqual([[0, 0], [1, 0]]);
    expect(held.expand([1, 0])).toEqual([1, 1, 0.5, 0]);
  });

  it('gives each restriction of the same model its own rows (what it learnt of the model is not a restriction’s)', () => {
    const model = small();
    restricted(model, values, (j) => j === 0 || j === 2);
    const other = restricted(model, values, (j) => j === 3);
    expect(other.model.variables.map((v) => v.name)).toEqual(['x0', 'x1', 'y']);
    expect(other.model.constraints.map((c) => [c.name, c.lower, c.upper])).toEqual([
      ['r0', 1, undefined],
      ['r1', undefined, 1],
      ['r2', undefined, 4],
      ['r3', -1, undefined],
    ]);
    // Nothing free: every row goes, and the objective is the solution's (z rounded to 0, x0 to 1).
    const none = restricted(model, values, () => true);
    expect(none.model.constraints).toEqual([]);
    expect(none.model.objectiveConstant).toBe(1 + 1 + 0.25);
  });
});
